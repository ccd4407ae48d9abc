import type { FastifyReply } from 'fastify';
import type { Problem } from '../src/domain/api';
import type { ServerProblemCode } from './schemas';

const titles: Record<ServerProblemCode, string> = {
  'bad-request': 'The request is malformed',
  'missing-idempotency-key': 'An Idempotency-Key header is required',
  'idempotency-key-reused': 'This Idempotency-Key was used with a different request',
  'request-in-progress': 'A request with this Idempotency-Key is still being processed',
  'unknown-municipality': 'No such municipality on this gateway',
  'sealed-payload-unreadable': 'The sealed payload cannot be opened with this municipality’s keys',
  'payload-invalid': 'The application does not satisfy the procedure’s rules',
  'not-found': 'Not found',
  unauthorized: 'Authentication is required',
  forbidden: 'Not allowed',
  'payload-too-large': 'The request body is too large',
  'rate-limited': 'Too many requests',
  'invalid-transition': 'That status change is not allowed',
  'attachment-hash-mismatch': 'The body does not match the sha256 in the path',
  'attachment-missing': 'An attachment the application names has not been uploaded',
  unavailable: 'The server is shutting down; try again shortly',
  internal: 'Internal error',
};

export type ProblemBody = Omit<Problem, 'code'> & { code: ServerProblemCode };

/** RFC 9457 problem details. `detail` and field reasons never carry the submitted values. */
export function problem(
  status: number,
  code: ServerProblemCode,
  extra: Partial<Omit<ProblemBody, 'code'>> = {},
): ProblemBody {
  return { type: `urn:madoguchi:problem:${code}`, title: titles[code], status, code, ...extra };
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: ServerProblemCode,
  extra: Partial<Omit<ProblemBody, 'code'>> = {},
) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send(problem(status, code, extra));
}

export function sendProblemBody(reply: FastifyReply, body: ProblemBody) {
  return reply.code(body.status).type('application/problem+json').send(body);
}
