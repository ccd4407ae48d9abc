import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchKey, sealTo } from '../helpers/sealing';
import { sampleRequest } from '../helpers/samples';
import { startServer, type RunningServer } from '../helpers/server';

describe('POST /api/v1/applications', () => {
  let server: RunningServer;
  let sealed: string;

  beforeAll(async () => {
    server = await startServer();
    sealed = await sealTo(await fetchKey(server.url, '131059'), sampleRequest);
  });
  afterAll(() => server.close());

  const post = (body: unknown, key?: string) =>
    fetch(`${server.url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });
  const count = async () =>
    (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications'))[0]?.n;
  const submission = () => ({ municipalityCode: '131059', kind: 'certified-copy', sealed });

  it('accepts a sealed application and returns a receipt', async () => {
    const response = await post(submission(), randomUUID());
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const receipt = (await response.json()) as Record<string, string>;
    expect(receipt).toMatchObject({
      status: 'received',
      receiptNumber: expect.stringMatching(/^131059-\d{4}-\d{6}$/) as unknown,
    });
    expect(Date.parse(receipt.receivedAt ?? '')).not.toBeNaN();
  });

  it('replays the first response for the same key and body, without a second application', async () => {
    const key = randomUUID();
    const before = await count();
    const first: unknown = await (await post(submission(), key)).json();
    const again = await post(submission(), key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(first);
    expect(await count()).toBe((before ?? 0) + 1);
  });

  it('refuses the same key with a different body (422)', async () => {
    const key = randomUUID();
    await post(submission(), key);
    const other = await sealTo(await fetchKey(server.url, '131059'), {
      ...sampleRequest,
      copies: 2,
    });
    const response = await post({ ...submission(), sealed: other }, key);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 422, code: 'idempotency-key-reused' });
  });

  it('requires an Idempotency-Key (400)', async () => {
    const response = await post(submission());
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'missing-idempotency-key' });
  });

  it('creates exactly one application from 50 concurrent identical requests', async () => {
    const key = randomUUID();
    const before = await count();
    const responses = await Promise.all(Array.from({ length: 50 }, () => post(submission(), key)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
    expect(await count()).toBe((before ?? 0) + 1);
  });

  it('refuses a tampered JWE, another city key, or a mismatching kind (422), leaving the key reusable', async () => {
    const parts = sealed.split('.');
    const tag = parts[4] ?? '';
    parts[4] = `${tag.startsWith('A') ? 'B' : 'A'}${tag.slice(1)}`;
    const tampered = await post({ ...submission(), sealed: parts.join('.') }, randomUUID());
    expect(tampered.status).toBe(422);
    expect(await tampered.json()).toMatchObject({ code: 'sealed-payload-unreadable' });

    const toKitami = await sealTo(await fetchKey(server.url, '012084'), sampleRequest);
    const wrongKey = await post({ ...submission(), sealed: toKitami }, randomUUID());
    expect(await wrongKey.json()).toMatchObject({ code: 'sealed-payload-unreadable' });

    const key = randomUUID();
    const wrongKind = await post({ ...submission(), kind: 'slip-reissue' }, key);
    expect(wrongKind.status).toBe(422);
    const body = (await wrongKind.json()) as {
      code: string;
      problems: { path: string[]; reason: string }[];
    };
    expect(body.code).toBe('payload-invalid');
    expect(body.problems).toContainEqual({ path: ['kind'], reason: 'kind-mismatch' });
    expect((await post(submission(), key)).status).toBe(201);
  });

  it('lists field paths and reasons for an invalid payload, never the values', async () => {
    const invalid = {
      ...sampleRequest,
      copies: 0,
      persons: [{ name: '', dateOfBirth: '1985-02-30' }],
    };
    const response = await post(
      { ...submission(), sealed: await sealTo(await fetchKey(server.url, '131059'), invalid) },
      randomUUID(),
    );
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).not.toContain('1985-02-30');
    expect(text).not.toContain('Ana Souza');
    const body = JSON.parse(text) as { problems: { path: (string | number)[] }[] };
    expect(body.problems.map((p) => p.path.join('.'))).toEqual(
      expect.arrayContaining(['copies', 'persons.0.dateOfBirth']),
    );
  });
});
