import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import helmet from 'helmet';

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
  // The papers' preview: a PDF made on the phone, shown from a blob: URL in a frame.
  frameSrc: ["'self'", 'blob:'],
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

const permissionsPolicy = 'camera=(self), microphone=(), geolocation=(), payment=()';

/**
 * The security headers of every answer, worked out once: the CSP has no nonces, so they never
 * vary. One list for the hooks, the router's own errors and the raw 431 written to the socket.
 */
export const securityHeaderList: readonly (readonly [string, string])[] = (() => {
  const headers = new Map<string, string>();
  const collector = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...directives, upgradeInsecureRequests: null },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
  })({} as IncomingMessage, collector as unknown as ServerResponse, () => undefined);
  headers.set('permissions-policy', permissionsPolicy);
  return [...headers];
})();

export function applySecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of securityHeaderList) response.setHeader(name, value);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** This route's answers may be stored by caches (public documents with an ETag). */
    cacheable?: boolean;
  }
}

/**
 * Every answer about the API is no-store unless its route opts in to caching. Decided on the
 * route the router matched (whatever percent-encoding the URL used), and on problem answers.
 */
export function mayBeStored(
  request: { routeOptions: { url?: string; config: { cacheable?: boolean } } },
  reply: FastifyReply,
): boolean {
  const type = reply.getHeader('content-type');
  if (typeof type === 'string' && type.startsWith('application/problem+json')) return false;
  if (request.routeOptions.config.cacheable === true) return true;
  const route = request.routeOptions.url;
  return route === undefined || !(route === '/api' || route.startsWith('/api/'));
}

const corsAllowHeaders = 'authorization, dpop, content-type, idempotency-key, if-none-match';
const corsExposeHeaders =
  'date, etag, retry-after, idempotent-replayed, www-authenticate, dpop-nonce, location, ratelimit-limit, ratelimit-remaining, ratelimit-reset';

export function securityHeaders(
  app: FastifyInstance,
  options: { corsOrigins: readonly string[] },
): void {
  const corsOrigins = new Set(options.corsOrigins);
  app.addHook('onRequest', async (request, reply) => {
    // On the raw response so that the identity provider's hijacked replies carry them too.
    applySecurityHeaders(reply.raw);
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
    if (!mayBeStored(request, reply)) reply.header('cache-control', 'no-store');
    return payload;
  });
}
