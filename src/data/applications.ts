import type { CertifiedCopyRequest } from '../domain';
import { database } from './db';
import { newId } from './ids';
import type { ApplicationRecord, Id } from './records';
import { withStorageErrors } from './storage-errors';

export async function createCertifiedCopyDraft(
  payload: CertifiedCopyRequest,
  memberIds: Id[],
): Promise<Id> {
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
  await withStorageErrors(() => database().applications.add(record));
  return record.id;
}

export function listApplications(): Promise<ApplicationRecord[]> {
  return database().applications.orderBy('createdAt').reverse().toArray();
}

export function getApplication(id: Id): Promise<ApplicationRecord | undefined> {
  return database().applications.get(id);
}

/**
 * Queues a draft for sending. The status change and the outbox row are one transaction:
 * both or neither (reliability.md R2). Nothing is sent from inside it.
 */
export async function queueForSending(id: Id, now = Date.now()): Promise<void> {
  const db = database();
  await withStorageErrors(() =>
    db.transaction('rw', db.applications, db.outbox, async () => {
      const app = await db.applications.get(id);
      if (!app) throw new Error('application-not-found');
      if (app.status !== 'draft' && app.status !== 'needs-attention') return;
      await db.applications.update(id, {
        status: 'queued',
        updatedAt: new Date(now).toISOString(),
        attention: undefined,
      });
      await db.outbox.put({
        id,
        municipalityCode: app.municipalityCode,
        kind: app.kind,
        attempts: 0,
        nextAttemptAt: now,
        createdAt: new Date(now).toISOString(),
      });
    }),
  );
}
