import type { AuthorizedFetch } from './auth';
import {
  changesResponseSchema,
  jwksSchema,
  receiptSchema,
  type ChangePage,
  type Problem,
  type Receipt,
  type SealingJwk,
  type SubmissionRequest,
} from '../domain/api';
import { readProblem, retryAfterMs, transientReason } from './http-answers';

export type RetryReason = 'in-progress' | 'server-error' | 'rate-limited' | 'network';
type RetryLater = { type: 'retry-later'; retryAfterMs?: number; reason: RetryReason };

/** Every answer the outbox must handle (reliability.md R4), as a value. */
export type SubmitOutcome =
  /** `replayed`: the server already had it (an earlier attempt got through unanswered). */
  | { type: 'receipt'; receipt: Receipt; replayed: boolean }
  | RetryLater
  | { type: 'rejected'; problem: Problem }
  | { type: 'unauthorized' }
  | { type: 'too-large' };

export type FeedOutcome =
  | { type: 'page'; page: ChangePage }
  | RetryLater
  | { type: 'unauthorized' }
  /** The server no longer knows the cursor (400): reading again from the start is safe. */
  | { type: 'cursor-refused' };

/** An attachment PUT: stored (201 the first time, 200 when the server already had it). */
export type UploadOutcome =
  | { type: 'stored'; sha256: string; size: number; created: boolean }
  | { type: 'hash-mismatch' }
  | RetryLater
  | { type: 'rejected'; problem: Problem }
  | { type: 'unauthorized' }
  | { type: 'too-large' };

export interface ApiTransport {
  getSealingKeys(municipalityCode: string, timeoutMs?: number): Promise<SealingJwk[]>;
  submit(idempotencyKey: string, body: SubmissionRequest): Promise<SubmitOutcome>;
  getChanges(after: string | undefined, limit: number): Promise<FeedOutcome>;
  putAttachment(sha256: string, sealed: Uint8Array): Promise<UploadOutcome>;
}

function retryLater(response: Response): RetryLater | undefined {
  const reason = transientReason(response.status);
  return reason && { type: 'retry-later', reason, retryAfterMs: retryAfterMs(response) };
}

const network: RetryLater = { type: 'retry-later', reason: 'network' };

/**
 * The municipal API over HTTP. Public reads use plain fetch; everything personal goes through
 * the signed-in session (a DPoP-bound token). `baseUrl` is absolute (the page's origin in the
 * app). A request that gets no answer (offline, reset, timeout) is a `network` retry: whether
 * the server committed it is unknown, and the same request is sent again.
 */
export function httpTransport(
  authorizedFetch: AuthorizedFetch,
  baseUrl: string,
  timeoutMs = 20_000,
): ApiTransport {
  async function send(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string | Uint8Array,
  ): Promise<Response | 'signed-out' | 'no-answer'> {
    try {
      return await authorizedFetch(
        method,
        new URL(`${baseUrl}${path}`),
        new Headers(headers),
        body,
      );
    } catch {
      return 'no-answer';
    }
  }

  return {
    async getSealingKeys(municipalityCode, keysTimeoutMs = timeoutMs) {
      const response = await fetch(`${baseUrl}/municipalities/${municipalityCode}/keys`, {
        signal: AbortSignal.timeout(keysTimeoutMs),
      });
      if (!response.ok) throw new Error(`keys-unavailable-${response.status}`);
      return jwksSchema.parse(await response.json()).keys;
    },

    async submit(idempotencyKey, body) {
      const response = await send(
        'POST',
        '/applications',
        { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        JSON.stringify(body),
      );
      if (response === 'no-answer') return network;
      if (response === 'signed-out' || response.status === 401) return { type: 'unauthorized' };
      if (response.status === 200 || response.status === 201) {
        const receipt = receiptSchema.safeParse(await response.json().catch(() => null));
        // A garbled success (a proxy's page, a cut body) proves nothing: ask again, same key.
        if (!receipt.success) return network;
        const replayed = response.headers.get('idempotent-replayed') === 'true';
        return { type: 'receipt', receipt: receipt.data, replayed };
      }
      if (response.status === 413) return { type: 'too-large' };
      return retryLater(response) ?? { type: 'rejected', problem: await readProblem(response) };
    },

    async getChanges(after, limit) {
      const query = new URLSearchParams({ limit: String(limit), ...(after ? { after } : {}) });
      const response = await send('GET', `/changes?${query.toString()}`, {});
      if (response === 'no-answer') return network;
      if (response === 'signed-out' || response.status === 401) return { type: 'unauthorized' };
      if (response.ok) {
        const page = changesResponseSchema.safeParse(await response.json().catch(() => null));
        return page.success ? { type: 'page', page: page.data } : network;
      }
      if (response.status === 400 && after) return { type: 'cursor-refused' };
      return retryLater(response) ?? { type: 'retry-later', reason: 'server-error' };
    },

    async putAttachment(sha256, sealed) {
      const response = await send(
        'PUT',
        `/attachments/${sha256}`,
        { 'content-type': 'application/octet-stream' },
        sealed,
      );
      if (response === 'no-answer') return network;
      if (response === 'signed-out' || response.status === 401) return { type: 'unauthorized' };
      if (response.status === 200 || response.status === 201) {
        const body = (await response.json().catch(() => null)) as {
          sha256?: unknown;
          size?: unknown;
        } | null;
        if (body?.sha256 !== sha256 || body.size !== sealed.byteLength) return network;
        return {
          type: 'stored',
          sha256,
          size: sealed.byteLength,
          created: response.status === 201,
        };
      }
      if (response.status === 413) return { type: 'too-large' };
      if (response.status === 422) {
        const problem = await readProblem(response);
        if (problem.code === 'attachment-hash-mismatch') return { type: 'hash-mismatch' };
        return { type: 'rejected', problem };
      }
      return retryLater(response) ?? { type: 'rejected', problem: await readProblem(response) };
    },
  } satisfies ApiTransport;
}
