// A photo of ID travels with its application, against the real reference server through the
// fault proxy: the connection cut after the upload committed, then after the application
// committed. The server ends with one application naming one attachment, which the clerk reads.
import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, getApplication } from '../../src/data';
import { makeAllDue } from '../../src/data/outbox';
import { httpTransport, type ApiTransport } from '../../src/sync/api-client';
import { enqueue } from '../../src/sync/enqueue';
import { createOutboxRunner } from '../../src/sync/runner';
import { syncState } from '../../src/sync/sync-state';
import { api, submissions } from '../helpers/fault-proxy';
import { freshDatabase } from '../helpers/fresh-db';
import { sampleRequest } from '../helpers/samples';
import { nodeAuthorizedFetch } from '../helpers/sync-node';
import { startProxiedServer, type ProxiedServer } from '../helpers/sync-server';
import { call, signIn, type Session } from '../server/helpers/sign-in';

const clock = { now: () => Date.now() };
const uploads = api('PUT', /^\/api\/v1\/attachments\//);

describe('a photo of ID with its application (Node, real server)', () => {
  let server: ProxiedServer;
  let resident: Session;
  let clerk: Session;
  let transport: ApiTransport;

  beforeAll(async () => {
    server = await startProxiedServer({
      rateLimit: { perIpPerMinute: 1_000_000, perSubjectPerMinute: 1_000_000 },
    });
    [resident, clerk] = await Promise.all([
      signIn(server.url, 'resident-a'),
      signIn(server.url, 'clerk-131059'),
    ]);
    transport = httpTransport(nodeAuthorizedFetch(resident, 2_000), `${server.url}/api/v1`);
  });
  afterAll(() => server?.close());

  it('cut after the upload committed, then after the application committed: one of each, linked', async () => {
    const db = await freshDatabase();
    syncState.noteSignedIn();
    const bytes = new Uint8Array(randomBytes(150_000));
    const id = await createDraft(
      sampleRequest,
      ['m1'],
      [{ bytes: bytes.slice().buffer, mediaType: 'image/jpeg' }],
    );
    await enqueue(transport, id, clock.now());
    const sha256 = (await db.photos.toArray())[0]?.forCity?.sha256 ?? '';
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);

    server.proxy.inject({ match: uploads, fault: { kind: 'reset-after-commit' }, times: 1 });
    server.proxy.inject({
      match: (r) => submissions(r) && r.idempotencyKey === id,
      fault: { kind: 'reset-after-commit' },
      times: 1,
    });
    const runner = createOutboxRunner(transport, clock);
    await runner.runNow();
    // The upload arrived but its answer did not: nothing was posted.
    expect(server.proxy.requests(submissions)).toHaveLength(0);
    expect((await getApplication(id))?.status).toBe('queued');

    await makeAllDue(clock.now());
    await runner.runNow();
    expect((await getApplication(id))?.status).toBe('queued');

    await makeAllDue(clock.now());
    await runner.runNow();
    const app = await getApplication(id);
    expect(app?.status).toBe('received');
    expect((await db.photos.toArray())[0]?.forCity).toBeUndefined();

    // Every upload and every post was the same request (S12); the upload always came first.
    const puts = server.proxy.requests(uploads);
    const posts = server.proxy.requests((r) => submissions(r) && r.idempotencyKey === id);
    expect(puts).toHaveLength(2);
    expect(new Set(puts.map((p) => p.bodySha256)).size).toBe(1);
    expect(posts).toHaveLength(2);
    expect(new Set(posts.map((p) => p.bodySha256)).size).toBe(1);
    expect(Math.max(...puts.map((p) => p.startedAt))).toBeLessThanOrEqual(
      Math.min(...posts.map((p) => p.startedAt)),
    );

    const links = await server.db.query<{ application_id: string; sha256: string }>(
      `SELECT l.application_id, l.sha256 FROM application_attachments l
       JOIN applications a ON a.id = l.application_id WHERE a.idempotency_key = $1`,
      [id],
    );
    const [count] = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM applications WHERE idempotency_key = $1',
      [id],
    );
    expect(count?.n).toBe(1);
    expect(links).toEqual([{ application_id: app?.receipt?.serverId, sha256 }]);
    const files = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM attachments WHERE owner_sub = $1 AND sha256 = $2',
      [resident.sub, sha256],
    );
    expect(files[0]?.n).toBe(1);

    const serverId = app?.receipt?.serverId ?? '';
    const view = await call(server.url, clerk, 'GET', `/api/v1/clerk/applications/${serverId}`);
    expect(((await view.json()) as { attachments: string[] }).attachments).toEqual([sha256]);
    const download = await call(
      server.url,
      clerk,
      'GET',
      `/api/v1/clerk/applications/${serverId}/attachments/${sha256}`,
    );
    expect(download.status).toBe(200);
    const body = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(body).digest('hex')).toBe(sha256);
  });
});
