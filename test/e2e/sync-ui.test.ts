import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { submissions } from '../helpers/fault-proxy';
import {
  backFromSignIn,
  draft,
  pressSend,
  signedInPhone,
  waitForReceipt,
} from '../helpers/sync-flows';
import { useSyncLab } from '../helpers/sync-lab';
import { serverCountsByKey } from '../helpers/sync-server';
import { transition } from '../server/helpers/applications';
import { signIn } from '../server/helpers/sign-in';

describe('what the person sees while sending (real server, fault proxy)', () => {
  const lab = useSyncLab();

  it('waiting, why, sent; needs attention; the timeline from the feed; a 401 (S10)', async () => {
    const { context, app, firstId } = await signedInPhone(lab.browser, lab.server.url);
    const page = app.page;
    const onServer = async (id: string) => (await serverCountsByKey(lab.server.db)).get(id) ?? 0;
    expect(await onServer(firstId)).toBe(1);

    // The city hall's service fails: the application waits, says why and when it tries again.
    const failing = lab.server.proxy.inject({
      match: submissions,
      fault: { kind: 'status', status: 503 },
    });
    const second = await draft(app);
    await pressSend(app);
    await page.getByText(/did not answer properly/).waitFor();
    await page.getByText(/^Tried 1 time\. Next try around/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Why it waits is kept with the application, not only in this page's memory.
    await app.reloadAndUnlock();
    await page.getByText(/did not answer properly/).waitFor();
    await page
      .getByRole('status', { name: 'Sending' })
      .getByText('1 application waiting to send')
      .waitFor();
    failing();
    await page.getByRole('button', { name: 'Try now' }).click();
    const receipt = await waitForReceipt(app);
    expect(receipt).toMatch(/^131059-\d{4}-\d{5}-\d{5}$/);
    await expect.poll(() => page.getByRole('status', { name: 'Sending' }).textContent()).toBe('');
    expect(await onServer(second)).toBe(1);

    // The city hall refuses the content: why, and what to do; sending again works.
    const refusing = lab.server.proxy.inject({
      match: submissions,
      fault: { kind: 'status', status: 422, code: 'payload-invalid' },
      times: 1,
    });
    const third = await draft(app);
    await pressSend(app);
    await page.getByText('This application needs your attention').waitFor();
    await page.getByText(/^Why: The city hall found answers it cannot accept/).waitFor();
    await page.getByText(/^Check the answers in the application/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await onServer(third)).toBe(0);
    refusing();
    await pressSend(app);
    await waitForReceipt(app);
    expect(await onServer(third)).toBe(1);

    // The clerk decides; the application's timeline shows it with the reason (the feed, R16).
    const clerk = await signIn(lab.server.url, 'clerk-131059');
    const serverIdOf = async (key: string) => {
      const [row] = await lab.server.db.query<{ id: string }>(
        'SELECT id FROM applications WHERE idempotency_key = $1',
        [key],
      );
      return row?.id ?? '';
    };
    const reason = 'The copy needs the requester’s signature';
    await transition(lab.server.url, clerk, await serverIdOf(second), { to: 'accepted' });
    await transition(lab.server.url, clerk, await serverIdOf(second), { to: 'completed' });
    await transition(lab.server.url, clerk, await serverIdOf(third), { to: 'rejected', reason });

    // Opening the list reads the feed; then the person opens the refused application.
    await app.goto('/applications');
    await page.locator(`a[href="/applications/${third}"]`).click();
    await page.getByText('Not accepted by the city hall').waitFor({ timeout: 30_000 });
    await page.getByText(`Reason given by the city hall: ${reason}`).waitFor();
    // A refusal offers the way on: a new request, and the city hall's phone.
    await page.getByRole('link', { name: 'Prepare a new request' }).waitFor();
    expect(await page.getByRole('link', { name: '03-5803-1177' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await app.goto(`/applications/${second}`);
    const timeline = page.getByRole('list', { name: 'Progress of this application' });
    await timeline.getByText('Completed').waitFor({ timeout: 30_000 });
    expect(await timeline.locator('.card__title').allTextContents()).toEqual([
      'Prepared on this phone',
      'Arrived at the city hall',
      'Accepted: the city hall is processing it',
      'Completed',
    ]);
    // A completed application carries no advice meant for a refusal.
    expect(await page.getByText(/Read the reason/).count()).toBe(0);
    // The news on demand, not at the next minute.
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await page.getByText(/^Checked /).waitFor();
    // The API refuses the token (401): kept, the app asks to sign in again, then sends once (S10).
    lab.server.proxy.inject({
      match: submissions,
      fault: { kind: 'status', status: 401, code: 'unauthorized' },
      times: 1,
    });
    const fourth = await draft(app);
    await pressSend(app);
    await page.getByText('Sign in to send').first().waitFor();
    expect(await onServer(fourth)).toBe(0);
    // Sign-in is all it waits for: no count of tries that could never succeed.
    expect(await page.getByText(/^Tried \d+ time/).count()).toBe(0);
    await page
      .getByRole('status', { name: 'Sending' })
      .getByText(/sign in to send/)
      .waitFor();
    // The provider remembers the person: no password this time, straight back to the app.
    await page.getByRole('button', { name: /^Sign in$/ }).click();
    await page.waitForURL(/\/auth\/callback/, { waitUntil: 'commit' });
    await backFromSignIn(app, fourth);
    await waitForReceipt(app);
    expect(await onServer(fourth)).toBe(1);
    expect(lab.server.proxy.requests((r) => r.idempotencyKey === fourth)).toHaveLength(2);

    // Still there after a reload (and an unlock): the statuses were committed with the cursor.
    await app.goto(`/applications/${second}`);
    await app.reloadAndUnlock();
    await page
      .getByRole('list', { name: 'Progress of this application' })
      .getByText('Completed')
      .waitFor();
    await context.close();
  });
});
