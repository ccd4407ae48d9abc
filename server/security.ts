import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * A strict CSP with no inline script at all: nonces cannot survive a service-worker-cached
 * index.html (reliability.md). WebAssembly (OCR) needs 'wasm-unsafe-eval', nothing more.
 */
const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  manifestSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The same policy for the sign-in pages, except that their form may end in a redirect to the
 * app's callback on another origin (browsers check form-action along redirects).
 */
export function signInPageCsp(redirectOrigins: readonly string[]): string {
  return Object.entries({
    ...directives,
    formAction: ["'self'", ...new Set(redirectOrigins)],
  })
    .map(([name, values]) => `${kebab(name)} ${values.join(' ')}`)
    .join('; ');
}

/** Responses that concern one person: never stored by any cache. */
const personalPrefixes = [
  '/api/v1/applications',
  '/api/v1/changes',
  '/api/v1/attachments',
  '/api/v1/clerk',
];
export const isPersonal = (url: string) =>
  personalPrefixes.some(
    (prefix) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`),
  );

const corsAllowHeaders = 'authorization, dpop, content-type, idempotency-key, if-none-match';
const corsExposeHeaders =
  'date, etag, retry-after, idempotent-replayed, www-authenticate, dpop-nonce, location, ratelimit-limit, ratelimit-remaining, ratelimit-reset';

export async function securityHeaders(
  app: FastifyInstance,
  options: { corsOrigins: readonly string[] },
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...directives, upgradeInsecureRequests: null },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
  });

  const corsOrigins = new Set(options.corsOrigins);
  app.addHook('onRequest', async (request, reply) => {
    // On the raw response so that the identity provider's hijacked replies carry it too.
    reply.raw.setHeader(
      'permissions-policy',
      'camera=(self), microphone=(), geolocation=(), payment=()',
    );
    const origin = request.headers.origin;
    if (!origin || !request.url.startsWith('/api/') || !corsOrigins.has(origin)) return;
    reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      return reply
        .code(204)
        .header('access-control-allow-methods', 'GET, HEAD, POST, PUT')
        .header('access-control-allow-headers', corsAllowHeaders)
        .header('access-control-max-age', '600')
        .send();
    }
    reply.header('access-control-expose-headers', corsExposeHeaders);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (isPersonal(request.url)) reply.header('cache-control', 'no-store');
    return payload;
  });
}
