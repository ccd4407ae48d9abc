import { beforeEach, describe, expect, it } from 'vitest';
import {
  addPhoto,
  createDraft,
  deleteDraft,
  getApplication,
  listPhotos,
  queueForSending,
  removePhoto,
  setUpVault,
} from '../../../src/data';
import { exportBackup, restoreBackup } from '../../../src/data/backup';
import type { MadoguchiDb } from '../../../src/data/db';
import { markNeedsAttention } from '../../../src/data/outbox';
import { openPhotos } from '../../../src/data/photos';
import { PHOTO_MAX_BYTES } from '../../../src/domain/api';
import { freshDatabase } from '../../helpers/fresh-db';
import { sampleRequest } from '../../helpers/samples';

const sealedSample = 'eyJhbGciOiJFQ0RILUVTK0EyNTZLVyJ9.a2V5.aXY.Y2lwaGVy.dGFn';
// A recognisable pattern that must never appear in clear in the database or a backup.
const marker = new TextEncoder().encode('PLAINPHOTO-'.repeat(300));
const photo = () => ({ bytes: marker.slice().buffer, mediaType: 'image/png' });

describe('photos of an application', () => {
  let db: MadoguchiDb;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('keeps a draft photo sealed with the vault key, only ids, type and size clear', async () => {
    const id = await createDraft(sampleRequest, ['m1'], [photo()]);
    const [row] = await db.photos.toArray();
    expect(row).toMatchObject({ applicationId: id, mediaType: 'image/png', size: marker.length });
    expect(row?.sealed.data).toBeInstanceOf(ArrayBuffer);
    expect(new TextDecoder().decode(row?.sealed.data)).not.toContain('PLAINPHOTO');
    expect(await listPhotos(id)).toEqual([
      { id: row?.id, mediaType: 'image/png', size: marker.length },
    ]);
    const [opened] = await openPhotos(id);
    expect(opened?.bytes).toEqual(marker);
  });

  it('adds and removes photos of a draft; refuses one that is too large', async () => {
    const id = await createDraft(sampleRequest, ['m1']);
    const photoId = await addPhoto(id, photo());
    expect(await listPhotos(id)).toHaveLength(1);
    const huge = { bytes: new ArrayBuffer(PHOTO_MAX_BYTES + 1), mediaType: 'image/jpeg' };
    await expect(addPhoto(id, huge)).rejects.toMatchObject({ code: 'photo-too-large' });
    await removePhoto(photoId);
    expect(await listPhotos(id)).toEqual([]);
  });

  it('deleting a draft deletes its photos', async () => {
    const id = await createDraft(sampleRequest, ['m1'], [photo(), photo()]);
    const keep = await createDraft(sampleRequest, ['m1'], [photo()]);
    await deleteDraft(id);
    expect(await getApplication(id)).toBeUndefined();
    expect(await db.photos.count()).toBe(1);
    expect(await listPhotos(keep)).toHaveLength(1);
  });

  it('deletes a refused application too, but never one that is queued', async () => {
    const queued = await createDraft(sampleRequest, ['m1'], [photo()]);
    await queueForSending(queued, undefined, 1_000);
    await expect(deleteDraft(queued)).rejects.toThrow('not-a-draft');
    expect((await getApplication(queued))?.status).toBe('queued');
    expect(await db.outbox.count()).toBe(1);

    const refused = await createDraft(sampleRequest, ['m1']);
    await markNeedsAttention(refused, { code: 'payload-invalid' });
    await deleteDraft(refused);
    expect(await getApplication(refused)).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
  });

  it('queues the city-sealed photos with the status and the outbox row', async () => {
    const id = await createDraft(sampleRequest, ['m1'], [photo()]);
    const [row] = await db.photos.toArray();
    const sealed = new TextEncoder().encode('a.b.c.d.e');
    await queueForSending(id, sealedSample, 1_000, [
      { photoId: row?.id ?? '', sealed, sha256: 'ab'.repeat(32) },
    ]);
    expect((await getApplication(id))?.status).toBe('queued');
    expect(await db.outbox.count()).toBe(1);
    const [after] = await db.photos.toArray();
    expect(after?.forCity).toEqual({
      bytes: sealed.buffer,
      sha256: 'ab'.repeat(32),
      uploaded: false,
    });
    expect(after?.forCity?.bytes).toBeInstanceOf(ArrayBuffer);
  });

  it('writes none of status, outbox row and sealed photos when the transaction fails (R2)', async () => {
    const id = await createDraft(sampleRequest, ['m1'], [photo()]);
    const [row] = await db.photos.toArray();
    db.outbox.hook('creating', (_key, created) => {
      if (created.id === id) throw new Error('disk trouble');
    });
    const sealed = new TextEncoder().encode('a.b.c.d.e');
    await expect(
      queueForSending(id, sealedSample, 1_000, [
        { photoId: row?.id ?? '', sealed, sha256: 'ab'.repeat(32) },
      ]),
    ).rejects.toThrow();
    expect((await getApplication(id))?.status).toBe('draft');
    expect(await db.outbox.count()).toBe(0);
    expect((await db.photos.toArray())[0]?.forCity).toBeUndefined();
  });

  it('refuses to queue a sealed payload when a photo has no city seal', async () => {
    const id = await createDraft(sampleRequest, ['m1'], [photo()]);
    await expect(queueForSending(id, sealedSample, 1_000, [])).rejects.toThrow('photos-changed');
    expect((await getApplication(id))?.status).toBe('draft');
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('backup with photos', () => {
  it('round-trips a photo, still sealed in the file', async () => {
    await freshDatabase({ unlocked: false });
    await setUpVault('the backup passphrase');
    const id = await createDraft(sampleRequest, ['m1'], [photo()]);
    const file = await exportBackup();
    expect(file).not.toContain(btoa('PLAINPHOTO-PLAINPHOTO-'));
    expect(file).not.toContain('PLAINPHOTO');

    const db = await freshDatabase({ unlocked: false });
    await restoreBackup(file, 'the backup passphrase');
    expect(await db.photos.count()).toBe(1);
    const [opened] = await openPhotos(id);
    expect(opened?.bytes).toEqual(marker);
  });

  it('restores a file written before photos existed', async () => {
    await freshDatabase({ unlocked: false });
    await setUpVault('the backup passphrase');
    await createDraft(sampleRequest, ['m1']);
    const old = JSON.parse(await exportBackup()) as Record<string, unknown>;
    delete old.photos;
    const db = await freshDatabase({ unlocked: false });
    await restoreBackup(JSON.stringify(old), 'the backup passphrase');
    expect(await db.applications.count()).toBe(1);
  });
});
