import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitted } from './helpers/applications';
import { rawRequest, type RawResponse } from './helpers/raw-http';
import { startTestServer, type TestServer } from './helpers/server';
import { call, signIn, type Session } from './helpers/sign-in';

/** A personal value a careless client might put in a URL; it must come back nowhere. */
const NAME = 'AnaSouzaRibeiro';

/** The headers every answer carries, whatever produced it. */
function expectGuarded(headers: { get(name: string): string | null | undefined }) {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(headers.get('permissions-policy')).toContain('geolocation=()');
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers.get('cache-control')).toBe('no-store');
}

function expectBareProblem(response: RawResponse, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expectGuarded({ get: (name) => response.headers.get(name) });
  const body = JSON.parse(response.body) as Record<string, unknown>;
  expect(body).toMatchObject({
    status,
    code: 'bad-request',
    type: 'urn:madoguchi:problem:bad-request',
  });
  // Nothing of the request comes back: not the value, not the path.
  expect(response.body).not.toContain(NAME);
  expect(response.body).not.toContain('/api/');
}

describe('answers the router and the HTTP parser give', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers a parameter over its length (414) as a bare problem', async () => {
    const response = await rawRequest(
      server.url,
      `GET /api/v1/applications/${NAME}${'x'.repeat(100)} HTTP/1.1\r\nHost: test\r\nConnection: close`,
    );
    expectBareProblem(response, 414);
  });

  it('answers a malformed percent-encoding in a parameter (400) as a bare problem', async () => {
    const response = await rawRequest(
      server.url,
      `GET /api/v1/applications/${NAME}%E0%A4%A HTTP/1.1\r\nHost: test\r\nConnection: close`,
    );
    expectBareProblem(response, 400);
  });

  it('answers a URL over the header size limit (431) as a bare problem', async () => {
    const response = await rawRequest(
      server.url,
      `GET /api/v1/changes?after=${NAME}${'y'.repeat(20_000)} HTTP/1.1\r\nHost: test`,
    );
    expectBareProblem(response, 431);
  });

  it('answers unknown paths, with values in them, as a bare 404 problem', async () => {
    for (const path of [
      `/api/v1/${NAME}`,
      `/api/v1/applications/${NAME}/x?name=${NAME}`,
      `/${NAME}`,
    ]) {
      const response = await fetch(`${server.url}${path}`);
      const text = await response.text();
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expectGuarded(response.headers);
      expect(text).not.toContain(NAME);
    }
  });
});

describe('no-store on the route the router matched', () => {
  let server: TestServer;
  let resident: Session;
  let clerk: Session;

  beforeAll(async () => {
    server = await startTestServer();
    [resident, clerk] = await Promise.all([
      signIn(server.url, 'resident-a'),
      signIn(server.url, 'clerk-131059'),
    ]);
  });
  afterAll(() => server.close());

  it('marks percent-encoded spellings of personal routes no-store', async () => {
    const { id } = await submitted(server.url, resident);
    const bytes = randomBytes(64);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const put = await call(server.url, resident, 'PUT', `/api/v1/attachments/${hash}`, {
      body: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(put.status).toBe(201);
    const requests: [Session, string, number][] = [
      [clerk, '/api/v1/%63lerk/applications?municipality=131059', 200],
      [clerk, `/api/v1/clerk/%61pplications/${id}`, 200],
      [resident, `/api/v1/%61pplications/${id}`, 200],
      [resident, '/api/v1/change%73', 200],
      [resident, `/api/v1/%61ttachments/${hash}`, 200],
      [resident, `/%61pi/v1/applications/${id}`, 200],
    ];
    for (const [session, path, status] of requests) {
      const response = await call(server.url, session, 'GET', path);
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([
        path,
        status,
        'no-store',
      ]);
      await response.body?.cancel();
    }
  });

  it('lets only the public directory and keys be cached, and never a problem', async () => {
    const list = await fetch(`${server.url}/api/v1/%6dunicipalities`);
    expect(list.headers.get('cache-control')).toBe('public, max-age=300');
    expect(list.headers.get('etag')).toBeTruthy();
    await list.body?.cancel();
    const keys = await fetch(`${server.url}/api/v1/municipalities/131059/keys`);
    expect(keys.headers.get('cache-control')).toBe('public, max-age=300');
    await keys.body?.cancel();
    const missing = await fetch(`${server.url}/api/v1/municipalities/999999`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    await missing.body?.cancel();
  });
});
