import compress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { seedMunicipalities } from '../src/domain';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { ensureMunicipalityKeys } from './keys';
import { sendProblem } from './problem';
import { applicationRoutes } from './routes/applications';
import { municipalityRoutes } from './routes/municipalities';
import { securityHeaders } from './security';
import { serveApp } from './static';

export interface AppOptions {
  db: Database;
  staticDir?: string;
  logLevel?: string;
}

const BODY_LIMIT = 1024 * 1024;

export async function buildApp({
  db,
  staticDir,
  logLevel = 'silent',
}: AppOptions): Promise<FastifyInstance> {
  await migrate(db);
  await ensureMunicipalityKeys(
    db,
    seedMunicipalities.map((m) => m.code),
  );

  const app = Fastify({
    logger: {
      level: logLevel,
      // Only method, route and status: URLs carry ids only, bodies are never logged.
      serializers: {
        req: (req: { method: string; routeOptions?: { url?: string } }) => ({
          method: req.method,
          route: req.routeOptions?.url,
        }),
      },
    },
    bodyLimit: BODY_LIMIT,
    trustProxy: false,
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = error.validation.map((issue) => ({
        path: issue.instancePath.split('/').filter(Boolean),
        reason: issue.keyword,
      }));
      return sendProblem(reply, 400, 'bad-request', { problems });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 413) return sendProblem(reply, 413, 'payload-too-large');
    if (status === 429) return sendProblem(reply, 429, 'rate-limited');
    if (status >= 400 && status < 500) return sendProblem(reply, status, 'bad-request');
    request.log.error({ err: { name: (error as Error).name } }, 'unhandled error');
    return sendProblem(reply, 500, 'internal');
  });

  await securityHeaders(app);
  await app.register(compress, { threshold: 1024 });
  municipalityRoutes(app, db);
  applicationRoutes(app, db);
  if (staticDir) await serveApp(app, staticDir);
  return app;
}
