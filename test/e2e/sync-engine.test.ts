// The sync engine (runner, change feed, attachment upload, HTTP transport) in Node against the
// real reference server, through a fault proxy that answers what a bad network and a struggling
// server answer. fake-indexeddb plays the phone's storage. The server's own tables are the judge.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDraft, getApplication, timelineOf } from '../../src/data';
import type { MadoguchiDb } from '../../src/data/db';
import { makeAllDue } from '../../src/data/outbox';
import { changesCursor } from '../../src/data/timeline';
import type { ApiTransport } from '../../src/sync/api-client';
import { httpTransport } from '../../src/sync/api-client';
import { createChangeFeed } from '../../src/sync/change-feed';
import { enqueue } from '../../src/sync/enqueue';
import { createOutboxRunner } from '../../src/sync/runner';
import { syncState } from '../../src/sync/sync-state';
import { submissions, type Fault } from '../helpers/fault-proxy';
import { freshDatabase } from '../helpers/fresh-db';
import { sampleRequest } from '../helpers/samples';
import { nodeAuthorizedFetch } from '../helpers/sync-node';
import { serverCountsByKey, startProxiedServer, type ProxiedServer } from '../helpers/sync-server';
import { transition } from '../server/helpers/applications';
import { signIn, type Session } from '../server/helpers/sign-in';

const clock = { now: () => Date.now() };
const unlimited = { perIpPerMinute: 1_000_000, perSubjectPerMinute: 1_000_000 };

