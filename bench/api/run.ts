// Accepted submissions per second and latency of POST /api/v1/applications, on PGlite and (when
// DATABASE_URL names a PostgreSQL server) on PostgreSQL. Loopback only, a fixed number of
// requests, stops by itself:
//
//   node --import tsx bench/api/run.ts
//   DATABASE_URL=postgres://madoguchi:madoguchi@127.0.0.1:5432/madoguchi node --import tsx bench/api/run.ts
//
// BENCH_REQUESTS (default 1000) and BENCH_CONCURRENCY (default 16) change the load. Bodies and
// DPoP proofs are made before the clock starts, so the figures are the server's.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { fetchKey, sealTo } from '../../test/helpers/sealing';
import { sampleRequest } from '../../test/helpers/samples';
import { dpopProof, signIn, type Session } from '../../test/server/helpers/sign-in';
import { startBenchServer, type BenchServer } from './server-process';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WARMUP = 50;
/** Distinct owners: each resident's submissions take their own change-feed counter in turn. */
const ACCOUNTS = ['resident-a', 'resident-b', 'clerk-172014', 'clerk-132250', 'clerk-131059'];

interface Prepared {
  session: Session;
  key: string;
  body: string;
  proof: string;
}

interface Result {
  backend: string;
  requests: number;
  concurrency: number;
  accepted: number;
  acceptedPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

async function prepare(server: BenchServer, count: number): Promise<Prepared[]> {
  const sessions = await Promise.all(ACCOUNTS.map((account) => signIn(server.url, account)));
  const sealingKey = await fetchKey(server.url, '131059');
  const url = `${server.url}/api/v1/applications`;
  const prepared: Prepared[] = [];
  for (let i = 0; i < count; i++) {
    const session = sessions[i % sessions.length] as Session;
    prepared.push({
      session,
      key: randomUUID(),
      body: JSON.stringify({
        municipalityCode: '131059',
        kind: 'certified-copy',
        sealed: await sealTo(sealingKey, sampleRequest),
      }),
      proof: await dpopProof(session, 'POST', url),
    });
  }
  return prepared;
}

async function fire(server: BenchServer, items: Prepared[]) {
  const latencies: number[] = [];
  let accepted = 0;
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as Prepared;
      const started = performance.now();
      const response = await fetch(`${server.url}/api/v1/applications`, {
        method: 'POST',
        headers: {
          authorization: `DPoP ${item.session.accessToken}`,
          dpop: item.proof,
          'content-type': 'application/json',
          'idempotency-key': item.key,
        },
        body: item.body,
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      if (response.status === 201) accepted += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { latencies, accepted, seconds: (performance.now() - started) / 1000 };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function run(postgresUrl?: string): Promise<Result> {
  const server = await startBenchServer(postgresUrl);
  try {
    const items = await prepare(server, WARMUP + REQUESTS);
    await fire(server, items.slice(0, WARMUP));
    const { latencies, accepted, seconds } = await fire(server, items.slice(WARMUP));
    const sorted = latencies.sort((a, b) => a - b);
    return {
      backend: server.kind,
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      accepted,
      acceptedPerSecond: Math.round(accepted / seconds),
      p50Ms: Number(percentile(sorted, 50).toFixed(1)),
      p99Ms: Number(percentile(sorted, 99).toFixed(1)),
      maxMs: Number((sorted.at(-1) ?? 0).toFixed(1)),
    };
  } finally {
    await server.stop();
  }
}

const results = [await run()];
if (process.env.DATABASE_URL) results.push(await run(process.env.DATABASE_URL));
else
  console.log(
    'PostgreSQL skipped: set DATABASE_URL to a server where the role may CREATE DATABASE.',
  );
console.table(results);
console.log(JSON.stringify(results));
