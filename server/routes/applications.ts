import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { seedMunicipalities, validateApplication } from '../../src/domain';
import {
  submissionRequestSchema,
  type Receipt,
  type SubmissionRequest,
} from '../../src/domain/api';
import type { Database } from '../db/database';
import { unseal } from '../keys';
import { problem, sendProblem } from '../problem';

interface IdempotencyRow {
  request_hash: string;
  state: 'in-progress' | 'done';
  response_status: number | null;
  response_body: Receipt | null;
}

const MAX_KEY_LENGTH = 255;

function requestHash(body: SubmissionRequest): string {
  return createHash('sha256')
    .update(JSON.stringify([body.municipalityCode, body.kind, body.sealed]))
    .digest('hex');
}

type Outcome =
  { status: 201; body: Receipt } | { status: 422; problem: ReturnType<typeof problem> };

async function accept(db: Database, key: string, body: SubmissionRequest): Promise<Outcome> {
  if (!seedMunicipalities.some((m) => m.code === body.municipalityCode)) {
    return { status: 422, problem: problem(422, 'unknown-municipality') };
  }
  const opened = await unseal(db, body.municipalityCode, body.sealed);
  if (!opened.ok) return { status: 422, problem: problem(422, 'sealed-payload-unreadable') };
  const problems: { path: (string | number)[]; reason: string }[] = validateApplication(
    opened.payload,
  );
  const claimed = opened.payload as { kind?: unknown; municipalityCode?: unknown };
  if (claimed.kind !== body.kind) problems.push({ path: ['kind'], reason: 'kind-mismatch' });
  if (claimed.municipalityCode !== body.municipalityCode) {
    problems.push({ path: ['municipalityCode'], reason: 'municipality-mismatch' });
  }
  if (problems.length > 0)
    return { status: 422, problem: problem(422, 'payload-invalid', { problems }) };

  return db.transaction(async (tx) => {
    const [seq] = await tx.query<{ n: string }>("SELECT nextval('receipt_seq')::text AS n");
    const year = new Date().getUTCFullYear();
    const receiptNumber = `${body.municipalityCode}-${year}-${(seq?.n ?? '0').padStart(6, '0')}`;
    const id = randomUUID();
    const [row] = await tx.query<{ received_at: Date }>(
      `INSERT INTO applications (id, idempotency_key, municipality_code, kind, sealed, receipt_number)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING received_at`,
      [id, key, body.municipalityCode, body.kind, body.sealed, receiptNumber],
    );
    const receipt: Receipt = {
      id,
      receiptNumber,
      status: 'received',
      receivedAt: (row?.received_at ?? new Date()).toISOString(),
    };
    await tx.query(
      "UPDATE idempotency_keys SET state = 'done', response_status = 201, response_body = $2 WHERE key = $1",
      [key, JSON.stringify(receipt)],
    );
    return { status: 201 as const, body: receipt };
  });
}

export function applicationRoutes(app: FastifyInstance, db: Database): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/v1/applications',
    { schema: { body: submissionRequestSchema } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const key = request.headers['idempotency-key'];
      if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
        return sendProblem(reply, 400, 'missing-idempotency-key');
      }
      const hash = requestHash(request.body);
      // Claim the key atomically: of many concurrent identical requests exactly one wins.
      const claimed = await db.query(
        "INSERT INTO idempotency_keys (key, request_hash, state) VALUES ($1, $2, 'in-progress') ON CONFLICT (key) DO NOTHING RETURNING key",
        [key, hash],
      );
      if (claimed.length === 0) {
        const [row] = await db.query<IdempotencyRow>(
          'SELECT request_hash, state, response_status, response_body FROM idempotency_keys WHERE key = $1',
          [key],
        );
        if (!row || row.state === 'in-progress') {
          if (row && row.request_hash !== hash)
            return sendProblem(reply, 422, 'idempotency-key-reused');
          return sendProblem(reply.header('retry-after', '1'), 409, 'request-in-progress');
        }
        if (row.request_hash !== hash) return sendProblem(reply, 422, 'idempotency-key-reused');
        return reply
          .code(row.response_status ?? 201)
          .header('idempotent-replayed', 'true')
          .send(row.response_body);
      }
      let outcome: Outcome;
      try {
        outcome = await accept(db, key, request.body);
      } catch (error) {
        await db.query('DELETE FROM idempotency_keys WHERE key = $1', [key]);
        throw error;
      }
      if (outcome.status === 422) {
        // A refused request does not use up its key: the corrected application may come again.
        await db.query('DELETE FROM idempotency_keys WHERE key = $1', [key]);
        return reply.code(422).type('application/problem+json').send(outcome.problem);
      }
      return reply.code(201).send(outcome.body);
    },
  );
}
