import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type PageFallback = (
  request: FastifyRequest,
  reply: FastifyReply,
) => FastifyReply | undefined;

/**
 * Serves the built PWA. Hashed assets are immutable; the shell, the service worker and the
 * manifest are revalidated so updates reach people. Returns the fallback that answers unknown
 * page paths with the shell (deep links), or nothing when there is no build.
 */
export async function serveApp(
  app: FastifyInstance,
  staticDir: string,
): Promise<PageFallback | undefined> {
  if (!existsSync(join(staticDir, 'index.html'))) return undefined;
  await app.register(fastifyStatic, {
    root: staticDir,
    wildcard: false,
    index: ['index.html'],
    setHeaders(res, path) {
      if (path.includes(`${join(staticDir, 'assets')}`)) {
        res.header('cache-control', 'public, max-age=31536000, immutable');
      } else {
        res.header('cache-control', 'no-cache');
      }
    },
  });
  return (request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/oidc/') &&
      request.headers.accept?.includes('text/html');
    return isPage ? reply.header('cache-control', 'no-cache').sendFile('index.html') : undefined;
  };
}
