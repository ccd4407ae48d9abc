// R10 with a queue: the phone runs out of space while an application waits to be sent. The
// photo that does not fit is refused with a clear message, nothing of it is written, and the
// waiting application is still there and is sent once the person signs in.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES } from '../../src/domain/api';
import { backFromSignIn, draft, MEMBER, pressSend, waitForReceipt } from '../helpers/sync-flows';
import { useSyncLab } from '../helpers/sync-lab';
import { serverCountsByKey } from '../helpers/sync-server';
import { AppPage } from './pages/app-page';

/** Room for the app, its offline copy and a few rows, not for a large photo on top. */
const QUOTA_BYTES = 7 * 1024 * 1024;

describe('storage full while an application waits (R10)', () => {
  const lab = useSyncLab();

  it('refuses the photo that does not fit, writes none of it, and keeps the queue', async () => {
    const context = await lab.browser.newContext({ locale: 'en-US' });
    // Chromium reads an origin's quota at its first write and keeps it (and `estimate()` goes on
    // reporting the real one): the service worker's offline copy is written at the first visit,
    // so the quota is set before any.
    const blank = await context.newPage();
    const cdp = await context.newCDPSession(blank);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(lab.server.url).origin,
      quotaSize: QUOTA_BYTES,
    });
    const app = await AppPage.open(context, lab.server.url, '/', { vault: 'leave' });
    await app.setUpVault();
    await app.addMember(MEMBER);
    await app.page.getByText(MEMBER.name).first().waitFor();

    // Queued, not sent: nobody is signed in yet.
    const waiting = await draft(app);
    await pressSend(app);
    await app.page.getByText('Sign in to send').first().waitFor({ timeout: 30_000 });

    const other = await draft(app);
    await app.goto(`/applications/${other}`);
    const { usage } = await app.page.evaluate(() => navigator.storage.estimate());
    // A photo the app would take, but larger than the room left.
    const room = QUOTA_BYTES - (usage ?? 0);
    console.log(`usage ${usage}; room ${room}`);
    expect(room + 65_536).toBeLessThan(PHOTO_MAX_BYTES);
    const photo = randomBytes(room + 65_536);
    await app.page
      .getByLabel('Photo of your ID (optional)')
      .setInputFiles({ name: 'id.jpg', mimeType: 'image/jpeg', buffer: photo });
    await app.page.getByText("This phone's storage is full, so the photo was not saved.").waitFor();

    // After a reload: the photo is not there, half or whole; the waiting one still waits.
    await app.reloadAndUnlock();
    await app.goto(`/applications/${other}`);
    await app.page.getByLabel('Photo of your ID (optional)').waitFor();
    expect(await app.page.getByText(/^Photo 1 \(/).count()).toBe(0);
    await app.goto(`/applications/${waiting}`);
    await app.page.getByText('Sign in to send').first().waitFor();

    // The queue is intact: signing in sends it, once.
    await app.signInFromApp('resident-b');
    await backFromSignIn(app, waiting);
    await waitForReceipt(app);
    expect((await serverCountsByKey(lab.server.db)).get(waiting)).toBe(1);
    await context.close();
  }, 120_000);
});
