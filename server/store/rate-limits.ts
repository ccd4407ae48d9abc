import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Database } from '../db/database';

/**
 * Counts one more request for a key in a fixed window, in one statement, in the database: every
 * API instance on that database shares the count. Keys (addresses, subjects) are stored hashed.
 */
export async function countHit(
  db: Pick<Database, 'query'>,
  key: string,
  windowMs: number,
): Promise<{ current: number; ttl: number }> {
  const hashed = createHash('sha256').update(key).digest('base64url');
  const [row] = await db.query<{ hits: number; ttl: string }>(
    `INSERT INTO rate_limits (key, hits, reset_at)
       VALUES ($1, 1, clock_timestamp() + make_interval(secs => $2 / 1000.0))
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limits.reset_at <= clock_timestamp() THEN 1 ELSE rate_limits.hits + 1 END,
       reset_at = CASE WHEN rate_limits.reset_at <= clock_timestamp() THEN EXCLUDED.reset_at
                  ELSE rate_limits.reset_at END
     RETURNING hits, ceil(extract(epoch FROM reset_at - clock_timestamp()) * 1000)::text AS ttl`,
    [hashed, windowMs],
  );
  if (!row) throw new Error('rate limit not counted');
  return { current: row.hits, ttl: Math.max(0, Number(row.ttl)) };
}

/** @fastify/rate-limit's store over the database (the plugin constructs it itself). */
export function databaseRateLimitStore(db: Database): FastifyRateLimitStoreCtor {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      countHit(db, key, timeWindow).then(
        (result) => callback(null, result),
        (error: unknown) =>
          callback(error instanceof Error ? error : new Error('rate limit store')),
      );
    }

    child(): FastifyRateLimitStore {
      return this;
    }
  };
}

export async function deleteExpiredCounts(db: Pick<Database, 'query'>): Promise<void> {
  await db.query('DELETE FROM rate_limits WHERE reset_at < now()');
}
