import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../auth/authenticate';
import { sendProblem } from '../problem';
import { CHANGES_PAGE_DEFAULT, changesQuerySchema, changesResponseSchema } from '../schemas';
import { changesAfter, decodeCursor, InvalidCursorError } from '../store/feed';
import { problemResponses, type RouteDeps } from './common';

export function changeRoutes(app: FastifyInstance, { db, guards, perSubject }: RouteDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/changes',
    {
      onRequest: [guards.requireSignIn, perSubject],
      schema: {
        summary: 'Status changes of your applications, oldest first, after a cursor',
        tags: ['applications'],
        security: [{ dpop: [] }],
        querystring: changesQuerySchema,
        response: { 200: changesResponseSchema, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      let after: bigint;
      try {
        after = decodeCursor(request.query.after);
      } catch (error) {
        if (!(error instanceof InvalidCursorError)) throw error;
        return sendProblem(reply, 400, 'bad-request', {
          problems: [{ path: ['after'], reason: 'invalid-cursor' }],
        });
      }
      const limit = request.query.limit ?? CHANGES_PAGE_DEFAULT;
      return changesAfter(db, principalOf(request).sub, after, limit);
    },
  );
}
