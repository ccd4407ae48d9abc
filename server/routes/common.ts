import type { onRequestAsyncHookHandler } from 'fastify';
import type { Guards } from '../auth/authenticate';
import type { Database } from '../db/database';
import { problemResponseSchema } from '../schemas';

export interface RouteDeps {
  db: Database;
  guards: Guards;
  /** The per-person rate limit; runs after sign-in is checked. */
  perSubject: onRequestAsyncHookHandler;
}

const descriptions: Record<number, string> = {
  400: 'Malformed request',
  401: 'Not signed in: `WWW-Authenticate: DPoP …`',
  403: 'Not allowed for this account',
  404: 'Not found (or not yours)',
  409: 'Conflict',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'Refused',
  429: 'Rate limited: honour `Retry-After`',
};

/** Problem responses for the OpenAPI document (and to check what we send). */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Problem',
        content: { 'application/problem+json': { schema: problemResponseSchema } },
      },
    ]),
  );
}
