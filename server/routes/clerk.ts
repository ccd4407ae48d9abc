import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../auth/authenticate';
import { sendProblem } from '../problem';
import {
  applicationAttachmentParamsSchema,
  applicationIdParamsSchema,
  clerkApplicationSchema,
  clerkListQuerySchema,
  clerkListResponseSchema,
  transitionRequestSchema,
} from '../schemas';
import {
  attachmentForClerk,
  clerkView,
  findForClerk,
  listForClerk,
  transition,
} from '../store/clerk';
import { InvalidCursorError } from '../store/feed';
import { problemResponses, type RouteDeps } from './common';

const CLERK_PAGE_DEFAULT = 50;

/**
 * What a clerk needs to move applications along. A clerk sees only their own municipality:
 * asking for another's list is 403 (the municipality is public, nothing leaks); any single
 * application of another municipality is 404, as if it did not exist.
 */
export function clerkRoutes(app: FastifyInstance, { db, guards, perSubject }: RouteDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const common = {
    tags: ['clerk'],
    security: [{ dpop: [] }],
  };

  api.get(
    '/api/v1/clerk/applications',
    {
      onRequest: [guards.requireClerk, perSubject],
      schema: {
        ...common,
        summary: 'Applications to your municipality, in order of arrival, opened',
        querystring: clerkListQuerySchema,
        response: { 200: clerkListResponseSchema, ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { municipality, status, after, limit } = request.query;
      if (principalOf(request).municipality !== municipality)
        return sendProblem(reply, 403, 'forbidden');
      try {
        return await listForClerk(db, {
          municipality,
          status,
          after,
          limit: limit ?? CLERK_PAGE_DEFAULT,
        });
      } catch (error) {
        if (!(error instanceof InvalidCursorError)) throw error;
        return sendProblem(reply, 400, 'bad-request', {
          problems: [{ path: ['after'], reason: 'invalid-cursor' }],
        });
      }
    },
  );

  api.get(
    '/api/v1/clerk/applications/:id',
    {
      onRequest: [guards.requireClerk, perSubject],
      schema: {
        ...common,
        summary: 'One application to your municipality, opened',
        params: applicationIdParamsSchema,
        response: { 200: clerkApplicationSchema, ...problemResponses(401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const municipality = principalOf(request).municipality ?? '';
      const row = await findForClerk(db, municipality, request.params.id);
      if (!row) return sendProblem(reply, 404, 'not-found');
      return clerkView(db, row);
    },
  );

  api.get(
    '/api/v1/clerk/applications/:id/attachments/:sha256',
    {
      onRequest: [guards.requireClerk, perSubject],
      schema: {
        ...common,
        summary: 'A sealed attachment that one application to your municipality names',
        params: applicationAttachmentParamsSchema,
        response: {
          200: {
            description: 'The sealed bytes (a compact JWE to the municipality’s key)',
            content: {
              'application/octet-stream': {
                schema: z.any().meta({ type: 'string', format: 'binary' }),
              },
            },
          },
          ...problemResponses(401, 403, 404, 429),
        },
      },
    },
    async (request, reply) => {
      const municipality = principalOf(request).municipality ?? '';
      const { id, sha256 } = request.params;
      const bytes = await attachmentForClerk(db, municipality, id, sha256.toLowerCase());
      if (!bytes) return sendProblem(reply, 404, 'not-found');
      return reply.type('application/octet-stream').send(Buffer.from(bytes));
    },
  );

  api.post(
    '/api/v1/clerk/applications/:id/transitions',
    {
      onRequest: [guards.requireClerk, perSubject],
      schema: {
        ...common,
        summary:
          'Move an application along: received → accepted → completed; received or accepted → rejected (with a reason)',
        params: applicationIdParamsSchema,
        body: transitionRequestSchema,
        response: {
          200: clerkApplicationSchema,
          ...problemResponses(400, 401, 403, 404, 409, 429),
        },
      },
    },
    async (request, reply) => {
      if (request.body.to === 'rejected' && !request.body.reason) {
        return sendProblem(reply, 400, 'bad-request', {
          problems: [{ path: ['reason'], reason: 'required' }],
        });
      }
      const municipality = principalOf(request).municipality ?? '';
      const outcome = await transition(db, municipality, request.params.id, request.body);
      if (outcome.kind === 'not-found') return sendProblem(reply, 404, 'not-found');
      if (outcome.kind === 'refused') return sendProblem(reply, 409, 'invalid-transition');
      return clerkView(db, outcome.row);
    },
  );
}
