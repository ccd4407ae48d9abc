import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { submissions } from '../helpers/fault-proxy';
import { draft, pressSend, signedInPhone } from '../helpers/sync-flows';
import { useSyncLab } from '../helpers/sync-lab';
import { serverCountsByKey } from '../helpers/sync-server';
import { AppPage } from './pages/app-page';

const FLAP_MS = 36_000;

describe('bad networks and two tabs (real server, fault proxy)', () => {
  const lab = useSyncLab();

  const onServer = async (ids: string[]) => {
    const counts = await serverCountsByKey(lab.server.db);
    return ids.map((id) => counts.get(id) ?? 0);
  };
  const posts = (ids: string[], from = 0) =>
    lab.server.proxy.log
      .slice(from)
      .filter((r) => submissions(r) && ids.includes(r.idempotencyKey ?? ''));

  it('two tabs: exactly one sends, each application once (R9)', async () => {
    const { context, app: tabA } = await signedInPhone(lab.browser, lab.server.url, 'resident-b');
    const tabB = await AppPage.open(context, lab.server.url, '/applications');
    const sentBy = new Map<Page, string[]>();
    for (const tab of [tabA, tabB]) {
      sentBy.set(tab.page, []);
      tab.page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/api/v1/applications'))
          sentBy.get(tab.page)?.push(request.headers()['idempotency-key'] ?? '');
      });
    }
    // Both tabs queue while offline; coming back online wakes both at the same moment.
    await context.setOffline(true);
    const ids: string[] = [];
    for (const tab of [tabA, tabB, tabA, tabB, tabA, tabB]) {
      ids.push(await draft(tab));
      await pressSend(tab);
      await tab.page.getByText('Waiting to send', { exact: true }).first().waitFor();
    }
    const mark = lab.server.proxy.log.length;
    for (const tab of [tabA, tabB]) sentBy.set(tab.page, []);
    await context.setOffline(false);
    await expect.poll(() => onServer(ids), { timeout: 30_000 }).toEqual(ids.map(() => 1));
    await tabA.page.waitForTimeout(1_000);
    const drained = posts(ids, mark);
    expect(drained.map((r) => r.idempotencyKey).sort()).toEqual([...ids].sort());
    expect(drained.every((r) => r.status === 201)).toBe(true);
    const senders = [...sentBy.values()].filter((keys) => keys.length > 0);
    expect(senders).toHaveLength(1);
    expect(lab.server.proxy.peakInFlight('POST', '/api/v1/applications')).toBe(1);
    await context.close();
  });

  it('a network flapping for a while: no storm, and everything arrives once (R6, R7)', async () => {
    const { context, app } = await signedInPhone(lab.browser, lab.server.url, 'resident-a');
    const ids: string[] = [];
    await context.setOffline(true);
    for (let i = 0; i < 10; i++) {
      ids.push(await draft(app));
      await pressSend(app);
    }
    expect(await onServer(ids)).toEqual(ids.map(() => 0));

    // Offline, then the city unreachable, then its service failing, then briefly up, in turn;
    // the middle stretch is a long outage of the city's side (no `online` event to hurry).
    const mark = lab.server.proxy.log.length;
    const refusedBefore = lab.server.proxy.refused;
    const started = Date.now();
    const states = ['offline', 'down', 'errors', 'up'] as const;
    let onlineEvents = 0;
    let removeErrors = () => {};
    for (let step = 0; Date.now() - started < FLAP_MS; step++) {
      const state = states[step % states.length] ?? 'up';
      const long = step === 5;
      removeErrors();
      lab.server.proxy.setDown(state === 'down');
      if (state === 'errors')
        removeErrors = lab.server.proxy.inject({
          match: submissions,
          fault: { kind: 'status', status: 503 },
        });
      if (state === 'offline') await context.setOffline(true);
      else if (state === 'down') {
        await context.setOffline(false);
        onlineEvents += 1;
      }
      await app.page.waitForTimeout(long ? 12_000 : state === 'up' ? 600 : 2_500);
    }
    const flapping = posts(ids, mark);
    // Refused connections carry no request to count; all of them were the app's (no page loads).
    const failed =
      flapping.filter((r) => r.status !== 201).length + lab.server.proxy.refused - refusedBefore;
    console.log(
      `flapping ${FLAP_MS / 1000} s: ${flapping.length} requests (${failed} failed), ` +
        `${onlineEvents} online events, ${(await onServer(ids)).filter(Boolean).length}/10 arrived`,
    );
    // Without the shared pause, ten items each retrying on their own backoff would make
    // several times this many (R6); the phone never has more than one request out.
    expect(failed).toBeLessThanOrEqual(2 * onlineEvents + 12);
    expect(lab.server.proxy.peakInFlight('POST', '/api/v1/applications')).toBe(1);

    // The network settles (the phone comes back online): everything arrives, once (R7).
    removeErrors();
    lab.server.proxy.setDown(false);
    await context.setOffline(true);
    await context.setOffline(false);
    const settled = lab.server.proxy.log.length;
    await expect.poll(() => onServer(ids), { timeout: 60_000 }).toEqual(ids.map(() => 1));
    const after = posts(ids, settled);
    expect(after.length).toBeLessThanOrEqual(ids.length + 1);
    await app.goto('/applications');
    await expect.poll(() => app.page.getByText('Waiting to send', { exact: true }).count()).toBe(0);
    await context.close();
  }, 150_000);
});
