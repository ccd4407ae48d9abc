// What the sync runner reads and writes. Each function is one local transaction; the runner
// never calls fetch inside one (a Dexie transaction would commit early).
import { storeCitySealedPhotos, type CitySealedPhoto } from './applications';
import { database } from './db';
import { photoRows } from './photos';
import type {
  ApplicationRecord,
  AttentionReason,
  Id,
  OutboxRecord,
  RetryCause,
} from './records';
import { openApplication } from './rows';

export function dueOutboxItems(now: number): Promise<OutboxRecord[]> {
  return database().outbox.where('nextAttemptAt').belowOrEqual(now).toArray();
}

export async function nextOutboxAttemptAt(): Promise<number | undefined> {
  const first = await database().outbox.orderBy('nextAttemptAt').first();
  return first?.nextAttemptAt;
}

export function countOutbox(): Promise<number> {
  return database().outbox.count();
}

/**
 * The opened application, for an outbox row queued without a seal (no key of the municipality
 * was known then). Needs the vault open; sealed rows are sent without it.
 */
export async function applicationToSeal(id: Id): Promise<ApplicationRecord | undefined> {
  const row = await database().applications.get(id);
  return row && openApplication(row);
}

/**
 * The sealed body and photos are stored together before the first send, so every retry sends
 * the same bytes under the same names.
 */
export async function storeSealed(
  id: Id,
  sealed: string,
  photos: CitySealedPhoto[] = [],
): Promise<void> {
  const db = database();
  await db.transaction('rw', db.outbox, db.photos, async () => {
    await storeCitySealedPhotos(id, true, photos);
    await db.outbox.update(id, { sealed });
  });
}

/** An attachment to upload before its application: the sealed bytes and their name. */
export interface PendingUpload {
  photoId: Id;
  sha256: string;
  sealed: Uint8Array<ArrayBuffer>;
}

/**
 * What the submission names (every photo's sha256, in a stable order) and which of them still
 * need uploading. `complete` is false if a photo has no municipality seal yet.
 */
export async function attachmentsToSend(
  id: Id,
): Promise<{ names: string[]; pending: PendingUpload[]; complete: boolean }> {
  const rows = await photoRows(id);
  const names: string[] = [];
  const pending: PendingUpload[] = [];
  for (const row of rows) {
    if (!row.forCity) continue;
    names.push(row.forCity.sha256);
    if (!row.forCity.uploaded)
      pending.push({
        photoId: row.id,
        sha256: row.forCity.sha256,
        sealed: new Uint8Array(row.forCity.bytes),
      });
  }
  return { names, pending, complete: names.length === rows.length };
}

export async function markUploaded(photoId: Id): Promise<void> {
  await database()
    .photos.where('id')
    .equals(photoId)
    .modify((row) => {
      if (row.forCity) row.forCity.uploaded = true;
    });
}

/** The server says it lacks one: upload them all again on the next attempt (same bytes). */
export async function clearUploaded(applicationId: Id): Promise<void> {
  await database()
    .photos.where('applicationId')
    .equals(applicationId)
    .modify((row) => {
      if (row.forCity) row.forCity.uploaded = false;
    });
}

export async function scheduleRetry(
  id: Id,
  nextAttemptAt: number,
  cause: RetryCause,
): Promise<void> {
  const db = database();
  await db.outbox.where('id').equals(id).modify((row) => {
    row.attempts += 1;
    row.nextAttemptAt = nextAttemptAt;
    row.lastRetryCause = cause;
  });
}

/** The server refused the content: the person must look. The application is kept, unsent. */
export async function markNeedsAttention(id: Id, attention: AttentionReason): Promise<void> {
  const db = database();
  await db.transaction('rw', db.applications, db.outbox, db.photos, async () => {
    await db.applications.update(id, {
      status: 'needs-attention',
      attention,
      updatedAt: new Date().toISOString(),
    });
    await db.outbox.delete(id);
    // Sending it again seals everything afresh; these seals would only linger.
    await dropCitySeals(id);
  });
}

/** The person asked to send now (or has just signed in): everything waiting becomes due. */
export async function makeAllDue(now: number): Promise<void> {
  await database().outbox.toCollection().modify({ nextAttemptAt: now });
}

/** Inside the caller's transaction: the municipality-sealed copies of an application's photos. */
export async function dropCitySeals(applicationId: Id): Promise<void> {
  await database()
    .photos.where('applicationId')
    .equals(applicationId)
    .modify((row) => {
      delete row.forCity;
    });
}
