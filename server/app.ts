import compress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { seedMunicipalities } from '../src/domain';
import { createTokenVerifier, localKeys, remoteKeys } from './auth/access-token';
import { authGuards } from './auth/authenticate';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { clientErrors, frameworkErrors, notFound, problemErrors } from './errors';
import { deleteExpired } from './idp/adapter';
import { mountDevIdp } from './idp';
import { ensureMunicipalityKeys } from './keys';
import { registerOpenApi } from './openapi';
import { rateLimits, type RateLimitOptions } from './rate-limit';
import { applicationRoutes } from './routes/applications';
import { attachmentRoutes } from './routes/attachments';
import { changeRoutes } from './routes/changes';
import { clerkRoutes } from './routes/clerk';
import { municipalityRoutes } from './routes/municipalities';
import { securityHeaders, signInPageCsp } from './security';
import { createSite, type AuthOptions } from './site';
import { sendProblem } from './problem';
import { serveApp } from './static';
import { deleteExpiredCounts } from './store/rate-limits';

export interface AppOptions {
  db: Database;
  staticDir?: string;
  logLevel?: string;
  /** Where logs go (default stdout); tests capture them here. */
  logStream?: { write(line: string): void };
  /** Where residents reach this server; default: the address it listens on. */
  publicUrl?: string;
  auth?: AuthOptions;
  /** Other origins allowed to call the API from a browser; same-origin needs none. */
  corsOrigins?: string[];
  rateLimit?: RateLimitOptions;
  /** Trust X-Forwarded-* from a proxy in front (for client IPs). */
  trustProxy?: boolean;
}

const BODY_LIMIT = 1024 * 1024;
const CLEANUP_INTERVAL_MS = 10 * 60_000;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db, staticDir, logLevel = 'silent', corsOrigins = [] } = options;
  await migrate(db);
  await ensureMunicipalityKeys(
    db,
    seedMunicipalities.map((m) => m.code),
  );

  const app = Fastify({
    logger: {
      level: logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Method, route pattern and status only: no URLs (hashes, cursors), no headers, no bodies.
      serializers: {
        req: (req: { method: string; routeOptions?: { url?: string } }) => ({
          method: req.method,
          route: req.routeOptions?.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // Our own 503 below, as problem+json.
    return503OnClosing: false,
    frameworkErrors,
    clientErrorHandler: clientErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  problemErrors(app);

  const boundAddress = () => {
    const address = app.server.address();
    return address && typeof address === 'object'
      ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
      : undefined;
  };
  const site = createSite(options, boundAddress);

  await registerOpenApi(app, site);
  securityHeaders(app, { corsOrigins });
  const perSubject = await rateLimits(app, db, options.rateLimit);
  await app.register(compress, { threshold: 1024 });

  let keys = remoteKeys(site);
  if (site.devIdp) {
    const idp = await mountDevIdp(app, {
      db,
      site,
      corsOrigins,
      loginCsp: signInPageCsp([...corsOrigins, ...redirectOrigins(options)]),
      log: app.log,
    });
    keys = localKeys(idp.jwks);
  }
  const guards = authGuards(app, createTokenVerifier(site, db, keys));
  const deps = { db, guards, perSubject };

  municipalityRoutes(app, db);
  applicationRoutes(app, deps);
  changeRoutes(app, deps);
  clerkRoutes(app, deps);
  await attachmentRoutes(app, deps);

  notFound(app, staticDir ? await serveApp(app, staticDir) : undefined);

  // Graceful shutdown: requests in flight finish, and their connections close after them
  // instead of idling until the client gives up on them.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) return sendProblem(reply.header('retry-after', '5'), 503, 'unavailable');
  });

  const cleanup = setInterval(() => {
    Promise.all([deleteExpired(db), deleteExpiredCounts(db)]).catch((error: unknown) =>
      app.log.warn({ err: { name: (error as Error).name } }, 'cleanup failed'),
    );
  }, CLEANUP_INTERVAL_MS);
  cleanup.unref();
  app.addHook('onClose', (_instance, done) => {
    clearInterval(cleanup);
    done();
  });
  return app;
}

function redirectOrigins(options: AppOptions): string[] {
  return (options.auth?.redirectUris ?? []).map((uri) => new URL(uri).origin);
}
