import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchKey, sealTo } from '../helpers/sealing';
import { sampleRequest } from '../helpers/samples';
import { expectProblem, post, sealedSubmission, type Submission } from './helpers/applications';
import { startTestServer, type TestServer } from './helpers/server';
import { call, signIn, type Session } from './helpers/sign-in';

describe('POST /api/v1/applications', () => {
  let server: TestServer;
  let residentA: Session;
  let residentB: Session;
  let submission: Submission;

  beforeAll(async () => {
    server = await startTestServer();
    [residentA, residentB] = await Promise.all([
      signIn(server.url, 'resident-a'),
      signIn(server.url, 'resident-b'),
    ]);
    submission = await sealedSubmission(server.url);
  });
  afterAll(() => server.close());

  const count = async () =>
    (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications'))[0]?.n ??
    0;

  it('accepts a sealed application from a signed-in resident and returns a receipt', async () => {
    const response = await post(server.url, residentA, submission);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const receipt = (await response.json()) as Record<string, string>;
    expect(receipt).toMatchObject({
      status: 'received',
      receiptNumber: expect.stringMatching(/^131059-\d{4}-\d{5}-\d{5}$/) as unknown,
    });
    expect(Date.parse(receipt.receivedAt ?? '')).not.toBeNaN();
    const [row] = await server.db.query<{ owner_sub: string }>(
      'SELECT owner_sub FROM applications WHERE id = $1',
      [receipt.id],
    );
    expect(row?.owner_sub).toBe('resident-a');
  });

  it('refuses a submission without a token (401, WWW-Authenticate: DPoP)', async () => {
    const response = await fetch(`${server.url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(submission),
    });
    await expectProblem(response, 401, 'unauthorized');
    expect(response.headers.get('www-authenticate')).toMatch(/^DPoP /);
  });

  it('replays the first response for the same key and body, without a second application', async () => {
    const key = randomUUID();
    const before = await count();
    const first: unknown = await (await post(server.url, residentA, submission, key)).json();
    const again = await post(server.url, residentA, submission, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(first);
    expect(await count()).toBe(before + 1);
  });

  it('refuses the same key with a different body (422 idempotency-key-reused)', async () => {
    const key = randomUUID();
    await post(server.url, residentA, submission, key);
    const other = await sealedSubmission(server.url, '131059', { copies: 2 });
    await expectProblem(
      await post(server.url, residentA, other, key),
      422,
      'idempotency-key-reused',
    );
  });

  it('answers 409 with Retry-After while the first request with the key is in progress', async () => {
    const key = randomUUID();
    await server.db.query(
      "INSERT INTO idempotency_keys (owner_sub, key, request_hash, state) VALUES ('resident-a', $1, 'x', 'in-progress')",
      [key],
    );
    const other = await post(server.url, residentA, submission, key);
    await expectProblem(other, 422, 'idempotency-key-reused');
    const hash = createHash('sha256')
      .update(JSON.stringify([submission.municipalityCode, submission.kind, submission.sealed]))
      .digest('hex');
    await server.db.query('UPDATE idempotency_keys SET request_hash = $2 WHERE key = $1', [
      key,
      hash,
    ]);
    const same = await post(server.url, residentA, submission, key);
    expect(same.headers.get('retry-after')).toBe('1');
    await expectProblem(same, 409, 'request-in-progress');
  });

  it('requires an Idempotency-Key (400 missing-idempotency-key)', async () => {
    await expectProblem(
      await post(server.url, residentA, submission, null),
      400,
      'missing-idempotency-key',
    );
  });

  it('scopes keys per resident: two residents may use the same key string', async () => {
    const key = randomUUID();
    const a = await post(server.url, residentA, submission, key);
    const b = await post(server.url, residentB, submission, key);
    expect([a.status, b.status]).toEqual([201, 201]);
    const [receiptA, receiptB] = (await Promise.all([a.json(), b.json()])) as { id: string }[];
    expect(receiptA?.id).not.toBe(receiptB?.id);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
  });

  it('creates exactly one application from 50 concurrent identical requests', async () => {
    const key = randomUUID();
    const before = await count();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => post(server.url, residentA, submission, key)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
    const ids = new Set(
      await Promise.all(
        responses
          .filter((r) => r.status === 201)
          .map(async (r) => ((await r.json()) as { id: string }).id),
      ),
    );
    expect(ids.size).toBe(1);
    expect(await count()).toBe(before + 1);
  });

  it('refuses a tampered JWE, another city’s key or a wrong kind (422), leaving the key reusable', async () => {
    const parts = submission.sealed.split('.');
    const tag = parts[4] ?? '';
    parts[4] = `${tag.startsWith('A') ? 'B' : 'A'}${tag.slice(1)}`;
    const tampered = await post(server.url, residentA, { ...submission, sealed: parts.join('.') });
    await expectProblem(tampered, 422, 'sealed-payload-unreadable');

    const toKitami = await sealTo(await fetchKey(server.url, '012084'), sampleRequest);
    const wrongKey = await post(server.url, residentA, { ...submission, sealed: toKitami });
    await expectProblem(wrongKey, 422, 'sealed-payload-unreadable');

    const key = randomUUID();
    const wrongKind = await post(
      server.url,
      residentA,
      { ...submission, kind: 'slip-reissue' },
      key,
    );
    const body = await expectProblem(wrongKind, 422, 'payload-invalid');
    expect(body.problems).toContainEqual({ path: ['kind'], reason: 'kind-mismatch' });
    expect((await post(server.url, residentA, submission, key)).status).toBe(201);
  });

  it('refuses an unknown municipality (422) and a malformed body (400 with problems)', async () => {
    await expectProblem(
      await post(server.url, residentA, { ...submission, municipalityCode: '999999' }),
      422,
      'unknown-municipality',
    );
    const malformed = await expectProblem(
      await post(server.url, residentA, { municipalityCode: 'x', kind: 'nope' }),
      400,
      'bad-request',
    );
    expect(Array.isArray(malformed.problems)).toBe(true);
  });

  it('lists field paths and reasons for an invalid payload, never the values', async () => {
    const invalid = await sealedSubmission(server.url, '131059', {
      copies: 0,
      persons: [{ name: '', dateOfBirth: '1985-02-30' }],
    });
    const response = await post(server.url, residentA, invalid);
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).not.toContain('1985-02-30');
    expect(text).not.toContain('Ana Souza');
    const body = JSON.parse(text) as { problems: { path: (string | number)[] }[] };
    expect(body.problems.map((p) => p.path.join('.'))).toEqual(
      expect.arrayContaining(['copies', 'persons.0.dateOfBirth']),
    );
  });

  it('answers 413 problem+json for a body over 1 MB', async () => {
    const huge = { ...submission, sealed: 'a'.repeat(1_100_000) };
    await expectProblem(await post(server.url, residentA, huge), 413, 'payload-too-large');
  });

  it('shows a resident the status of their own application only', async () => {
    const receipt = (await (await post(server.url, residentA, submission)).json()) as {
      id: string;
      receiptNumber: string;
    };
    const own = await call(server.url, residentA, 'GET', `/api/v1/applications/${receipt.id}`);
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('no-store');
    const status = (await own.json()) as Record<string, string>;
    expect(status).toMatchObject({ id: receipt.id, receiptNumber: receipt.receiptNumber });
    expect(status.status).toBe('received');
    expect(Date.parse(status.updatedAt ?? '')).not.toBeNaN();
    const theirs = await call(server.url, residentB, 'GET', `/api/v1/applications/${receipt.id}`);
    await expectProblem(theirs, 404, 'not-found');
    expect(theirs.headers.get('cache-control')).toBe('no-store');
    const nonsense = await call(server.url, residentA, 'GET', '/api/v1/applications/not-a-uuid');
    await expectProblem(nonsense, 404, 'not-found');
  });
});
