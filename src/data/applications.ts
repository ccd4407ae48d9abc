import type { DraftPayload } from '../domain';
import { ApplicationError } from './application-errors';
import { database } from './db';
import { newId } from './ids';
import type { ApplicationRecord, Id } from './records';
import { sealPhotos, type NewPhoto } from './photos';
import { openApplication, sealApplication } from './rows';
import { withStorageErrors } from './storage-errors';
import { requireKey } from './vault/key-holder';

const EDITABLE: ReadonlySet<string> = new Set(['draft', 'needs-attention']);

async function assertWellFormed(payload: DraftPayload): Promise<void> {
  // The schemas (zod) load with the first draft, never in the start-up bundle.
  const { validateDraft } = await import('../domain/procedures/application-payload');
  const problems = validateDraft(payload);
  if (problems.length > 0) throw new ApplicationError('invalid-answers', problems);
}

/**
 * Saves a new draft of any kind — the answers so far, each one whole and well-formed — with its
 * photos (if any), in one transaction.
 */
export async function createDraft(
  payload: DraftPayload & { municipalityCode: string },
  memberIds: Id[] = [],
  photos: NewPhoto[] = [],
): Promise<Id> {
  await assertWellFormed(payload);
  const key = requireKey();
  const now = new Date().toISOString();
  const record: ApplicationRecord = {
    id: newId(),
    kind: payload.kind,
    status: 'draft',
    municipalityCode: payload.municipalityCode,
    createdAt: now,
    updatedAt: now,
    memberIds,
    payload,
  };
  const row = await sealApplication(record, key);
  const photoRows = await sealPhotos(record.id, photos, key);
  const db = database();
  await withStorageErrors(() =>
    db.transaction('rw', db.applications, db.photos, async () => {
      await db.applications.add(row);
      await db.photos.bulkAdd(photoRows);
    }),
  );
  return record.id;
}

/**
 * Replaces a draft's answers (a wizard page saved, or a "Change" from Check your answers).
 * Only while it is on the phone: once queued it may be at the city hall already.
 */
export async function updateDraft(
  id: Id,
  payload: DraftPayload & { municipalityCode: string },
  memberIds?: Id[],
): Promise<void> {
  await assertWellFormed(payload);
  const key = requireKey();
  const db = database();
  const row = await withStorageErrors(() => db.applications.get(id));
  if (!row) throw new ApplicationError('not-found');
  if (row.kind !== payload.kind) throw new ApplicationError('kind-changed');
  // Sealing is WebCrypto (asynchronous): done before the transaction, which would otherwise
  // commit while it waits. The transaction checks again that it is still a draft.
  const current = await openApplication(row, key);
  const updated = await sealApplication(
    {
      ...current,
      municipalityCode: payload.municipalityCode,
      updatedAt: new Date().toISOString(),
      memberIds: memberIds ?? current.memberIds,
      payload,
    },
    key,
  );
  await withStorageErrors(() =>
    db.transaction('rw', db.applications, async () => {
      const now = await db.applications.get(id);
      if (!now) throw new ApplicationError('not-found');
      if (!EDITABLE.has(now.status)) throw new ApplicationError('not-a-draft');
      await db.applications.put({ ...updated, status: now.status });
    }),
  );
}

/**
 * Deletes an application that never reached the city hall — a draft, or one it refused — with
 * its photos and timeline, together. Anything queued or sent is kept: it may be there already.
 */
export async function deleteDraft(id: Id): Promise<void> {
  const db = database();
  await withStorageErrors(() =>
    db.transaction('rw', [db.applications, db.photos, db.timeline, db.outbox], async () => {
      const app = await db.applications.get(id);
      if (!app) return;
      if (!EDITABLE.has(app.status)) throw new ApplicationError('not-a-draft');
      await db.photos.where('applicationId').equals(id).delete();
      await db.timeline.where('applicationId').equals(id).delete();
      await db.outbox.delete(id);
      await db.applications.delete(id);
    }),
  );
}

export async function listApplications(): Promise<ApplicationRecord[]> {
  const key = requireKey();
  const rows = await withStorageErrors(() =>
    database().applications.orderBy('createdAt').reverse().toArray(),
  );
  return Promise.all(rows.map((row) => openApplication(row, key)));
}

export async function getApplication(id: Id): Promise<ApplicationRecord | undefined> {
  const key = requireKey();
  const row = await withStorageErrors(() => database().applications.get(id));
  return row && openApplication(row, key);
}

/** A photo of the application sealed to the municipality, named by its sealed bytes' sha256. */
export interface CitySealedPhoto {
  photoId: Id;
  sealed: Uint8Array<ArrayBuffer>;
  sha256: string;
}

/**
 * Queues a draft for sending, with its payload and photos already sealed to the municipality
 * (or without, if no key of it is known yet). The status change, the outbox row and the sealed
 * photos are one transaction: all or none (reliability.md R2). Nothing is sent from inside it.
 */
export async function queueForSending(
  id: Id,
  sealed?: string,
  now = Date.now(),
  photos: CitySealedPhoto[] = [],
): Promise<void> {
  const db = database();
  await withStorageErrors(() =>
    db.transaction('rw', db.applications, db.outbox, db.photos, async () => {
      const app = await db.applications.get(id);
      if (!app) throw new ApplicationError('not-found');
      if (!EDITABLE.has(app.status)) return;
      await storeCitySealedPhotos(id, sealed !== undefined, photos);
      await db.applications.update(id, {
        status: 'queued',
        updatedAt: new Date(now).toISOString(),
        attention: undefined,
      });
      await db.outbox.put({
        id,
        municipalityCode: app.municipalityCode,
        kind: app.kind,
        ...(sealed ? { sealed } : {}),
        attempts: 0,
        nextAttemptAt: now,
        createdAt: new Date(now).toISOString(),
      });
    }),
  );
}

/**
 * Inside the caller's transaction: each photo's municipality seal, not yet uploaded. With a
 * sealed payload every photo must have one (a photo added meanwhile would travel unnamed);
 * without, stale seals are dropped and the runner seals them all with the payload.
 */
export async function storeCitySealedPhotos(
  applicationId: Id,
  payloadSealed: boolean,
  photos: CitySealedPhoto[],
): Promise<void> {
  const table = database().photos;
  const rows = await table.where('applicationId').equals(applicationId).toArray();
  const byId = new Map(photos.map((photo) => [photo.photoId, photo]));
  if (payloadSealed && (rows.length !== byId.size || rows.some((row) => !byId.has(row.id))))
    throw new ApplicationError('photos-changed');
  for (const row of rows) {
    const photo = byId.get(row.id);
    await table.update(row.id, {
      forCity: photo && {
        // A copy of exactly these bytes: a view's buffer may be larger than the view.
        bytes: photo.sealed.slice().buffer,
        sha256: photo.sha256,
        uploaded: false,
      },
    });
  }
}
