import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { sendProblem } from './problem';

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
