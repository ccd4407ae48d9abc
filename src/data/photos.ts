// Photos (of ID) that travel with an application. Sealed with the vault key while they are the
// person's own; sealed again to the municipality when the application is queued (applications.ts).
import { MAX_ATTACHMENTS, PHOTO_MAX_BYTES } from '../domain/api/limits';
import { database } from './db';
import { newId } from './ids';
import type { Id, PhotoSummary, StoredPhoto } from './records';
import { withStorageErrors } from './storage-errors';
import { openBytesField, sealBytesField } from './vault/field-cipher';
import { requireKey } from './vault/key-holder';

export interface NewPhoto {
  bytes: ArrayBuffer;
  mediaType: string;
}

export type PhotoErrorCode = 'photo-too-large' | 'too-many-photos' | 'not-a-draft';

export class PhotoError extends Error {
  constructor(readonly code: PhotoErrorCode) {
    super(code);
    this.name = 'PhotoError';
  }
}

/** Checks a photo before anything is stored; the screen checks the same, earlier. */
export function checkPhoto(photo: NewPhoto): void {
  if (photo.bytes.byteLength > PHOTO_MAX_BYTES) throw new PhotoError('photo-too-large');
}

/** Seals new photos of an application (outside any transaction: crypto is asynchronous). */
export async function sealPhotos(
  applicationId: Id,
  photos: NewPhoto[],
  key = requireKey(),
): Promise<StoredPhoto[]> {
  photos.forEach(checkPhoto);
  if (photos.length > MAX_ATTACHMENTS) throw new PhotoError('too-many-photos');
  const createdAt = new Date().toISOString();
  return Promise.all(
    photos.map(async (photo) => {
      const id = newId();
      return {
        id,
        applicationId,
        mediaType: photo.mediaType,
        size: photo.bytes.byteLength,
        createdAt,
        sealed: await sealBytesField(key, photo.bytes, { table: 'photos', id }),
      };
    }),
  );
}

/** Adds a photo to a draft (or an application that needs attention). */
export async function addPhoto(applicationId: Id, photo: NewPhoto): Promise<Id> {
  const [row] = await sealPhotos(applicationId, [photo]);
  if (!row) throw new PhotoError('too-many-photos');
  const db = database();
  await withStorageErrors(() =>
    db.transaction('rw', db.applications, db.photos, async () => {
      const app = await db.applications.get(applicationId);
      if (app?.status !== 'draft' && app?.status !== 'needs-attention')
        throw new PhotoError('not-a-draft');
      const count = await db.photos.where('applicationId').equals(applicationId).count();
      if (count >= MAX_ATTACHMENTS) throw new PhotoError('too-many-photos');
      await db.photos.add(row);
    }),
  );
  return row.id;
}

export async function removePhoto(photoId: Id): Promise<void> {
  const db = database();
  await withStorageErrors(() =>
    db.transaction('rw', db.applications, db.photos, async () => {
      const photo = await db.photos.get(photoId);
      if (!photo) return;
      const app = await db.applications.get(photo.applicationId);
      if (app?.status !== 'draft' && app?.status !== 'needs-attention')
        throw new PhotoError('not-a-draft');
      await db.photos.delete(photoId);
    }),
  );
}

/** The photos of an application, without their bytes: works while locked. */
export async function listPhotos(applicationId: Id): Promise<PhotoSummary[]> {
  const rows = await database().photos.where('applicationId').equals(applicationId).sortBy('createdAt');
  return rows.map(({ id, mediaType, size }) => ({ id, mediaType, size }));
}

/** The opened photos of an application, in a stable order, to seal them to the municipality. */
export async function openPhotos(
  applicationId: Id,
  key = requireKey(),
): Promise<{ id: Id; mediaType: string; bytes: Uint8Array<ArrayBuffer> }[]> {
  const rows = await photoRows(applicationId);
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      mediaType: row.mediaType,
      bytes: new Uint8Array(await openBytesField(key, row.sealed, { table: 'photos', id: row.id })),
    })),
  );
}

/** Rows in the order their hashes are named to the server: oldest first, then by id. */
export async function photoRows(applicationId: Id): Promise<StoredPhoto[]> {
  const rows = await database().photos.where('applicationId').equals(applicationId).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
