import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built PWA. Hashed assets are immutable; the shell, the service worker and the
 * manifest are revalidated so updates reach people. Unknown paths get the shell (deep links).
 */
export async function serveApp(app: FastifyInstance, staticDir: string): Promise<boolean> {
  if (!existsSync(join(staticDir, 'index.html'))) return false;
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
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      request.headers.accept?.includes('text/html');
    if (isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).type('application/problem+json').send({
      type: 'urn:madoguchi:problem:not-found',
      title: 'Not found',
      status: 404,
      code: 'not-found',
    });
  });
  return true;
}
