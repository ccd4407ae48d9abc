import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { openPglite, type Database } from '../../server/db/database';
import type { RateLimitOptions } from '../../server/rate-limit';
import { FaultProxy } from './fault-proxy';

export interface ProxiedServer {
  /** Where the browser goes: the proxy, which is also the server's public URL. */
  url: string;
  /** The server itself, behind the proxy's back (for raw-socket tests). */
  directUrl: string;
  proxy: FaultProxy;
  db: Database;
  close(): Promise<void>;
}

/**
 * The real reference server (PGlite in memory) behind a fault proxy. The
 * server's public URL is the proxy's, so sign-in, token audience and DPoP proofs all work
 * through it exactly as they would without it.
 */
export async function startProxiedServer(
  options: { staticDir?: string; rateLimit?: RateLimitOptions } = {},
): Promise<ProxiedServer> {
  const proxy = new FaultProxy();
  const url = await proxy.listen();
  const db = await openPglite(undefined);
  const app: FastifyInstance = await buildApp({
    db,
    staticDir: options.staticDir,
    publicUrl: url,
    rateLimit: options.rateLimit,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const directUrl = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}`;
  proxy.setTarget(directUrl);
  return {
    url,
    directUrl,
    proxy,
    db,
    async close() {
      await proxy.close();
      await app.close();
      await db.close();
    },
  };
}

/** How many applications the server holds per Idempotency-Key (the judge of R3 and R9). */
export async function serverCountsByKey(db: Database): Promise<Map<string, number>> {
  const rows = await db.query<{ key: string; n: number }>(
    'SELECT idempotency_key AS key, count(*)::int AS n FROM applications GROUP BY idempotency_key',
  );
  return new Map(rows.map((row) => [row.key, row.n]));
}

export async function serverApplicationCount(db: Database): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications');
  return row?.n ?? -1;
}
