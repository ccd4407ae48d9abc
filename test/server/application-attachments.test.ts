import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, post, sealedSubmission } from './helpers/applications';
import { startTestServer, type TestServer } from './helpers/server';
import { call, signIn, type Session } from './helpers/sign-in';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('an application names its sealed attachments', () => {
  let server: TestServer;
  let resident: Session;
  let other: Session;
  let clerk: Session;

  beforeAll(async () => {
    server = await startTestServer();
    [resident, other, clerk] = await Promise.all([
      signIn(server.url, 'resident-a'),
      signIn(server.url, 'resident-b'),
      signIn(server.url, 'clerk-131059'),
    ]);
  });
  afterAll(() => server.close());

  async function uploaded(session: Session): Promise<{ hash: string; bytes: Uint8Array }> {
    const bytes = randomBytes(4096);
    const hash = sha256(bytes);
    const response = await call(server.url, session, 'PUT', `/api/v1/attachments/${hash}`, {
      body: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(response.status).toBe(201);
    return { hash, bytes };
  }

  const links = async (key: string) =>
    server.db.query<{ sha256: string }>(
      `SELECT l.sha256 FROM application_attachments l JOIN applications a ON a.id = l.application_id
       WHERE a.idempotency_key = $1 ORDER BY l.position`,
      [key],
    );
  const stored = async (key: string) =>
    (
      await server.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM applications WHERE idempotency_key = $1',
        [key],
      )
    )[0]?.n;

  it('links a stored attachment; the clerk sees its hash and can download it', async () => {
    const first = await uploaded(resident);
    const second = await uploaded(resident);
    const key = randomUUID();
    const body = {
      ...(await sealedSubmission(server.url)),
      attachments: [second.hash, first.hash],
    };
    const response = await post(server.url, resident, body, key);
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { id: string };
    expect((await links(key)).map((l) => l.sha256)).toEqual([second.hash, first.hash]);

    const view = await call(server.url, clerk, 'GET', `/api/v1/clerk/applications/${receipt.id}`);
    expect(((await view.json()) as { attachments: string[] }).attachments).toEqual([
      second.hash,
      first.hash,
    ]);
    const path = `/api/v1/clerk/applications/${receipt.id}/attachments/${first.hash}`;
    const download = await call(server.url, clerk, 'GET', path);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(first.bytes)).toBe(true);
    const unlinked = await uploaded(resident);
    const notNamed = `/api/v1/clerk/applications/${receipt.id}/attachments/${unlinked.hash}`;
    await expectProblem(await call(server.url, clerk, 'GET', notNamed), 404, 'not-found');
  });

  it('refuses an application naming an attachment never uploaded: 422, nothing stored, key free', async () => {
    const present = await uploaded(resident);
    const missing = sha256(randomBytes(32));
    const key = randomUUID();
    const body = {
      ...(await sealedSubmission(server.url)),
      attachments: [present.hash, missing],
    };
    await expectProblem(await post(server.url, resident, body, key), 422, 'attachment-missing');
    expect(await stored(key)).toBe(0);
    expect(await links(key)).toEqual([]);

    // The key was released: once the file is there, the same key and body go through.
    await expectProblem(await post(server.url, resident, body, key), 422, 'attachment-missing');
    const bytes = randomBytes(64);
    const fixed = { ...body, attachments: [present.hash, sha256(bytes)] };
    await call(server.url, resident, 'PUT', `/api/v1/attachments/${sha256(bytes)}`, {
      body: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect((await post(server.url, resident, fixed, key)).status).toBe(201);
    expect(await stored(key)).toBe(1);
  });

  it("does not count another resident's attachment", async () => {
    const theirs = await uploaded(other);
    const key = randomUUID();
    const body = { ...(await sealedSubmission(server.url)), attachments: [theirs.hash] };
    await expectProblem(await post(server.url, resident, body, key), 422, 'attachment-missing');
    expect(await stored(key)).toBe(0);
  });

  it('replays the same receipt for the same key and body, once linked', async () => {
    const file = await uploaded(resident);
    const key = randomUUID();
    const body = { ...(await sealedSubmission(server.url)), attachments: [file.hash] };
    const first = await post(server.url, resident, body, key);
    expect(first.status).toBe(201);
    const again = await post(server.url, resident, body, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(await stored(key)).toBe(1);
    expect(await links(key)).toHaveLength(1);
    // The same key with other attachments is another request.
    const changed = { ...body, attachments: [] };
    await expectProblem(
      await post(server.url, resident, changed, key),
      422,
      'idempotency-key-reused',
    );
  });

  it('refuses malformed lists: not hex, duplicates, more than four (400)', async () => {
    const base = await sealedSubmission(server.url);
    const hash = sha256(randomBytes(8));
    for (const attachments of [
      ['not-a-hash'],
      [hash.toUpperCase()],
      [hash, hash],
      Array.from({ length: 5 }, () => sha256(randomBytes(8))),
    ]) {
      await expectProblem(
        await post(server.url, resident, { ...base, attachments }),
        400,
        'bad-request',
      );
    }
  });
});
