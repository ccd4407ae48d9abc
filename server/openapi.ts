import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { DPOP_ALGS } from './auth/errors';
import { SCOPE } from './idp/provider';
import { authConfigSchema } from './schemas';
import type { Site } from './site';

/**
 * Collects every route's zod schemas into an OpenAPI 3.1 document. Registered before the
 * routes so that it sees them; served at /api/openapi.json.
 */
export async function registerOpenApi(app: FastifyInstance, site: Site): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Madoguchi municipal API',
        version: '1.0.0',
        description:
          'Sealed applications with idempotent submission, their status and change feed, sealed attachments and the clerk’s side. Errors are RFC 9457 application/problem+json with a stable `code`. See docs/api.md.',
      },
      tags: [
        { name: 'directory', description: 'Public: municipalities and their sealing keys' },
        { name: 'applications', description: 'A signed-in resident’s own applications' },
        { name: 'attachments', description: 'Sealed files, addressed by their sha256' },
        { name: 'clerk', description: 'A clerk’s view of their municipality’s applications' },
        { name: 'sign-in', description: 'Where to sign in' },
      ],
      components: {
        securitySchemes: {
          dpop: {
            type: 'http',
            scheme: 'DPoP',
            description:
              'A DPoP-bound JWT access token (RFC 9449): `Authorization: DPoP <token>` and a `DPoP` proof header for each request.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/openapi.json',
    { config: { cacheable: true }, schema: { hide: true } },
    async (_request, reply) => {
      const document = app.swagger() as { servers?: unknown[] };
      return reply
        .header('cache-control', 'no-cache')
        .send({ ...document, servers: [{ url: site.publicUrl() }] });
    },
  );

  api.get(
    '/api/v1/auth/config',
    {
      config: { cacheable: true },
      schema: {
        summary: 'Where and how the app signs in (OpenID Connect discovery is at the issuer)',
        tags: ['sign-in'],
        response: { 200: authConfigSchema },
      },
    },
    async (_request, reply) => {
      const body: z.infer<typeof authConfigSchema> = {
        issuer: site.issuer(),
        clientId: site.clientId,
        scope: SCOPE,
        resource: site.audience(),
        dpopSigningAlgValues: [...DPOP_ALGS],
      };
      return reply.header('cache-control', 'public, max-age=300').send(body);
    },
  );
}
