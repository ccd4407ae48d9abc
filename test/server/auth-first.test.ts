import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './helpers/applications';
import { rawRequest } from './helpers/raw-http';
import { startTestServer, type TestServer } from './helpers/server';
import { call, signIn, type Session } from './helpers/sign-in';

const ID = '00000000-0000-4000-8000-000000000000';
const HASH = 'a'.repeat(64);

/** Protected routes with bodies that would fail parsing or validation if they were looked at. */
const protectedCalls: { method: string; path: string; type: string; body: string }[] = [
  { method: 'POST', path: '/api/v1/applications', type: 'application/json', body: '{"kind": 42' },
  { method: 'POST', path: '/api/v1/applications', type: 'text/plain', body: 'hello' },
  { method: 'POST', path: '/api/v1/applications', type: 'application/json', body: '{}' },
  { method: 'PUT', path: `/api/v1/attachments/${HASH}`, type: 'application/json', body: '{}' },
  { method: 'PUT', path: '/api/v1/attachments/not-a-hash', type: 'text/plain', body: 'x' },
  {
    method: 'POST',
    path: `/api/v1/clerk/applications/${ID}/transitions`,
    type: 'application/json',
    body: '{"to": 7}',
  },
  { method: 'GET', path: '/api/v1/changes?limit=-5&after=%%%', type: '', body: '' },
  { method: 'GET', path: '/api/v1/clerk/applications?municipality=12', type: '', body: '' },
  { method: 'GET', path: '/api/v1/applications/not-an-id', type: '', body: '' },
];

describe('authentication before anything else', () => {
  const logs: string[] = [];
  let server: TestServer;
  let resident: Session;

  beforeAll(async () => {
    server = await startTestServer({
      logLevel: 'debug',
      logStream: { write: (line: string) => void logs.push(line) },
    });
    resident = await signIn(server.url, 'resident-a');
  });
  afterAll(() => server.close());

  it('answers anonymous callers 401, never 400, 413 or 415', async () => {
    for (const { method, path, type, body } of protectedCalls) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: type ? { 'content-type': type } : {},
        body: body || undefined,
      });
      expect([method, path, type, response.status]).toEqual([method, path, type, 401]);
      expect(response.headers.get('www-authenticate')).toMatch(/^DPoP /);
      await expectProblem(response, 401, 'unauthorized');
    }
    const big = await fetch(`${server.url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"sealed":"${'x'.repeat(2 * 1024 * 1024)}"}`,
    });
    expect(big.status).toBe(401);
    await big.body?.cancel();
  });

  it('answers an anonymous caller before its body has even arrived', async () => {
    // One byte of a declared megabyte: a server that read the body first would wait for the rest.
    for (const path of ['/api/v1/applications', `/api/v1/clerk/applications/${ID}/transitions`]) {
      const response = await rawRequest(
        server.url,
        `POST ${path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 1000000`,
        { bodyStart: '{', timeoutMs: 5_000 },
      );
      expect([path, response.status]).toEqual([path, 401]);
    }
  });

  it('still validates the bodies of signed-in callers', async () => {
    const response = await call(server.url, resident, 'POST', '/api/v1/applications', {
      body: '{}',
      headers: { 'idempotency-key': 'k-1' },
    });
    await expectProblem(response, 400, 'bad-request');
  });

  it('answers a clerk route once: 401 anonymous, 403 for a resident, nothing sent twice', async () => {
    const before = logs.length;
    const anonymous = await fetch(`${server.url}/api/v1/clerk/applications?municipality=131059`);
    await expectProblem(anonymous, 401, 'unauthorized');
    const anonymousOne = await fetch(`${server.url}/api/v1/clerk/applications/${ID}`);
    await expectProblem(anonymousOne, 401, 'unauthorized');
    const asResident = await call(server.url, resident, 'GET', `/api/v1/clerk/applications/${ID}`);
    await expectProblem(asResident, 403, 'forbidden');
    // Let any second send (and its log line) happen before reading the log.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const text = logs.slice(before).join('\n');
    expect(text).not.toContain('FST_ERR_REP_ALREADY_SENT');
    expect(text).not.toMatch(/already sent/i);
    const completed = logs
      .slice(before)
      .map((line) => JSON.parse(line) as { msg?: string; res?: { statusCode?: number } })
      .filter((entry) => entry.msg === 'request completed')
      .map((entry) => entry.res?.statusCode);
    expect(completed).toEqual([401, 401, 403]);
  });
});
