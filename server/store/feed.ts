import type { ServerStatus } from '../../src/domain/api';
import type { Database } from '../db/database';
import type { Change, ChangePage } from '../schemas';

type Queryable = Pick<Database, 'query'>;

export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

const CURSOR_PREFIX = 'c1.';

/** Opaque to clients; a version tag and the last sequence number they have seen. */
export function encodeCursor(seq: bigint): string {
  return Buffer.from(`${CURSOR_PREFIX}${seq}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): bigint {
  if (!cursor) return 0n;
  const text = /^[\w-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
  const digits = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : '';
  if (!/^\d{1,18}$/.test(digits)) throw new InvalidCursorError('cursor is not one of ours');
  return BigInt(digits);
}

/**
 * Appends a change to the owner's feed, inside the caller's transaction. The counter row stays
 * locked until that transaction commits, so the owner's changes become visible in number order.
 */
export async function appendChange(
  tx: Queryable,
  change: {
    ownerSub: string;
    applicationId: string;
    status: ServerStatus;
    reason: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `WITH counter AS (
       INSERT INTO feed_counters (owner_sub, last_seq) VALUES ($1, 1)
       ON CONFLICT (owner_sub) DO UPDATE SET last_seq = feed_counters.last_seq + 1
       RETURNING last_seq)
     INSERT INTO application_changes (owner_sub, seq, application_id, status, reason, changed_at)
     SELECT $1, last_seq, $2, $3, $4, $5 FROM counter`,
    [change.ownerSub, change.applicationId, change.status, change.reason, change.at.toISOString()],
  );
}

interface ChangeRow {
  seq: string;
  application_id: string;
  status: ServerStatus;
  reason: string | null;
  changed_at: Date;
}

export async function changesAfter(
  db: Queryable,
  ownerSub: string,
  after: bigint,
  limit: number,
): Promise<ChangePage> {
  const rows = await db.query<ChangeRow>(
    `SELECT seq::text AS seq, application_id, status, reason, changed_at FROM application_changes
     WHERE owner_sub = $1 AND seq > $2 ORDER BY application_changes.seq LIMIT $3`,
    [ownerSub, after.toString(), limit + 1],
  );
  const page = rows.slice(0, limit);
  const changes = page.map((row): Change => ({
    id: row.application_id,
    status: row.status,
    updatedAt: row.changed_at.toISOString(),
    ...(row.reason ? { reason: row.reason } : {}),
  }));
  const last = page.at(-1);
  return {
    changes,
    cursor: encodeCursor(last ? BigInt(last.seq) : after),
    hasMore: rows.length > limit,
  };
}
