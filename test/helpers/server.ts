import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { openDatabase, type Database } from '../../server/db/database';

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  /** Stops answering HTTP; the database stays, as a city's would during an outage. */
  stopHttp(): Promise<void>;
  /** Answers again on the same port with the same data. */
  startHttp(): Promise<void>;
  close(): Promise<void>;
}

export const distDir = resolve('dist');

/** The reference server on a free port with its own embedded database, as the tests' real counterpart. */
export async function startServer(
  options: { staticDir?: string; port?: number } = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-test-'));
  const db = await openDatabase({ dataDir });
  let app: FastifyInstance | undefined;
  let port = options.port ?? 0;

  async function startHttp() {
    app = await buildApp({ db, staticDir: options.staticDir });
    await app.listen({ host: '127.0.0.1', port });
    const address = app.server.address();
    if (address && typeof address === 'object') port = address.port;
  }
  await startHttp();

  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    db,
    startHttp,
    async stopHttp() {
      await app?.close();
      app = undefined;
    },
    async close() {
      await app?.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
