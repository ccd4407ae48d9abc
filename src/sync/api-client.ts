import type { AuthorizedFetch } from './auth';
import {
  jwksSchema,
  problemSchema,
  receiptSchema,
  type Problem,
  type Receipt,
  type SealingJwk,
  type SubmissionRequest,
} from '../domain/api';

/** Every answer the outbox must handle (reliability.md R4), as a value. */
export type SubmitOutcome =
  | { type: 'receipt'; receipt: Receipt }
  | {
      type: 'retry-later';
      retryAfterMs?: number;
      reason: 'in-progress' | 'server-error' | 'rate-limited' | 'network';
    }
  | { type: 'rejected'; problem: Problem }
  | { type: 'unauthorized' }
  | { type: 'too-large' };

export interface ApiTransport {
  getSealingKeys(municipalityCode: string): Promise<SealingJwk[]>;
  submit(idempotencyKey: string, body: SubmissionRequest): Promise<SubmitOutcome>;
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

async function readProblem(response: Response): Promise<Problem> {
  const parsed = problemSchema.safeParse(await response.json().catch(() => null));
  return parsed.success
    ? parsed.data
    : {
        type: 'about:blank',
        title: response.statusText,
        status: response.status,
        code: 'bad-request',
      };
}

/**
 * The municipal API over HTTP. Public reads use plain fetch; submissions go through the
 * signed-in session (a DPoP-bound token). `baseUrl` is absolute (the page's origin in the app).
 */
export function httpTransport(
  authorizedFetch: AuthorizedFetch,
  baseUrl: string,
  timeoutMs = 20_000,
): ApiTransport {
  return {
    async getSealingKeys(municipalityCode) {
      const response = await fetch(`${baseUrl}/municipalities/${municipalityCode}/keys`, {
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`keys-unavailable-${response.status}`);
      return jwksSchema.parse(await response.json()).keys;
    },

    async submit(idempotencyKey, body) {
      let response: Response | 'signed-out';
      try {
        const headers = new Headers({
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
        });
        response = await authorizedFetch(
          'POST',
          new URL(`${baseUrl}/applications`),
          headers,
          JSON.stringify(body),
        );
      } catch {
        return { type: 'retry-later', reason: 'network' };
      }
      if (response === 'signed-out') return { type: 'unauthorized' };
      if (response.status === 200 || response.status === 201) {
        return { type: 'receipt', receipt: receiptSchema.parse(await response.json()) };
      }
      if (response.status === 409)
        return { type: 'retry-later', reason: 'in-progress', retryAfterMs: retryAfterMs(response) };
      if (response.status === 429)
        return {
          type: 'retry-later',
          reason: 'rate-limited',
          retryAfterMs: retryAfterMs(response),
        };
      if (response.status === 401) return { type: 'unauthorized' };
      if (response.status === 413) return { type: 'too-large' };
      if (response.status >= 500)
        return {
          type: 'retry-later',
          reason: 'server-error',
          retryAfterMs: retryAfterMs(response),
        };
      return { type: 'rejected', problem: await readProblem(response) };
    },
  } satisfies ApiTransport;
}
