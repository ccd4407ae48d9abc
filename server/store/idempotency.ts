import type { Receipt } from '../../src/domain/api';
import type { Database } from '../db/database';

/** A claim left in progress this long was abandoned (the process died); it may be taken over. */
const ABANDONED_AFTER_SECONDS = 120;

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'in-progress'; sameRequest: boolean }
  | { kind: 'done'; sameRequest: boolean; receipt: Receipt };

interface KeyRow {
  request_hash: string;
  state: 'in-progress' | 'done';
  response_body: Receipt;
}

/**
 * Claims an owner's Idempotency-Key with one statement: of any number of concurrent identical
 * requests exactly one gets `claimed`; the others learn what the key is doing.
 */
export async function claimKey(
  db: Database,
  ownerSub: string,
  key: string,
  requestHash: string,
): Promise<Claim> {
  const claimed = await db.query(
    `INSERT INTO idempotency_keys (owner_sub, key, request_hash, state) VALUES ($1, $2, $3, 'in-progress')
     ON CONFLICT (owner_sub, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()
       WHERE idempotency_keys.state = 'in-progress'
         AND idempotency_keys.created_at < now() - make_interval(secs => $4)
     RETURNING key`,
    [ownerSub, key, requestHash, ABANDONED_AFTER_SECONDS],
  );
  if (claimed.length > 0) return { kind: 'claimed' };
  const [row] = await db.query<KeyRow>(
    'SELECT request_hash, state, response_body FROM idempotency_keys WHERE owner_sub = $1 AND key = $2',
    [ownerSub, key],
  );
  // Released between our insert and this read: the first request was refused; tell the client
  // to come again rather than guessing.
  if (!row) return { kind: 'in-progress', sameRequest: true };
  const sameRequest = row.request_hash === requestHash;
  if (row.state === 'in-progress') return { kind: 'in-progress', sameRequest };
  return { kind: 'done', sameRequest, receipt: row.response_body };
}

/** A refused or failed request does not use up its key. */
export async function releaseKey(db: Database, ownerSub: string, key: string): Promise<void> {
  await db.query(
    "DELETE FROM idempotency_keys WHERE owner_sub = $1 AND key = $2 AND state = 'in-progress'",
    [ownerSub, key],
  );
}

export async function completeKey(
  tx: Pick<Database, 'query'>,
  ownerSub: string,
  key: string,
  receipt: Receipt,
): Promise<void> {
  await tx.query(
    "UPDATE idempotency_keys SET state = 'done', response_status = 201, response_body = $3 WHERE owner_sub = $1 AND key = $2",
    [ownerSub, key, JSON.stringify(receipt)],
  );
}
