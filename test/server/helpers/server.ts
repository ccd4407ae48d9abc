import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../../server/app';
import type { Database } from '../../../server/db/database';
import { createTestDatabase } from './database';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  db: Database;
  close(): Promise<void>;
}

/**
 * The reference server on a free loopback port with its own empty database (PGlite, or a
 * database of its own on PostgreSQL when DATABASE_URL is set). Its public URL, OIDC issuer
 * and token audience follow from the port it gets.
 */
export async function startTestServer(options: Omit<AppOptions, 'db'> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const app = await buildApp({ db: database.db, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = address && typeof address === 'object' ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    db: database.db,
    async close() {
      if (app.server.listening) await app.close();
      await database.dispose();
    },
  };
}
