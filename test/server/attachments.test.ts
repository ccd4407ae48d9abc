import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './helpers/applications';
import { startTestServer, type TestServer } from './helpers/server';
import { call, signIn, type Session } from './helpers/sign-in';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const octets = { 'content-type': 'application/octet-stream' };

describe('PUT /api/v1/attachments/{sha256}', () => {
  let server: TestServer;
  let resident: Session;
  let other: Session;

  beforeAll(async () => {
    server = await startTestServer();
    [resident, other] = await Promise.all([
      signIn(server.url, 'resident-a'),
      signIn(server.url, 'resident-b'),
    ]);
  });
  afterAll(() => server.close());

  const put = (session: Session, hash: string, body: Uint8Array, headers = octets) =>
    call(server.url, session, 'PUT', `/api/v1/attachments/${hash}`, { body, headers });

  it('stores sealed bytes under their hash (201), and the same bytes again answer the same (200)', async () => {
    const bytes = randomBytes(64 * 1024);
    const hash = sha256(bytes);
    const first = await put(resident, hash, bytes);
    expect(first.status).toBe(201);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const receipt: unknown = await first.json();
    expect(receipt).toEqual({ sha256: hash, size: bytes.length });
    const again = await put(resident, hash.toUpperCase(), bytes);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(receipt);

    const download = await call(server.url, resident, 'GET', `/api/v1/attachments/${hash}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    const head = await call(server.url, resident, 'HEAD', `/api/v1/attachments/${hash}`);
    expect(head.status).toBe(200);
  });

  it('refuses bytes that do not match the hash (422) and a path that is no sha256 (400)', async () => {
    const bytes = randomBytes(1000);
    const wrong = sha256(randomBytes(10));
    await expectProblem(await put(resident, wrong, bytes), 422, 'attachment-hash-mismatch');
    const missing = await call(server.url, resident, 'GET', `/api/v1/attachments/${wrong}`);
    await expectProblem(missing, 404, 'not-found');
    await expectProblem(await put(resident, 'abc', bytes), 400, 'bad-request');
  });

  it('takes only application/octet-stream (415)', async () => {
    const body = new TextEncoder().encode('{"a":1}');
    const response = await put(resident, sha256(body), body, {
      'content-type': 'application/json',
    });
    await expectProblem(response, 415, 'bad-request');
  });

  it('refuses more than 10 MB (413) on this route', async () => {
    const bytes = new Uint8Array(10 * 1024 * 1024 + 1);
    await expectProblem(await put(resident, sha256(bytes), bytes), 413, 'payload-too-large');
    const exactly = new Uint8Array(10 * 1024 * 1024);
    expect((await put(resident, sha256(exactly), exactly)).status).toBe(201);
  });

  it('keeps attachments per owner: another resident gets 404 and stores their own copy', async () => {
    const bytes = randomBytes(2048);
    const hash = sha256(bytes);
    expect((await put(resident, hash, bytes)).status).toBe(201);
    for (const method of ['GET', 'HEAD']) {
      const theirs = await call(server.url, other, method, `/api/v1/attachments/${hash}`);
      expect(theirs.status).toBe(404);
      await theirs.body?.cancel();
    }
    // Uploading the same bytes tells them nothing about anyone else's: a fresh 201.
    expect((await put(other, hash, bytes)).status).toBe(201);
  });

  it('needs a signed-in owner (401)', async () => {
    const bytes = randomBytes(16);
    const response = await fetch(`${server.url}/api/v1/attachments/${sha256(bytes)}`, {
      method: 'PUT',
      headers: octets,
      body: bytes,
    });
    await expectProblem(response, 401, 'unauthorized');
  });
});
