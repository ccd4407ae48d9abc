import { compactDecrypt, type CryptoKey } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft, getApplication } from '../../../src/data';
import type { MadoguchiDb } from '../../../src/data/db';
import { nextSendableAttemptAt } from '../../../src/data/sync-outbox';
import { applyChanges } from '../../../src/data/timeline';
import { dropKey, holdKey, requireKey } from '../../../src/data/vault/key-holder';
import { enqueue } from '../../../src/sync/enqueue';
import { createOutboxRunner } from '../../../src/sync/runner';
import { syncState } from '../../../src/sync/sync-state';
import { freshDatabase } from '../../helpers/fresh-db';
import { sampleRequest } from '../../helpers/samples';
import { municipalityKeyPair, receiptFor, ScriptedTransport } from './scripted-transport';

describe('outbox runner', () => {
  let db: MadoguchiDb;
  let transport: ScriptedTransport;
  let privateKey: CryptoKey;
  let now = 1_000_000;
  const clock = { now: () => now };
  const runner = () => createOutboxRunner(transport, clock, { random: () => 0.5 });

  beforeEach(async () => {
    db = await freshDatabase();
    const pair = await municipalityKeyPair();
    privateKey = pair.privateKey;
    transport = new ScriptedTransport(pair.jwk);
    now = 1_000_000;
    syncState.noteSignedIn();
  });

  async function queued(): Promise<string> {
    const id = await createDraft(sampleRequest, ['m1']);
    await enqueue(transport, id, now);
    return id;
  }

  it('seals at enqueue: the outbox holds the JWE and no plaintext (R2, S1)', async () => {
    const id = await queued();
    const row = await db.outbox.get(id);
    expect(row?.sealed).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const stored = JSON.stringify(row);
    for (const secret of ['Ana Souza', '24727059608', '1985-07-20'])
      expect(stored).not.toContain(secret);
    const { plaintext } = await compactDecrypt(row?.sealed ?? '', privateKey);
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual(sampleRequest);
    expect((await getApplication(id))?.status).toBe('queued');
    expect(await db.sealingKeys.get('131059')).toBeDefined();
  });

  it('seals offline with the key fetched earlier, and queues unsealed when none is known', async () => {
    const first = await queued();
    transport.keysAvailable = false;
    const second = await queued();
    expect((await db.outbox.get(second))?.sealed).toBeDefined();
    expect((await db.outbox.get(first))?.sealed).toBeDefined();

    await db.sealingKeys.clear();
    const third = await queued();
    expect((await db.outbox.get(third))?.sealed).toBeUndefined();
    expect((await getApplication(third))?.status).toBe('queued');
  });

  it('sends with the application id as Idempotency-Key and records the receipt', async () => {
    const id = await queued();
    transport.answers.push(receiptFor(id));
    await runner().runNow();
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0]?.key).toBe(id);
    const app = await getApplication(id);
    expect(app?.status).toBe('received');
    expect(app?.receipt?.receiptNumber).toBe('131059-2026-000001');
    expect(await db.outbox.count()).toBe(0);
  });

  it('sends nothing while not ready (the app: the vault locked), and everything once ready', async () => {
    const id = await queued();
    transport.answers.push(receiptFor(id));
    let ready = false;
    const gated = createOutboxRunner(transport, clock, { random: () => 0.5, ready: () => ready });
    await gated.runNow({ probe: true });
    expect(transport.sent).toHaveLength(0);
    expect(await db.outbox.get(id)).toMatchObject({ attempts: 0 });
    ready = true;
    await gated.runNow();
    expect(transport.sent.map((s) => s.key)).toEqual([id]);
    expect((await getApplication(id))?.status).toBe('received');
  });

  it('seals an unsealed row once the vault is open; while locked it waits uncounted', async () => {
    transport.keysAvailable = false;
    const id = await queued();
    expect((await db.outbox.get(id))?.sealed).toBeUndefined();
    transport.keysAvailable = true;

    // Locked: the row cannot be sealed; no request, no attempt counted, no busy timer.
    const freshKey = requireKey();
    dropKey();
    await runner().runNow();
    expect(transport.sent).toHaveLength(0);
    expect(await db.outbox.get(id)).toMatchObject({ attempts: 0 });
    expect(await nextSendableAttemptAt(false)).toBeUndefined();

    holdKey(freshKey);
    transport.answers.push({ type: 'retry-later', reason: 'server-error' }, receiptFor(id));
    const r = runner();
    await r.runNow();
    const sealed = (await db.outbox.get(id))?.sealed;
    expect(sealed).toBeDefined();
    expect(transport.sent[0]?.body.sealed).toBe(sealed);

    // Locked again: the stored seal goes without the vault, byte for byte the same (S12).
    dropKey();
    now = (await db.outbox.get(id))?.nextAttemptAt ?? now;
    await r.runNow();
    expect(transport.sent).toHaveLength(2);
    expect(transport.sent[1]).toEqual(transport.sent[0]);
    expect(await db.outbox.count()).toBe(0);
    holdKey(freshKey);
    expect((await getApplication(id))?.status).toBe('received');
  });

  it('retries later with the identical sealed body and the same key (S12)', async () => {
    const id = await queued();
    transport.answers.push({ type: 'retry-later', reason: 'server-error' });
    const r = runner();
    await r.runNow();
    expect((await getApplication(id))?.status).toBe('queued');
    const row = await db.outbox.get(id);
    expect(row?.attempts).toBe(1);
    expect(row?.nextAttemptAt).toBeGreaterThan(now);
    expect(row?.lastRetryCause).toBe('server-error');

    now = row?.nextAttemptAt ?? now;
    transport.answers.push(receiptFor(id));
    await r.runNow();
    expect(transport.sent).toHaveLength(2);
    expect(transport.sent[1]).toEqual(transport.sent[0]);
    expect((await getApplication(id))?.status).toBe('received');
  });

  it('honours Retry-After when it is longer than the backoff', async () => {
    const id = await queued();
    transport.answers.push({ type: 'retry-later', reason: 'rate-limited', retryAfterMs: 600_000 });
    await runner().runNow();
    expect((await db.outbox.get(id))?.nextAttemptAt).toBe(now + 600_000);
    expect((await db.outbox.get(id))?.lastRetryCause).toBe('rate-limited');
  });

  it('marks a refused application as needing attention, keeping it (R4)', async () => {
    const id = await queued();
    transport.answers.push({
      type: 'rejected',
      problem: {
        type: 'x',
        title: 'x',
        status: 422,
        code: 'payload-invalid',
        problems: [{ path: ['copies'], reason: 'too_big' }],
      },
    });
    await runner().runNow();
    const app = await getApplication(id);
    expect(app?.status).toBe('needs-attention');
    expect(app?.attention).toEqual({
      code: 'payload-invalid',
      fields: [{ path: ['copies'], reason: 'too_big' }],
    });
    expect(app?.payload).toEqual(sampleRequest);
    expect(await db.outbox.count()).toBe(0);

    // Sending again seals anew (the server released the key of a refused request).
    await enqueue(transport, id, now);
    expect((await getApplication(id))?.status).toBe('queued');
  });

  it('says clearly when the application is too large (413)', async () => {
    const id = await queued();
    transport.answers.push({ type: 'too-large' });
    await runner().runNow();
    expect((await getApplication(id))?.attention).toEqual({ code: 'too-large' });
  });

  it('does not let an item that always fails block the others (R5)', async () => {
    const poison = await queued();
    const others = [await queued(), await queued(), await queued()];
    transport.always.set(poison, { type: 'retry-later', reason: 'server-error' });
    transport.defaultAnswer = receiptFor('any');
    const r = runner();
    await r.runNow();
    for (const id of others) expect((await getApplication(id))?.status).toBe('received');
    for (let i = 0; i < 5; i++) {
      now = (await db.outbox.get(poison))?.nextAttemptAt ?? now;
      const more = await queued();
      await r.runNow();
      expect((await getApplication(more))?.status).toBe('received');
    }
    expect(await db.outbox.get(poison)).toMatchObject({ attempts: 6 });
  });

  it('stops the pass at the first request without an answer: one probe, not one per item (R6)', async () => {
    for (let i = 0; i < 5; i++) await queued();
    await runner().runNow();
    expect(transport.sent).toHaveLength(1);
  });

  it('once a probe gets through after an outage, the whole queue follows at once', async () => {
    const ids = [await queued(), await queued(), await queued()];
    const r = runner();
    await r.runNow();
    // The pass stopped at its first request: one probe, not one request per item.
    expect(transport.sent).toHaveLength(1);
    // The others have been backing off for a long time (a long outage).
    for (const id of ids.slice(1)) await db.outbox.update(id, { nextAttemptAt: now + 3_600_000 });
    now = (await db.outbox.get(ids[0] ?? ''))?.nextAttemptAt ?? now;
    transport.defaultAnswer = receiptFor('any');
    await r.runNow();
    for (const id of ids) expect((await getApplication(id))?.status).toBe('received');
  });

  it('a probe (back online, app shown) tries the item due soonest, once, even in backoff', async () => {
    const first = await queued();
    now += 10;
    await queued();
    const r = runner();
    await r.runNow();
    now += 10;
    await r.runNow();
    expect(transport.sent).toHaveLength(2);
    now += 100; // both are backing off now: nothing is due
    await r.runNow();
    expect(transport.sent).toHaveLength(2);
    await r.runNow({ probe: true });
    expect(transport.sent).toHaveLength(3);
    expect(transport.sent[2]?.key).toBe(first);
  });

  it('pauses after server errors on two items in a row', async () => {
    for (let i = 0; i < 5; i++) await queued();
    transport.defaultAnswer = { type: 'retry-later', reason: 'server-error' };
    await runner().runNow();
    expect(transport.sent).toHaveLength(2);
  });

  it('keeps the items on 401, asks for sign-in and stops the pass (S10)', async () => {
    const id = await queued();
    await queued();
    transport.answers.push({ type: 'unauthorized' });
    await runner().runNow();
    expect(transport.sent).toHaveLength(1);
    expect((await getApplication(id))?.status).toBe('queued');
    expect(await db.outbox.count()).toBe(2);
    expect(syncState.get().signInNeeded).toBe(true);
    // The one that was tried (the two are equally due) keeps why it waits.
    expect((await db.outbox.get(transport.sent[0]?.key ?? ''))?.lastRetryCause).toBe('signed-out');
  });

  it('never moves a status back when a replayed receipt arrives after the feed', async () => {
    const id = await queued();
    await applyChanges([{ id, status: 'accepted', updatedAt: '2026-11-22T00:00:00.000Z' }], 'c1');
    transport.answers.push(receiptFor(id, 'received'));
    await runner().runNow();
    const app = await getApplication(id);
    expect(app?.status).toBe('accepted');
    expect(app?.receipt?.receiptNumber).toBe('131059-2026-000001');
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps an item through days of failures, never dropping it (R8)', async () => {
    const id = await queued();
    transport.defaultAnswer = { type: 'retry-later', reason: 'server-error' };
    const r = runner();
    const start = now;
    for (let i = 0; i < 300; i++) {
      const before = now;
      await r.runNow();
      const row = await db.outbox.get(id);
      expect(row?.nextAttemptAt).toBeLessThanOrEqual(before + 5 * 60_000);
      now = row?.nextAttemptAt ?? now;
    }
    expect(now - start).toBeGreaterThan(12 * 60 * 60_000);
    expect(await db.outbox.get(id)).toMatchObject({ attempts: 300 });
    expect((await getApplication(id))?.status).toBe('queued');
  });
});