describe('sync engine against the real reference server (Node)', () => {
  let server: ProxiedServer;
  let resident: Session;
  let clerk: Session;
  let transport: ApiTransport;
  let db: MadoguchiDb;

  beforeAll(async () => {
    server = await startProxiedServer({ rateLimit: unlimited });
    [resident, clerk] = await Promise.all([
      signIn(server.url, 'resident-a'),
      signIn(server.url, 'clerk-131059'),
    ]);
    transport = httpTransport(nodeAuthorizedFetch(resident, 1_500), `${server.url}/api/v1`);
  });
  afterAll(() => server?.close());

  beforeEach(async () => {
    db = await freshDatabase();
    server.proxy.clearFaults();
    syncState.noteSignedIn();
  });

  async function queued(via = transport): Promise<string> {
    const id = await createDraft(sampleRequest, ['m1']);
    await enqueue(via, id, clock.now());
    return id;
  }
  const failOnce = (id: string, fault: Fault) =>
    server.proxy.inject({
      match: (r) => submissions(r) && r.idempotencyKey === id,
      fault,
      times: 1,
    });
  const sentFor = (id: string) => server.proxy.requests((r) => r.idempotencyKey === id);
  const onServer = async (id: string) => (await serverCountsByKey(server.db)).get(id) ?? 0;

  describe('every answer has its outcome (R4), and a retry is the same request (S12)', () => {
    const retried: { name: string; fault: Fault; waitsAtLeastMs: number }[] = [
      {
        name: '409 in progress',
        fault: {
          kind: 'status',
          status: 409,
          code: 'request-in-progress',
          headers: { 'retry-after': '1' },
        },
        waitsAtLeastMs: 1_000,
      },
      {
        name: '429 with Retry-After',
        fault: {
          kind: 'status',
          status: 429,
          code: 'rate-limited',
          headers: { 'retry-after': '120' },
        },
        waitsAtLeastMs: 120_000,
      },
      { name: '500', fault: { kind: 'status', status: 500 }, waitsAtLeastMs: 1_000 },
      {
        name: '503 with Retry-After',
        fault: {
          kind: 'status',
          status: 503,
          code: 'unavailable',
          headers: { 'retry-after': '30' },
        },
        waitsAtLeastMs: 30_000,
      },
      { name: 'a reset before the server saw it', fault: { kind: 'reset' }, waitsAtLeastMs: 1_000 },
      {
        name: 'a reset after the server committed',
        fault: { kind: 'reset-after-commit' },
        waitsAtLeastMs: 1_000,
      },
      { name: 'no answer (timeout)', fault: { kind: 'hang' }, waitsAtLeastMs: 1_000 },
    ];

    it.each(retried)('$name: kept, retried later with the same key and bytes', async (c) => {
      const id = await queued();
      failOnce(id, c.fault);
      const runner = createOutboxRunner(transport, clock);
      const before = Date.now();
      await runner.runNow();
      const row = await db.outbox.get(id);
      expect(row?.attempts).toBe(1);
      expect(row?.nextAttemptAt).toBeGreaterThanOrEqual(before + c.waitsAtLeastMs);
      expect((await getApplication(id))?.status).toBe('queued');

      await makeAllDue(clock.now());
      await runner.runNow();
      const app = await getApplication(id);
      expect(app?.status).toBe('received');
      expect(app?.receipt?.receiptNumber).toMatch(/^131059-\d{4}-\d{5}-\d{5}$/);
      expect(await onServer(id)).toBe(1);
      const requests = sentFor(id);
      expect(requests).toHaveLength(2);
      expect(new Set(requests.map((r) => r.bodySha256)).size).toBe(1);
    });

    const refused: { name: string; fault: Fault; code: string }[] = [
      {
        name: '400',
        fault: { kind: 'status', status: 400, code: 'bad-request' },
        code: 'bad-request',
      },
      {
        name: '422',
        fault: { kind: 'status', status: 422, code: 'payload-invalid' },
        code: 'payload-invalid',
      },
      {
        name: '413',
        fault: { kind: 'status', status: 413, code: 'payload-too-large' },
        code: 'too-large',
      },
    ];

    it.each(refused)('$name: needs attention with the reason, kept on the phone', async (c) => {
      const id = await queued();
      failOnce(id, c.fault);
      await createOutboxRunner(transport, clock).runNow();
      const app = await getApplication(id);
      expect(app?.status).toBe('needs-attention');
      expect(app?.attention?.code).toBe(c.code);
      expect(app?.payload).toEqual(sampleRequest);
      expect(await db.outbox.count()).toBe(0);
      expect(await onServer(id)).toBe(0);
    });

    it('a real 422 (sealed to a key the city cannot open): attention, then sent once resealed', async () => {
      const wrongKey: ApiTransport = {
        ...transport,
        getSealingKeys: () => transport.getSealingKeys('172014'),
      };
      const id = await queued(wrongKey);
      const runner = createOutboxRunner(transport, clock);
      await runner.runNow();
      expect((await getApplication(id))?.attention?.code).toBe('sealed-payload-unreadable');
      await enqueue(transport, id, clock.now());
      await runner.runNow();
      expect((await getApplication(id))?.status).toBe('received');
      expect(await onServer(id)).toBe(1);
    });

    it('401: kept in the outbox and sent after signing in again (S10)', async () => {
      const id = await queued();
      failOnce(id, { kind: 'status', status: 401, code: 'unauthorized' });
      const runner = createOutboxRunner(transport, clock);
      await runner.runNow();
      expect(syncState.get().signInNeeded).toBe(true);
      expect(await db.outbox.get(id)).toBeDefined();
      expect((await getApplication(id))?.status).toBe('queued');
      await makeAllDue(clock.now());
      await runner.runNow();
      expect((await getApplication(id))?.status).toBe('received');
      expect(syncState.get().signInNeeded).toBe(false);
    });

    it('the same Idempotency-Key and bytes on every retry; the server keeps one (S12)', async () => {
      const id = await queued();
      const faults: Fault[] = [
        { kind: 'status', status: 503 },
        { kind: 'reset' },
        { kind: 'reset-after-commit' },
        { kind: 'hang' },
      ];
      for (const fault of faults) failOnce(id, fault);
      const runner = createOutboxRunner(transport, clock);
      for (let i = 0; i <= faults.length; i++) {
        await makeAllDue(clock.now());
        await runner.runNow();
      }
      const requests = sentFor(id);
      expect(requests.map((r) => r.fault)).toEqual([
        'hang',
        'reset-after-commit',
        'reset',
        'status',
        undefined,
      ]);
      expect(new Set(requests.map((r) => r.bodySha256)).size).toBe(1);
      expect(requests.at(-1)?.upstreamStatus).toBe(201);
      expect(await onServer(id)).toBe(1);
      expect((await getApplication(id))?.status).toBe('received');
    });
  });

  it('an item the server always fails does not hold back the others (R5)', async () => {
    const poison = await queued();
    const others = [await queued(), await queued(), await queued()];
    server.proxy.inject({
      match: (r) => submissions(r) && r.idempotencyKey === poison,
      fault: { kind: 'status', status: 500 },
    });
    const runner = createOutboxRunner(transport, clock);
    await runner.runNow();
    for (const id of others) expect((await getApplication(id))?.status).toBe('received');
    for (let i = 0; i < 3; i++) {
      const more = await queued();
      await makeAllDue(clock.now());
      await runner.runNow();
      expect((await getApplication(more))?.status).toBe('received');
    }
    expect((await getApplication(poison))?.status).toBe('queued');
    expect(await db.outbox.get(poison)).toMatchObject({ attempts: 4 });
  });

  it('pages through the feed; a pull cut off resumes from the last committed page (R16)', async () => {
    // A resident of their own, so the feed holds this test's changes only.
    const other = httpTransport(
      nodeAuthorizedFetch(await signIn(server.url, 'resident-b'), 1_500),
      `${server.url}/api/v1`,
    );
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push(await queued(other));
    await createOutboxRunner(other, clock).runNow();
    const serverIds = await Promise.all(
      ids.map(async (id) => (await getApplication(id))?.receipt?.serverId ?? ''),
    );
    for (const serverId of serverIds.slice(0, 59))
      expect((await transition(server.url, clerk, serverId, { to: 'accepted' })).status).toBe(200);
    const lastId = serverIds[59] ?? '';
    const reason = 'The request form is missing a signature';
    expect((await transition(server.url, clerk, lastId, { to: 'rejected', reason })).status).toBe(
      200,
    );

    // 60 received + 60 decisions = 120 changes: two pages. The second one is cut off.
    server.proxy.inject({
      match: (r) => r.method === 'GET' && r.path === '/api/v1/changes',
      fault: (() => {
        let n = 0;
        return () => (++n === 2 ? { kind: 'reset' } : undefined);
      })(),
    });
    const feed = createChangeFeed(other);
    expect(await feed.pull()).toBe('failed');
    const afterFirstPage = await changesCursor();
    expect(afterFirstPage).toBeDefined();
    const statuses = async () =>
      Promise.all(ids.map(async (id) => (await getApplication(id))?.status));
    expect((await statuses()).filter((s) => s === 'accepted')).toHaveLength(40);

    expect(await feed.pull()).toBe('done');
    const pulls = server.proxy.requests((r) => r.path === '/api/v1/changes');
    expect(pulls).toHaveLength(3);
    const final = await statuses();
    expect(final.filter((s) => s === 'accepted')).toHaveLength(59);
    expect(final[59]).toBe('rejected');
    const timeline = await timelineOf(ids[59] ?? '');
    expect(timeline.map((t) => t.status)).toEqual(['received', 'rejected']);
    expect(timeline[1]?.reason).toBe(reason);
    expect(await changesCursor()).not.toBe(afterFirstPage);
  });
});
