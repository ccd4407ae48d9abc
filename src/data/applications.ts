import type { CertifiedCopyRequest } from '../domain';
import { database } from './db';
import { newId } from './ids';
import type { ApplicationRecord, Id } from './records';
import { openApplication, sealApplication } from './rows';
import { withStorageErrors } from './storage-errors';
import { requireKey } from './vault/key-holder';

export async function createCertifiedCopyDraft(
  payload: CertifiedCopyRequest,
  memberIds: Id[],
): Promise<Id> {
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
  await withStorageErrors(() => database().applications.add(row));
  return record.id;
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

/**
 * Queues a draft for sending, with its payload already sealed to the municipality (or without,
 * if no key of it is known yet). The status change and the outbox row are one transaction:
 * both or neither (reliability.md R2). Nothing is sent from inside it.
 */
export async function queueForSending(id: Id, sealed?: string, now = Date.now()): Promise<void> {
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
        ...(sealed ? { sealed } : {}),
        attempts: 0,
        nextAttemptAt: now,
        createdAt: new Date(now).toISOString(),
      });
    }),
  );
}
