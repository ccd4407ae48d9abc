import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRequest } from '../helpers/samples';
import {
  expectProblem,
  post,
  sealedSubmission,
  submitted,
  transition,
} from './helpers/applications';
import { startTestServer, type TestServer } from './helpers/server';
import { call, DEV_PASSWORD, dpopProof, signIn, type Session } from './helpers/sign-in';

const APP_ORIGIN = 'https://app.example';

describe('headers, CORS and rate limits', () => {
  let server: TestServer;
  let residentA: Session;
  let residentB: Session;

  beforeAll(async () => {
    server = await startTestServer({
      corsOrigins: [APP_ORIGIN],
      rateLimit: { perIpPerMinute: 30, perSubjectPerMinute: 3 },
    });
    residentA = await signIn(server.url, 'resident-a');
    residentB = await signIn(server.url, 'resident-b');
  });
  afterAll(() => server.close());

  it('sends the security headers on API and identity provider responses', async () => {
    for (const path of ['/api/v1/municipalities', '/oidc/.well-known/openid-configuration']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).not.toContain("'unsafe-inline'");
      await response.body?.cancel();
    }
  });

  it('answers CORS only for the configured origins', async () => {
    const preflight = (origin: string, path: string) =>
      fetch(`${server.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, dpop, idempotency-key, content-type',
        },
      });
    const allowed = await preflight(APP_ORIGIN, '/api/v1/applications');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('dpop');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    const refused = await preflight('https://evil.example', '/api/v1/applications');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    await refused.body?.cancel();
    const token = await preflight(APP_ORIGIN, '/oidc/token');
    expect(token.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    await token.body?.cancel();
    const simple = await fetch(`${server.url}/api/v1/municipalities`, {
      headers: { origin: APP_ORIGIN },
    });
    expect(simple.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(simple.headers.get('access-control-expose-headers')).toContain('retry-after');
    await simple.body?.cancel();
  });

  it('limits each signed-in person, then each address, with 429 problem+json and Retry-After', async () => {
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 4; i++) {
      const response = await call(server.url, residentA, 'GET', '/api/v1/changes');
      statuses.push(response.status);
      if (response.status === 429) limited = response;
      else await response.body?.cancel();
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited?.headers.get('cache-control')).toBe('no-store');
    if (limited) await expectProblem(limited, 429, 'rate-limited');
    // Another person from the same address is not held up by the first one's limit.
    expect((await call(server.url, residentB, 'GET', '/api/v1/changes')).status).toBe(200);

    let byAddress: Response | undefined;
    for (let i = 0; i < 40 && !byAddress; i++) {
      const response = await fetch(`${server.url}/api/v1/municipalities/131059`);
      if (response.status === 429) byAddress = response;
      else await response.body?.cancel();
    }
    expect(byAddress).toBeDefined();
    expect(Number(byAddress?.headers.get('retry-after'))).toBeGreaterThan(0);
    if (byAddress) await expectProblem(byAddress, 429, 'rate-limited');
  });
});

describe('privacy and lifecycle', () => {
  const logs: string[] = [];
  let server: TestServer;
  let resident: Session;
  let clerk: Session;

  beforeAll(async () => {
    server = await startTestServer({
      logLevel: 'debug',
      logStream: { write: (line: string) => void logs.push(line) },
    });
    [resident, clerk] = await Promise.all([
      signIn(server.url, 'resident-a'),
      signIn(server.url, 'clerk-131059'),
    ]);
  });
  afterAll(() => server.close());

  it('marks every personal response no-store, refusals included', async () => {
    const { id } = await submitted(server.url, resident);
    const requests: [Session | undefined, string, string][] = [
      [resident, 'GET', `/api/v1/applications/${id}`],
      [resident, 'GET', '/api/v1/applications/00000000-0000-4000-8000-000000000000'],
      [undefined, 'GET', `/api/v1/applications/${id}`],
      [resident, 'GET', '/api/v1/changes'],
      [resident, 'GET', `/api/v1/attachments/${'0'.repeat(64)}`],
      [clerk, 'GET', '/api/v1/clerk/applications?municipality=131059'],
      [resident, 'GET', '/api/v1/clerk/applications?municipality=131059'],
    ];
    for (const [session, method, path] of requests) {
      const response = session
        ? await call(server.url, session, method, path)
        : await fetch(`${server.url}${path}`, { method });
      expect([path, response.headers.get('cache-control')]).toEqual([path, 'no-store']);
      await response.body?.cancel();
    }
  });

  it('logs no personal data, tokens or secrets through a whole submission and its handling', async () => {
    const submission = await sealedSubmission(server.url);
    const response = await post(server.url, resident, submission);
    const { id } = (await response.json()) as { id: string };
    await transition(server.url, clerk, id, { to: 'rejected', reason: 'Ana Souza 1985-07-20' });
    await call(server.url, clerk, 'GET', `/api/v1/clerk/applications/${id}`);
    await call(server.url, resident, 'GET', `/api/v1/applications/${id}`);
    await call(server.url, resident, 'GET', '/api/v1/changes');
    const bytes = randomBytes(256);
    const hash = createHash('sha256').update(bytes).digest('hex');
    await call(server.url, resident, 'PUT', `/api/v1/attachments/${hash}`, {
      body: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    await post(server.url, resident, { ...submission, municipalityCode: 'Ana Souza' });
    await signIn(server.url, 'resident-b');

    expect(logs.length).toBeGreaterThan(10);
    const text = logs.join('\n');
    const person = sampleRequest.persons[0];
    for (const secret of [
      sampleRequest.requester.name,
      sampleRequest.requester.dateOfBirth,
      person?.residentRecordCode ?? '24727059608',
      submission.sealed.slice(0, 40),
      resident.accessToken.slice(-40),
      DEV_PASSWORD,
      hash,
      id,
    ]) {
      expect(text).not.toContain(secret);
    }
    // Structured: one JSON object per line, requests by route pattern.
    const entries = logs.map((line) => JSON.parse(line) as { req?: { route?: string } });
    expect(entries.some((e) => e.req?.route === '/api/v1/applications/:id')).toBe(true);
  });

  it('finishes a request in flight when it shuts down', async () => {
    const bytes = randomBytes(256 * 1024);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const url = new URL(`${server.url}/api/v1/attachments/${hash}`);
    const proof = await dpopProof(resident, 'PUT', url.toString());
    const answered = new Promise<number>((resolve, reject) => {
      const slow = httpRequest(url, {
        method: 'PUT',
        headers: {
          authorization: `DPoP ${resident.accessToken}`,
          dpop: proof,
          'content-type': 'application/octet-stream',
          'content-length': String(bytes.length),
        },
      });
      slow.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      slow.on('error', reject);
      slow.write(bytes.subarray(0, 1024));
      setTimeout(() => slow.end(bytes.subarray(1024)), 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    let closed = false;
    const closing = server.app.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    expect(await answered).toBe(201);
    await closing;
    expect(closed).toBe(true);
    const [row] = await server.db.query('SELECT size FROM attachments WHERE sha256 = $1', [hash]);
    expect(row).toEqual({ size: bytes.length });
  });
});
