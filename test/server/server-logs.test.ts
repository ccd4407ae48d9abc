import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, sealedSubmission, submitted, transition } from './helpers/applications';
import { rawRequest } from './helpers/raw-http';
import { startTestServer, type TestServer } from './helpers/server';
import { call, signIn, type Session } from './helpers/sign-in';

/** Values a careless or hostile client puts in URLs; none may reach the log. */
const NAME = 'HanakoYamadaSecret';
const BIRTH = '1985-07-20';

const PATTERN = /^(\/(v1|[a-z.-]+|:[a-zA-Z0-9]+))+$/;

/** Every string anywhere in a log entry, with the key it sits under. */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

describe('the server log of a run full of errors', () => {
  const logs: string[] = [];
  let server: TestServer;
  let resident: Session;
  let clerk: Session;

  beforeAll(async () => {
    server = await startTestServer({
      logLevel: 'trace',
      logStream: { write: (line: string) => void logs.push(line) },
      rateLimit: { perSubjectPerMinute: 25 },
    });
    [resident, clerk] = await Promise.all([
      signIn(server.url, 'resident-a'),
      signIn(server.url, 'clerk-131059'),
    ]);
  });
  afterAll(() => server.close());

  it('names route patterns and statuses, never a path with values, a query or a value', async () => {
    const start = logs.length;
    const { id } = await submitted(server.url, resident);
    const hash = createHash('sha256').update(randomBytes(32)).digest('hex');
    const raw = (line: string) =>
      rawRequest(server.url, `${line} HTTP/1.1\r\nHost: test\r\nConnection: close`);
    // The router's and the parser's refusals.
    await raw(`GET /api/v1/applications/${NAME}${'x'.repeat(100)}`);
    await raw(`GET /api/v1/applications/${NAME}%E0%A4%A`);
    await rawRequest(
      server.url,
      `GET /api/v1/changes?q=${NAME}${'y'.repeat(20_000)} HTTP/1.1\r\nHost: t`,
    );
    // Unknown paths and bad queries with values in them, anonymous and signed in.
    await (await fetch(`${server.url}/api/v1/${NAME}?dob=${BIRTH}`)).text();
    await (await fetch(`${server.url}/api/v1/clerk/applications?municipality=${NAME}`)).text();
    await (
      await call(server.url, clerk, 'GET', `/api/v1/clerk/applications?municipality=${NAME}`)
    ).text();
    await (
      await call(server.url, clerk, 'GET', `/api/v1/clerk/applications/${id}?dob=${BIRTH}`)
    ).text();
    await (await call(server.url, resident, 'GET', `/api/v1/clerk/applications/${id}`)).text();
    await (await call(server.url, resident, 'GET', `/api/v1/applications/${NAME}`)).text();
    await (await call(server.url, resident, 'GET', `/api/v1/changes?after=${NAME}`)).text();
    await (await call(server.url, resident, 'GET', `/api/v1/attachments/${hash}`)).text();
    await (await call(server.url, resident, 'GET', `/api/v1/%61pplications/${id}`)).text();
    await (await fetch(`${server.url}/api/v1/applications/${id}`)).text();
    // Bodies that fail parsing or validation, and a refused transition with a reason.
    await (
      await call(server.url, resident, 'POST', '/api/v1/applications', {
        body: `{"name":"${NAME}"`,
        headers: { 'idempotency-key': NAME },
      })
    ).text();
    const submission = await sealedSubmission(server.url);
    await (await post(server.url, resident, { ...submission, municipalityCode: NAME })).text();
    await (await transition(server.url, clerk, id, { to: 'completed', reason: NAME })).text();
    await (await transition(server.url, clerk, id, { to: 'rejected', reason: NAME })).text();
    await new Promise((resolve) => setTimeout(resolve, 200));

    const run = logs.slice(start);
    expect(run.length).toBeGreaterThan(20);
    const text = run.join('\n');
    for (const secret of [NAME, BIRTH, id, hash, resident.accessToken.slice(-30)]) {
      expect(text).not.toContain(secret);
    }
    const routes = new Set<string>();
    for (const line of run) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(entry)).not.toContain('url');
      for (const [key, value] of strings(entry)) {
        expect([key, value]).not.toEqual([key, expect.stringMatching(/[?%]/)]);
        // Anything path-like is a pattern: fixed lowercase words (and v1) or :parameters.
        if (value.includes('/'))
          expect([key, value]).toEqual([key, expect.stringMatching(PATTERN)]);
        if (key === 'route') routes.add(value);
      }
    }
    // The requests are there, by pattern.
    expect(routes).toContain('/api/v1/applications/:id');
    expect(routes).toContain('/api/v1/clerk/applications/:id');
    const statuses = run
      .map((line) => JSON.parse(line) as { res?: { statusCode?: number } })
      .map((entry) => entry.res?.statusCode)
      .filter((status) => status !== undefined);
    expect(new Set(statuses)).toEqual(new Set([200, 201, 400, 401, 403, 404, 409, 414, 431]));
  });
});
