import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { problem, sendProblem } from './problem';
import { applySecurityHeaders, securityHeaderList } from './security';

/**
 * Every error becomes problem+json with a stable code. Validation problems name field paths and
 * zod issue codes only; a 500 logs the error's name, never its message (which may quote input).
 */
export function problemErrors(app: FastifyInstance): void {
  // Routes keep the error handler of the moment they are added: set this before any route.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = error.validation.map((issue) => ({
        path: issue.instancePath.split('/').filter(Boolean),
        reason: issue.keyword,
      }));
      return sendProblem(reply, 400, 'bad-request', { problems });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return sendProblem(reply, 413, 'payload-too-large');
    if (status === 429) return sendProblem(reply, 429, 'rate-limited');
    if (status === 401) return sendProblem(reply, 401, 'unauthorized');
    if (status === 403) return sendProblem(reply, 403, 'forbidden');
    if (status === 404) return sendProblem(reply, 404, 'not-found');
    if (status >= 400 && status < 500) return sendProblem(reply, status, 'bad-request');
    request.log.error({ err: { name: error.name, code: error.code } }, 'unhandled error');
    return sendProblem(reply, 500, 'internal');
  });
}

/** Unknown paths: the app's shell for page requests when it is served, else problem+json. */
export function notFound(
  app: FastifyInstance,
  pageFallback?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined,
): void {
  app.setNotFoundHandler((request, reply) => {
    const page = pageFallback?.(request, reply);
    if (page) return page;
    return sendProblem(reply, 404, 'not-found');
  });
}

/**
 * What the router refuses before any route or hook runs (a bad percent-encoding, a parameter
 * over its length, a failing constraint): the same problem+json, headers and no-store as
 * everything else, and never the path Fastify's own answer would quote.
 */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  applySecurityHeaders(reply.raw);
  reply.header('cache-control', 'no-store');
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    reply.log.error({ err: { name: error.name, code: error.code } }, 'router error');
    sendProblem(reply, 500, 'internal');
    return;
  }
  // Fastify logs no completion for these: the status alone, as for every other request.
  reply.log.info({ res: { statusCode: status } }, 'router refused the request');
  sendProblem(reply, status, 'bad-request');
}

/**
 * Requests Node's parser refuses (headers or URL over the size limit: 431; a timeout: 408;
 * anything malformed: 400) are answered on the socket, as Fastify does, but as problem+json
 * with the security headers; the error itself (its raw packet quotes the request) is not logged.
 */
export function clientErrors(
  this: FastifyInstance,
  error: Error & { code?: string },
  socket: Socket,
) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  this.log.info({ res: { statusCode: status } }, 'HTTP parser refused the request');
  const body = JSON.stringify(problem(status, 'bad-request'));
  const headers: (readonly [string, string])[] = [
    ...securityHeaderList,
    ['cache-control', 'no-store'],
    ['content-type', 'application/problem+json; charset=utf-8'],
    ['content-length', String(Buffer.byteLength(body))],
    ['connection', 'close'],
  ];
  if (socket.writable) {
    const lines = headers.map(([name, value]) => `${name}: ${value}`).join('\r\n');
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines}\r\n\r\n${body}`);
  }
  socket.destroy();
}
