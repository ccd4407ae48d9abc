import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRequest } from '../helpers/samples';
import { expectProblem, submitted, transition } from './helpers/applications';
import { startTestServer, type TestServer } from './helpers/server';
import { call, signIn, type Session } from './helpers/sign-in';

type Status = 'received' | 'accepted' | 'rejected' | 'completed';

/** The path to reach each status from a fresh application. */
const pathTo: Record<Status, { to: string; reason?: string }[]> = {
  received: [],
  accepted: [{ to: 'accepted' }],
  rejected: [{ to: 'rejected', reason: 'The fee was missing.' }],
  completed: [{ to: 'accepted' }, { to: 'completed' }],
};

const allowed: Record<Status, string[]> = {
  received: ['accepted', 'rejected'],
  accepted: ['completed', 'rejected'],
  rejected: [],
  completed: [],
};

describe('clerk endpoints', () => {
  let server: TestServer;
  let resident: Session;
  let clerk: Session;
  let otherClerk: Session;

  beforeAll(async () => {
    server = await startTestServer();
    [resident, clerk, otherClerk] = await Promise.all([
      signIn(server.url, 'resident-a'),
      signIn(server.url, 'clerk-131059'),
      signIn(server.url, 'clerk-172014'),
    ]);
  });
  afterAll(() => server.close());

  async function applicationIn(status: Status): Promise<string> {
    const { id } = await submitted(server.url, resident);
    for (const step of pathTo[status]) {
      expect((await transition(server.url, clerk, id, step)).status).toBe(200);
    }
    return id;
  }

  for (const from of Object.keys(allowed) as Status[]) {
    for (const to of ['accepted', 'rejected', 'completed']) {
      const ok = allowed[from].includes(to);
      it(`${from} → ${to}: ${ok ? 'allowed' : '409 invalid-transition'}`, async () => {
        const id = await applicationIn(from);
        const reason = to === 'rejected' ? 'A copy of the residence card is needed.' : undefined;
        const response = await transition(server.url, clerk, id, { to, reason });
        if (!ok) {
          await expectProblem(response, 409, 'invalid-transition');
          return;
        }
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(await response.json()).toMatchObject({ id, status: to, ...(reason && { reason }) });
        const status = await call(server.url, resident, 'GET', `/api/v1/applications/${id}`);
        expect(await status.json()).toMatchObject({ id, status: to, ...(reason && { reason }) });
      });
    }
  }

  it('needs a reason to reject (400 with the field path)', async () => {
    const id = await applicationIn('received');
    const body = await expectProblem(
      await transition(server.url, clerk, id, { to: 'rejected' }),
      400,
      'bad-request',
    );
    expect(body.problems).toEqual([{ path: ['reason'], reason: 'required' }]);
    await expectProblem(
      await transition(server.url, clerk, id, { to: 'archived' }),
      400,
      'bad-request',
    );
  });

  it('writes a change-feed row for each transition, in order, with the reason', async () => {
    const id = await applicationIn('completed');
    const rejected = await applicationIn('rejected');
    const feed = (await (await call(server.url, resident, 'GET', '/api/v1/changes')).json()) as {
      changes: { id: string; status: string; reason?: string }[];
    };
    expect(feed.changes.filter((c) => c.id === id).map((c) => c.status)).toEqual([
      'received',
      'accepted',
      'completed',
    ]);
    expect(feed.changes.filter((c) => c.id === rejected).at(-1)).toMatchObject({
      status: 'rejected',
      reason: 'The fee was missing.',
    });
  });

  it('shows the clerk the opened application, listed by municipality and status', async () => {
    const id = await applicationIn('accepted');
    const one = await call(server.url, clerk, 'GET', `/api/v1/clerk/applications/${id}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('cache-control')).toBe('no-store');
    expect(await one.json()).toMatchObject({
      id,
      municipalityCode: '131059',
      kind: 'certified-copy',
      status: 'accepted',
      payload: sampleRequest,
    });
    const list = await call(
      server.url,
      clerk,
      'GET',
      '/api/v1/clerk/applications?municipality=131059&status=accepted',
    );
    const page = (await list.json()) as { applications: { id: string; status: string }[] };
    expect(page.applications.map((a) => a.id)).toContain(id);
    expect(page.applications.every((a) => a.status === 'accepted')).toBe(true);
  });

  it('pages the list with an opaque cursor, without gaps or repeats', async () => {
    for (let i = 0; i < 3; i++) await applicationIn('received');
    const all = (await (
      await call(server.url, clerk, 'GET', '/api/v1/clerk/applications?municipality=131059')
    ).json()) as { applications: { id: string }[] };
    const seen: string[] = [];
    let cursor = '';
    for (;;) {
      const response = await call(
        server.url,
        clerk,
        'GET',
        `/api/v1/clerk/applications?municipality=131059&limit=2&after=${cursor}`,
      );
      const page = (await response.json()) as {
        applications: { id: string }[];
        cursor: string;
        hasMore: boolean;
      };
      seen.push(...page.applications.map((a) => a.id));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual(all.applications.map((a) => a.id));
  });

  it('keeps a clerk to their own municipality: 403 for its list, 404 for its applications', async () => {
    const id = await applicationIn('received');
    await expectProblem(
      await call(server.url, otherClerk, 'GET', '/api/v1/clerk/applications?municipality=131059'),
      403,
      'forbidden',
    );
    await expectProblem(
      await call(server.url, otherClerk, 'GET', `/api/v1/clerk/applications/${id}`),
      404,
      'not-found',
    );
    await expectProblem(
      await transition(server.url, otherClerk, id, { to: 'accepted' }),
      404,
      'not-found',
    );
    const own = (await (
      await call(server.url, otherClerk, 'GET', '/api/v1/clerk/applications?municipality=172014')
    ).json()) as { applications: { id: string }[] };
    expect(own.applications.map((a) => a.id)).not.toContain(id);
  });

  it('refuses residents (403) and anonymous callers (401) on every clerk endpoint', async () => {
    const id = await applicationIn('received');
    const requests: [string, string, string?][] = [
      ['GET', '/api/v1/clerk/applications?municipality=131059'],
      ['GET', `/api/v1/clerk/applications/${id}`],
      ['POST', `/api/v1/clerk/applications/${id}/transitions`, JSON.stringify({ to: 'accepted' })],
    ];
    for (const [method, path, body] of requests) {
      await expectProblem(
        await call(server.url, resident, method, path, body ? { body } : {}),
        403,
        'forbidden',
      );
      const anonymous = await fetch(`${server.url}${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body,
      });
      await expectProblem(anonymous, 401, 'unauthorized');
    }
    const status = await call(server.url, resident, 'GET', `/api/v1/applications/${id}`);
    expect(await status.json()).toMatchObject({ status: 'received' });
  });
});
