// A person adds a photo of their ID to a request in Chromium and sends it: the photo reaches
// the real server sealed, uploaded before the application that names it, linked once. And a
// draft that will not be sent can be deleted, its photo with it.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES } from '../../src/domain/api';
import { axeViolations } from '../helpers/axe';
import { submissions } from '../helpers/fault-proxy';
import {
  applicationIdOf,
  draft,
  MEMBER,
  pressSend,
  signedInPhone,
  waitForReceipt,
} from '../helpers/sync-flows';
import { useSyncLab } from '../helpers/sync-lab';

describe('a photo of ID chosen in the browser travels with the application', () => {
  const lab = useSyncLab();

  it('too large is refused with nothing lost; a fitting one is sealed, uploaded first, linked once', async () => {
    const { context, app } = await signedInPhone(lab.browser, lab.server.url);
    const page = app.page;
    const wizard = await app.startCertifiedCopyRequest({
      memberName: MEMBER.name,
      dateOfBirth: MEMBER.dateOfBirth,
      city: 'Bunkyo',
      municipality: /Bunkyo/,
      copies: 2,
      showCode: false,
    });
    // The photo question, reached from Check your answers as a person adding one later would.
    await app.goto(`/applications/${wizard.applicationId()}/answers/photo`);
    const photoInput = page.getByLabel('Photo of your ID (optional)');

    await photoInput.setInputFiles({
      name: 'big.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.alloc(PHOTO_MAX_BYTES + 1),
    });
    await page
      .getByRole('alert')
      .getByText(/This photo is larger than/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const photo = randomBytes(60_000);
    await photoInput.setInputFiles({ name: 'id.jpg', mimeType: 'image/jpeg', buffer: photo });
    // Saved with the draft at once, sealed by the vault: listed without its file name.
    await page.getByText(/^Photo 1 \(/).waitFor();
    expect(await page.getByText(/This photo is larger than/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await wizard.continue();
    const id = applicationIdOf(page);
    expect(await axeViolations(page)).toEqual([]);
    const before = lab.server.proxy.log.length;
    await pressSend(app);
    await waitForReceipt(app);

    const sent = lab.server.proxy.log.slice(before).filter((r) => r.method !== 'GET');
    const puts = sent.filter(
      (r) => r.method === 'PUT' && r.path.startsWith('/api/v1/attachments/'),
    );
    const posts = sent.filter((r) => r.method === 'POST' && r.path === '/api/v1/applications');
    expect(puts).toHaveLength(1);
    expect(posts).toHaveLength(1);
    expect(puts[0]!.startedAt).toBeLessThanOrEqual(posts[0]!.startedAt);

    const linked = await lab.server.db.query<{ bytes: Uint8Array }>(
      `SELECT f.bytes FROM application_attachments l
       JOIN applications a ON a.id = l.application_id
       JOIN attachments f ON f.owner_sub = l.owner_sub AND f.sha256 = l.sha256
       WHERE a.idempotency_key = $1`,
      [id],
    );
    expect(linked).toHaveLength(1);
    // Sealed: the server's copy is a JWE, and no stretch of the photo appears in it.
    const stored = Buffer.from(linked[0]!.bytes);
    expect(stored.subarray(0, 2).toString()).toBe('ey');
    // (Raw, or base64url as an unencrypted JWS would carry it: 1 002 is a multiple of 3.)
    expect(stored.includes(photo.subarray(1_002, 1_032))).toBe(false);
    expect(stored.includes(photo.subarray(1_002, 1_032).toString('base64url'))).toBe(false);
    await context.close();
  }, 120_000);

  it('a draft can be deleted with its photo after a question; a waiting one cannot', async () => {
    const { context, app } = await signedInPhone(lab.browser, lab.server.url, 'resident-b');
    const page = app.page;
    const id = await draft(app);
    await app.goto(`/applications/${id}`);
    await page
      .getByLabel('Photo of your ID (optional)')
      .setInputFiles({ name: 'id.jpg', mimeType: 'image/jpeg', buffer: randomBytes(20_000) });
    await page.getByText(/^Photo 1 \(/).waitFor();
    await page.getByRole('button', { name: 'Delete this application' }).click();
    await page.getByText('Delete this application?').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Keep it' }).click();
    expect(applicationIdOf(page)).toBe(id);
    await page.getByRole('button', { name: 'Delete this application' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/applications');
    await app.reloadAndUnlock();
    await app.goto(`/applications/${id}`);
    await page.getByRole('heading', { name: 'Application not found' }).waitFor();

    // Waiting to send: it may reach the city hall any moment, so it is not offered.
    const refusing = lab.server.proxy.inject({
      match: submissions,
      fault: { kind: 'status', status: 503 },
    });
    await draft(app);
    await pressSend(app);
    await page.getByText(/^Tried 1 time\./).waitFor();
    expect(await page.getByRole('button', { name: 'Delete this application' }).count()).toBe(0);
    refusing();
    await context.close();
  }, 120_000);
});
