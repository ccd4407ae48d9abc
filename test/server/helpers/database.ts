import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../../server/db/database';

export interface TestDatabase {
  db: Database;
  /**
   * Another connection to the same database, as a second API process would open (PostgreSQL:
   * a pool of its own; PGlite, which one process owns: the same database, closed with it).
   */
  connectAgain(): Database;
  /** Closes the connection and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

/** Which database the server tests run on: PostgreSQL when DATABASE_URL is set, else PGlite. */
export const testDatabaseKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database per test server. On PostgreSQL each gets its own database on the
 * server DATABASE_URL names (the role needs CREATEDB), dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openPglite(undefined);
    const shared: Database = { ...db, close: () => Promise.resolve() };
    return { db, connectAgain: () => shared, dispose: () => db.close() };
  }
  const name = `madoguchi_test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  const others: Database[] = [];
  return {
    db,
    connectAgain() {
      const other = openPostgres(url.toString());
      others.push(other);
      return other;
    },
    async dispose() {
      for (const other of others) await other.close();
      await db.close();
      await admin(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}
