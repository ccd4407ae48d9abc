import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { seedMunicipalities, validateApplication } from '../../src/domain';
import {
  receiptSchema,
  submissionRequestSchema,
  type SubmissionRequest,
} from '../../src/domain/api';
import { principalOf } from '../auth/authenticate';
import type { Database } from '../db/database';
import { unseal } from '../keys';
import { problem, sendProblem, sendProblemBody, type ProblemBody } from '../problem';
import {
  applicationIdParamsSchema,
  applicationStatusSchema,
  idempotencyKeyHeaderSchema,
} from '../schemas';
import { createApplication, findOwnApplication, statusView } from '../store/applications';
import { claimKey, releaseKey } from '../store/idempotency';
import { problemResponses, type RouteDeps } from './common';

const MAX_KEY_LENGTH = 255;

function requestHash(body: SubmissionRequest): string {
  // Without attachments, the same hash as before they existed: stored keys still replay.
  const parts: unknown[] = [body.municipalityCode, body.kind, body.sealed];
  if (body.attachments?.length) parts.push(body.attachments);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Why an application is refused before it is stored (422), or nothing. */
async function refusal(db: Database, body: SubmissionRequest): Promise<ProblemBody | undefined> {
  if (!seedMunicipalities.some((m) => m.code === body.municipalityCode))
    return problem(422, 'unknown-municipality');
  const opened = await unseal(db, body.municipalityCode, body.sealed);
  if (!opened.ok) return problem(422, 'sealed-payload-unreadable');
  const problems: { path: (string | number)[]; reason: string }[] = validateApplication(
    opened.payload,
  );
  const claimed = opened.payload as { kind?: unknown; municipalityCode?: unknown } | null;
  if (claimed?.kind !== body.kind) problems.push({ path: ['kind'], reason: 'kind-mismatch' });
  if (claimed?.municipalityCode !== body.municipalityCode)
    problems.push({ path: ['municipalityCode'], reason: 'municipality-mismatch' });
  return problems.length > 0 ? problem(422, 'payload-invalid', { problems }) : undefined;
}

export function applicationRoutes(app: FastifyInstance, { db, guards, perSubject }: RouteDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/v1/applications',
    {
      onRequest: [guards.requireSignIn, perSubject],
      schema: {
        summary: 'Submit a sealed application',
        tags: ['applications'],
        security: [{ dpop: [] }],
        headers: idempotencyKeyHeaderSchema,
        body: submissionRequestSchema,
        response: {
          201: receiptSchema.describe(
            'Received; sent again with the same key and body, the same receipt (`Idempotent-Replayed: true`)',
          ),
          ...problemResponses(400, 401, 409, 413, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const owner = principalOf(request).sub;
      const key = request.headers['idempotency-key'];
      if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH)
        return sendProblem(reply, 400, 'missing-idempotency-key');
      const hash = requestHash(request.body);
      const claim = await claimKey(db, owner, key, hash);
      if (claim.kind !== 'claimed') {
        if (!claim.sameRequest) return sendProblem(reply, 422, 'idempotency-key-reused');
        if (claim.kind === 'in-progress')
          return sendProblem(reply.header('retry-after', '1'), 409, 'request-in-progress');
        // Only created applications are remembered, so a replay is always the 201 receipt.
        return reply.code(201).header('idempotent-replayed', 'true').send(claim.receipt);
      }
      try {
        const refused = await refusal(db, request.body);
        if (refused) {
          await releaseKey(db, owner, key);
          return sendProblemBody(reply, refused);
        }
        const created = await createApplication(db, {
          ownerSub: owner,
          idempotencyKey: key,
          request: request.body,
        });
        if (created.kind === 'attachment-missing') {
          await releaseKey(db, owner, key);
          return sendProblem(reply, 422, 'attachment-missing');
        }
        return reply.code(201).send(created.receipt);
      } catch (error) {
        await releaseKey(db, owner, key);
        throw error;
      }
    },
  );

  api.get(
    '/api/v1/applications/:id',
    {
      onRequest: [guards.requireSignIn, perSubject],
      schema: {
        summary: 'The status of one of your applications',
        tags: ['applications'],
        security: [{ dpop: [] }],
        params: applicationIdParamsSchema,
        response: { 200: applicationStatusSchema, ...problemResponses(401, 404, 429) },
      },
    },
    async (request, reply) => {
      const row = await findOwnApplication(db, principalOf(request).sub, request.params.id);
      if (!row) return sendProblem(reply, 404, 'not-found');
      return statusView(row);
    },
  );
}
