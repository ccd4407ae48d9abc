import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { expectProblem, post, sealedSubmission } from './helpers/applications';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './helpers/database';
import { roundRobin, type RoundRobin } from './helpers/round-robin';
import { call, dpopProof, signIn, type Session } from './helpers/sign-in';

const PER_PERSON = 12;

/**
 * Two API instances on one database behind a round-robin, as a city would run them. On the
 * PostgreSQL pass they are two connection pools to one PostgreSQL database; on the PGlite pass,
 * two servers sharing the one embedded database. Nothing held in one process may decide.
 */
describe(`two API instances on one ${testDatabaseKind} database`, () => {
  let database: TestDatabase;
  let balancer: RoundRobin;
  const apps: FastifyInstance[] = [];
  let residentA: Session;
  let residentB: Session;

  beforeAll(async () => {
    database = await createTestDatabase();
    const front = await roundRobin();
    balancer = front;
    const upstreams: string[] = [];
    for (const db of [database.db, database.connectAgain()]) {
      const app = await buildApp({
        db,
        publicUrl: front.url,
        rateLimit: { perSubjectPerMinute: PER_PERSON },
      });
      await app.listen({ host: '127.0.0.1', port: 0 });
      upstreams.push(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
      apps.push(app);
    }
    front.setUpstreams(upstreams);
    [residentA, residentB] = [
      await signIn(front.url, 'resident-a'),
      await signIn(front.url, 'resident-b'),
    ];
  });
  afterAll(async () => {
    await balancer.close();
    for (const app of apps) await app.close();
    await database.dispose();
  });

  /** Which instances answered the last n requests. */
  const lastServed = (n: number) => balancer.served.slice(-n);

  it('signs in and keeps one application per Idempotency-Key across instances', async () => {
    const submission = await sealedSubmission(balancer.url);
    const key = randomUUID();
    const first = await post(balancer.url, residentA, submission, key);
    const again = await post(balancer.url, residentA, submission, key);
    expect(new Set(lastServed(2)).size).toBe(2);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());

    const racing = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => post(balancer.url, residentA, submission, racing)),
    );
    expect(new Set(lastServed(6)).size).toBe(2);
    for (const answer of answers) {
      expect([201, 409]).toContain(answer.status);
      await answer.body?.cancel();
    }
    const rows = await database.db.query(
      'SELECT id FROM applications WHERE owner_sub = $1 AND idempotency_key IN ($2, $3)',
      [residentA.sub, key, racing],
    );
    expect(rows).toHaveLength(2);
  });

  it('refuses a DPoP proof replayed to the other instance', async () => {
    const url = `${balancer.url}/api/v1/changes`;
    const proof = await dpopProof(residentA, 'GET', url);
    const first = await call(balancer.url, residentA, 'GET', '/api/v1/changes', { proof });
    const replayed = await call(balancer.url, residentA, 'GET', '/api/v1/changes', { proof });
    expect(new Set(lastServed(2)).size).toBe(2);
    expect(first.status).toBe(200);
    await first.body?.cancel();
    await expectProblem(replayed, 401, 'unauthorized');
  });

  it('holds one person’s rate limit across instances', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= PER_PERSON; i++) {
      const response = await call(balancer.url, residentB, 'GET', '/api/v1/changes');
      statuses.push(response.status);
      await response.body?.cancel();
    }
    expect(new Set(lastServed(PER_PERSON + 1)).size).toBe(2);
    // Each instance alone has seen about half: only a shared count can refuse the last one.
    expect(statuses).toEqual([...Array<number>(PER_PERSON).fill(200), 429]);
  });
});
