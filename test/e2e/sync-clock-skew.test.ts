// Phones keep the wrong time more often than one would think (set by hand, after travel, a
// dead battery). DPoP proofs carry the phone's time, and the server accepts only a few minutes
// of drift: a phone far off must still sign in and send, once.
import { describe, expect, it } from 'vitest';
import { backFromSignIn, draft, MEMBER, pressSend, waitForReceipt } from '../helpers/sync-flows';
import { useSyncLab } from '../helpers/sync-lab';
import { serverCountsByKey } from '../helpers/sync-server';
import { AppPage } from './pages/app-page';

const MINUTE = 60_000;

describe('a phone whose clock is wrong', () => {
  const lab = useSyncLab();

  for (const [label, offset] of [
    ['40 minutes fast', 40 * MINUTE],
    ['25 minutes slow', -25 * MINUTE],
  ] as const) {
    it(`${label}: signs in, sends once, and keeps sending after a reload`, async () => {
      const context = await lab.browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      await page.clock.install({ time: Date.now() + offset });
      const app = new AppPage(page, lab.server.url);
      await app.load('/');
      await app.openVault();
      await app.addMember(MEMBER);
      await page.getByText(MEMBER.name).first().waitFor();
      const first = await draft(app);
      await pressSend(app);
      await page.getByText('Sign in to send').first().waitFor({ timeout: 30_000 });
      await app.signInFromApp('resident-a');
      await backFromSignIn(app, first);
      await waitForReceipt(app);

      // A new page knows nothing of the drift yet: its first request teaches it.
      await app.reloadAndUnlock();
      const second = await draft(app);
      await pressSend(app);
      await waitForReceipt(app);
      const counts = await serverCountsByKey(lab.server.db);
      expect([counts.get(first), counts.get(second)]).toEqual([1, 1]);
      await context.close();
    }, 90_000);
  }
});
