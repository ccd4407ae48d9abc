import { compactDecrypt, type CryptoKey } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft, getApplication } from '../../../src/data';
import type { MadoguchiDb } from '../../../src/data/db';
import { enqueue } from '../../../src/sync/enqueue';
import { createOutboxRunner } from '../../../src/sync/runner';
import { syncState } from '../../../src/sync/sync-state';
import { freshDatabase } from '../../helpers/fresh-db';
import { sampleRequest } from '../../helpers/samples';
import { municipalityKeyPair, receiptFor, ScriptedTransport } from './scripted-transport';

const photo = (fill: number, size = 3000) => ({
  bytes: new Uint8Array(size).fill(fill).buffer,
  mediaType: 'image/jpeg',
});
const stored = (sha256: string, size: number) =>
  ({ type: 'stored', sha256, size, created: true }) as const;

describe('photos travel sealed, uploaded before the application that names them', () => {
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

  async function queuedWithPhotos(count = 2, at = now): Promise<string> {
    const photos = Array.from({ length: count }, (_, i) => photo(i + 1));
    const id = await createDraft(sampleRequest, ['m1'], photos);
    await enqueue(transport, id, at);
    return id;
  }
  const sealedCopies = async (id: string) =>
    (await db.photos.where('applicationId').equals(id).toArray()).flatMap((p) =>
      p.forCity ? [p.forCity] : [],
    );
  const answerUploads = async (id: string) => {
    for (const copy of await sealedCopies(id))
      transport.uploads.push(stored(copy.sha256, copy.bytes.byteLength));
  };

  it('seals each photo to the city at enqueue, uploads all of them first, then posts naming them', async () => {
    const id = await queuedWithPhotos(2);
    const copies = await sealedCopies(id);
    expect(copies).toHaveLength(2);
    for (const copy of copies) {
      expect(copy.bytes).toBeInstanceOf(ArrayBuffer);
      expect(copy.uploaded).toBe(false);
      const jwe = new TextDecoder().decode(copy.bytes);
      const { plaintext, protectedHeader } = await compactDecrypt(jwe, privateKey);
      expect(protectedHeader.cty).toBe('image/jpeg');
      expect(plaintext.length).toBe(3000);
    }
    await answerUploads(id);
    transport.answers.push(receiptFor(id));
    await runner().runNow();

    const names = copies.map((c) => c.sha256);
    expect(transport.calls).toEqual([...names.map((n) => `put ${n}`), `post ${id}`]);
    expect(transport.sent[0]?.body.attachments).toEqual(names);
    expect((await getApplication(id))?.status).toBe('received');
    // The receipt removed the city-sealed copies in its transaction; the person's own stay.
    expect(await sealedCopies(id)).toEqual([]);
    expect(await db.photos.where('applicationId').equals(id).count()).toBe(2);
  });

  it('an upload without an answer stops the pass: nothing is posted, the item waits', async () => {
    const id = await queuedWithPhotos(2, now - 1);
    const other = await queuedWithPhotos(0);
    transport.uploads.push({ type: 'retry-later', reason: 'network' });
    await runner().runNow();
    expect(transport.sent).toEqual([]);
    expect(transport.calls).toHaveLength(1);
    expect(transport.calls[0]).toMatch(/^put /);
    expect(await db.outbox.get(id)).toMatchObject({ attempts: 1 });
    expect(await db.outbox.get(other)).toMatchObject({ attempts: 0 });
    expect((await sealedCopies(id)).every((c) => !c.uploaded)).toBe(true);
  });

  it('a server error on one upload retries that item only, like a submit would', async () => {
    const id = await queuedWithPhotos(1, now - 1);
    const other = await queuedWithPhotos(0);
    transport.uploads.push({ type: 'retry-later', reason: 'server-error' });
    transport.answers.push(receiptFor(other));
    await runner().runNow();
    expect(transport.sent.map((s) => s.key)).toEqual([other]);
    expect((await db.outbox.get(id))?.attempts).toBe(1);
  });

  it('attachment-missing: the flags are cleared and the same bytes go up again next time', async () => {
    const id = await queuedWithPhotos(1);
    const [copy] = await sealedCopies(id);
    if (!copy) throw new Error('no sealed copy');
    transport.uploads.push(stored(copy.sha256, copy.bytes.byteLength));
    transport.answers.push({
      type: 'rejected',
      problem: { type: 'x', title: 'x', status: 422, code: 'attachment-missing' },
    });
    const r = runner();
    await r.runNow();
    expect((await getApplication(id))?.status).toBe('queued');
    expect((await sealedCopies(id))[0]?.uploaded).toBe(false);

    now = (await db.outbox.get(id))?.nextAttemptAt ?? now;
    transport.uploads.push(stored(copy.sha256, copy.bytes.byteLength));
    transport.answers.push(receiptFor(id));
    await r.runNow();
    expect(transport.calls).toEqual([
      `put ${copy.sha256}`,
      `post ${id}`,
      `put ${copy.sha256}`,
      `post ${id}`,
    ]);
    expect(transport.uploaded[1]?.bytes).toEqual(transport.uploaded[0]?.bytes);
    expect(transport.sent[1]).toEqual(transport.sent[0]);
    expect((await getApplication(id))?.status).toBe('received');
  });

  it('an uploaded photo is not sent again on the retry of its application (S12)', async () => {
    const id = await queuedWithPhotos(2);
    await answerUploads(id);
    transport.answers.push({ type: 'retry-later', reason: 'server-error' });
    const r = runner();
    await r.runNow();
    expect((await sealedCopies(id)).every((c) => c.uploaded)).toBe(true);
    now = (await db.outbox.get(id))?.nextAttemptAt ?? now;
    transport.answers.push(receiptFor(id));
    await r.runNow();
    expect(transport.calls.filter((c) => c.startsWith('put'))).toHaveLength(2);
    expect(transport.sent[1]).toEqual(transport.sent[0]);
  });

  it('a hash mismatch needs attention with its own code', async () => {
    const id = await queuedWithPhotos(1);
    transport.uploads.push({ type: 'hash-mismatch' });
    await runner().runNow();
    const app = await getApplication(id);
    expect(app?.status).toBe('needs-attention');
    expect(app?.attention?.code).toBe('attachment-hash-mismatch');
    expect(transport.sent).toEqual([]);
    expect(await sealedCopies(id)).toEqual([]);
  });

  it('queued without a key: the runner seals the photos with the payload, before the first send', async () => {
    transport.keysAvailable = false;
    const id = await queuedWithPhotos(1);
    expect(await sealedCopies(id)).toEqual([]);
    transport.keysAvailable = true;
    transport.uploads.push({ type: 'retry-later', reason: 'server-error' });
    const r = runner();
    await r.runNow();
    const [copy] = await sealedCopies(id);
    expect((await db.outbox.get(id))?.sealed).toBeDefined();
    expect(transport.uploaded[0]?.sha256).toBe(copy?.sha256);

    now = (await db.outbox.get(id))?.nextAttemptAt ?? now;
    transport.uploads.push(stored(copy?.sha256 ?? '', copy?.bytes.byteLength ?? 0));
    transport.answers.push(receiptFor(id));
    await r.runNow();
    expect(transport.uploaded[1]?.bytes).toEqual(transport.uploaded[0]?.bytes);
    expect(transport.sent[0]?.body.attachments).toEqual([copy?.sha256]);
  });

  it('an application without photos posts no attachments field', async () => {
    const id = await queuedWithPhotos(0);
    transport.answers.push(receiptFor(id));
    await runner().runNow();
    expect(transport.calls).toEqual([`post ${id}`]);
    expect(transport.sent[0]?.body).not.toHaveProperty('attachments');
  });
});
