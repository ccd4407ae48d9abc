import { exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import type { SealingJwk, SubmissionRequest } from '../../../src/domain/api';
import type {
  ApiTransport,
  FeedOutcome,
  SubmitOutcome,
  UploadOutcome,
} from '../../../src/sync/api-client';

/**
 * A scripted stand-in for the network, to test the sync engine's decisions. The HTTP transport
 * itself is tested against the real reference server (test/e2e/sync-*.test.ts).
 */
export class ScriptedTransport implements ApiTransport {
  sent: { key: string; body: SubmissionRequest }[] = [];
  /** Answers to submissions, in order; then `defaultAnswer`. */
  answers: SubmitOutcome[] = [];
  /** Per idempotency key, an answer given every time (a poison item). */
  always = new Map<string, SubmitOutcome>();
  defaultAnswer: SubmitOutcome = { type: 'retry-later', reason: 'network' };
  keysAvailable = true;
  keyRequests = 0;
  feed: FeedOutcome[] = [];
  feedRequests: (string | undefined)[] = [];
  uploads: UploadOutcome[] = [];
  uploaded: { sha256: string; bytes: Uint8Array }[] = [];
  /** Every request in order: `put <sha256>` or `post <key>`. */
  calls: string[] = [];

  constructor(readonly jwk: SealingJwk) {}

  getSealingKeys() {
    this.keyRequests += 1;
    return this.keysAvailable ? Promise.resolve([this.jwk]) : Promise.reject(new Error('offline'));
  }

  submit(key: string, body: SubmissionRequest) {
    this.sent.push({ key, body });
    this.calls.push(`post ${key}`);
    return Promise.resolve(this.always.get(key) ?? this.answers.shift() ?? this.defaultAnswer);
  }

  getChanges(after: string | undefined) {
    this.feedRequests.push(after);
    return Promise.resolve(
      this.feed.shift() ?? ({ type: 'retry-later', reason: 'network' } as const),
    );
  }

  putAttachment(sha256: string, bytes: Uint8Array) {
    this.uploaded.push({ sha256, bytes });
    this.calls.push(`put ${sha256}`);
    return Promise.resolve(
      this.uploads.shift() ?? ({ type: 'retry-later', reason: 'network' } as const),
    );
  }
}

export async function municipalityKeyPair(
  kid = 'k1',
): Promise<{ jwk: SealingJwk; privateKey: CryptoKey }> {
  const pair = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256', extractable: true });
  const jwk = {
    ...(await exportJWK(pair.publicKey)),
    kid,
    use: 'enc',
    alg: 'ECDH-ES+A256KW',
  } as SealingJwk;
  return { jwk, privateKey: pair.privateKey };
}

export const receiptFor = (
  id: string,
  status: 'received' | 'accepted' = 'received',
  replayed = false,
): SubmitOutcome => ({
  type: 'receipt',
  replayed,
  receipt: {
    id: `srv-${id}`,
    receiptNumber: '131059-2026-000001',
    status,
    receivedAt: '2026-11-21T05:00:00.000Z',
  },
});
