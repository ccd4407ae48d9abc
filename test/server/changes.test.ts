import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, submitted, transition } from './helpers/applications';
import { startTestServer, type TestServer } from './helpers/server';
import { call, signIn, type Session } from './helpers/sign-in';

interface Change {
  id: string;
  status: string;
  updatedAt: string;
  reason?: string;
}
interface Page {
  changes: Change[];
  cursor: string;
  hasMore: boolean;
}

describe('GET /api/v1/changes', () => {
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

  const page = async (session: Session, after: string, limit?: number): Promise<Page> => {
    const query = new URLSearchParams({ after, ...(limit ? { limit: String(limit) } : {}) });
    const response = await call(server.url, session, 'GET', `/api/v1/changes?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return (await response.json()) as Page;
  };

  /** Reads from a cursor to the end, page by page. */
  const drain = async (session: Session, from = '', limit = 3) => {
    const changes: Change[] = [];
    let cursor = from;
    for (;;) {
      const next = await page(session, cursor, limit);
      changes.push(...next.changes);
      cursor = next.cursor;
      if (!next.hasMore) return { changes, cursor };
    }
  };

  it('starts empty, with a cursor that stays put', async () => {
    const first = await page(resident, '');
    expect(first).toMatchObject({ changes: [], hasMore: false });
    expect(typeof first.cursor).toBe('string');
    const again = await page(resident, first.cursor);
    expect(again.cursor).toBe(first.cursor);
  });

  it('pages through every change once, in order, across more than ten of them', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await submitted(server.url, resident)).id);
    for (const id of ids.slice(0, 5))
      expect((await transition(server.url, clerk, id, { to: 'accepted' })).status).toBe(200);
    const { changes } = await drain(resident, '', 2);
    expect(changes).toHaveLength(11);
    expect(changes.slice(0, 6).map((c) => c.id)).toEqual(ids);
    expect(changes.slice(6).map((c) => `${c.id}:${c.status}`)).toEqual(
      ids.slice(0, 5).map((id) => `${id}:accepted`),
    );
    const everything = await page(resident, '', 500);
    expect(everything.changes).toEqual(changes);
  });

  it('neither skips nor repeats a change while others are being written', async () => {
    const { cursor: start } = await drain(resident);
    const ids = await Promise.all(
      Array.from({ length: 8 }, async () => (await submitted(server.url, resident)).id),
    );
    const seen: Change[] = [];
    let cursor = start;
    const writers = Promise.all(
      ids.map(async (id) => {
        await transition(server.url, clerk, id, { to: 'accepted' });
        await transition(server.url, clerk, id, { to: 'completed' });
      }),
    );
    let writing = true;
    void writers.finally(() => {
      writing = false;
    });
    while (writing) {
      const next = await page(resident, cursor, 4);
      seen.push(...next.changes);
      cursor = next.cursor;
    }
    await writers;
    seen.push(...(await drain(resident, cursor)).changes);
    const keys = seen.map((c) => `${c.id}:${c.status}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(
      ids.flatMap((id) => [`${id}:received`, `${id}:accepted`, `${id}:completed`]).sort(),
    );
  });

  it('refuses a cursor it did not make (400) and bounds the page size', async () => {
    for (const after of ['not-a-cursor', 'YzEuLTE', 'x'.repeat(101)]) {
      const response = await call(server.url, resident, 'GET', `/api/v1/changes?after=${after}`);
      await expectProblem(response, 400, 'bad-request');
    }
    for (const limit of ['0', '501', 'many']) {
      const response = await call(server.url, resident, 'GET', `/api/v1/changes?limit=${limit}`);
      await expectProblem(response, 400, 'bad-request');
    }
  });

  it('shows each resident only their own changes', async () => {
    const mine = await submitted(server.url, resident);
    const theirs = await submitted(server.url, other);
    const ownFeed = await drain(resident);
    const otherFeed = await drain(other);
    expect(ownFeed.changes.map((c) => c.id)).toContain(mine.id);
    expect(ownFeed.changes.map((c) => c.id)).not.toContain(theirs.id);
    expect(otherFeed.changes.map((c) => c.id)).toEqual([theirs.id]);
  });
});
