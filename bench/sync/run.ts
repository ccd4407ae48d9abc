// How long the phone takes to drain a long outbox into the local reference API, and how many
// requests each application costs. The sync engine runs in Node (fake-indexeddb plays the
// phone's IndexedDB, the vault key is held as after an unlock); the server runs in this process
// on PGlite in memory (BENCH_SERVER=process: its own process, as bench/api does).
//
//   node --import tsx bench/sync/run.ts
//
// BENCH_APPLICATIONS (default 1000) changes the size of the queue. Rate limits are lifted: a
// municipal gateway would not throttle one resident's first sync to 600 a minute.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../../server/app';
import { openPglite } from '../../server/db/database';
import { createDraft } from '../../src/data';
import { systemClock } from '../../src/data/clock';
import { MadoguchiDb, useDatabaseForTests } from '../../src/data/db';
import { newDataKey } from '../../src/data/vault/field-cipher';
import { holdKey } from '../../src/data/vault/key-holder';
import { httpTransport } from '../../src/sync/api-client';
import { createChangeFeed } from '../../src/sync/change-feed';
import { enqueue } from '../../src/sync/enqueue';
import { createOutboxRunner } from '../../src/sync/runner';
import { startBenchServer } from '../api/server-process';
import { sampleRequest } from '../../test/helpers/samples';
import { nodeAuthorizedFetch } from '../../test/helpers/sync-node';
import { signIn } from '../../test/server/helpers/sign-in';

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 1000);

async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.BENCH_SERVER === 'process') return startBenchServer();
  const db = await openPglite(undefined);
  const app = await buildApp({
    db,
    rateLimit: { perIpPerMinute: 100_000_000, perSubjectPerMinute: 100_000_000 },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}`;
  return {
    url,
    async stop() {
      await app.close();
      await db.close();
    },
  };
}

/** Counts every HTTP request this process makes, by method and path. */
function countRequests(): Map<string, number> {
  const counts = new Map<string, number>();
  const original = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const route = `${init?.method ?? 'GET'} ${url.pathname.replace(/[0-9a-f-]{36}|\d{6}/g, ':id')}`;
    counts.set(route, (counts.get(route) ?? 0) + 1);
    return original(input, init);
  };
  return counts;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const server = await startServer();
  try {
    const session = await signIn(server.url, 'resident-a');
    const db = new MadoguchiDb(`bench-sync-${Date.now()}`);
    await db.open();
    useDatabaseForTests(db);
    holdKey(await newDataKey());
    const transport = httpTransport(nodeAuthorizedFetch(session, 20_000), `${server.url}/api/v1`);

    const counts = countRequests();
    let started = performance.now();
    for (let i = 0; i < APPLICATIONS; i++) {
      const id = await createDraft(sampleRequest, ['m1']);
      await enqueue(transport, id, systemClock.now());
    }
    const queueMs = performance.now() - started;
    const queueRequests = [...counts.values()].reduce((a, b) => a + b, 0);
    if ((await db.outbox.filter((row) => row.sealed === undefined).count()) > 0)
      throw new Error('some applications were queued without a seal');

    counts.clear();
    started = performance.now();
    await createOutboxRunner(transport, systemClock).runNow();
    const drainMs = performance.now() - started;
    const left = await db.outbox.count();
    const requests = [...counts.values()].reduce((a, b) => a + b, 0);
    const byRoute = [...counts.entries()].map(([route, n]) => `${route} ×${n}`).join(', ');

    counts.clear();
    started = performance.now();
    const pulled = await createChangeFeed(transport).pull();
    const feedMs = performance.now() - started;
    const feedRequests = [...counts.values()].reduce((a, b) => a + b, 0);
    const received = await db.applications.where('status').equals('received').count();

    console.log(
      `sync bench: ${APPLICATIONS} applications, server ${process.env.BENCH_SERVER ?? 'in-process'} (PGlite)`,
    );
    console.log(
      `  seal + queue, the person tapping "Send" (the key fetched fresh each time): ` +
        `${seconds(queueMs)}, ${(queueMs / APPLICATIONS).toFixed(1)} ms each, ` +
        `${(queueRequests / APPLICATIONS).toFixed(2)} requests each`,
    );
    console.log(
      `  drain the outbox: ${seconds(drainMs)}, ${(APPLICATIONS / (drainMs / 1000)).toFixed(0)} applications/s, ` +
        `${left} left`,
    );
    console.log(
      `  requests per application while draining: ${(requests / APPLICATIONS).toFixed(2)} ` +
        `(${byRoute})`,
    );
    console.log(
      `  change feed after it: ${pulled}, ${feedRequests} requests, ${seconds(feedMs)}, ` +
        `${received} applications shown as received`,
    );
    if (left > 0 || requests !== APPLICATIONS) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

await main();
