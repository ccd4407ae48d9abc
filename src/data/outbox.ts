// What the sync runner reads and writes. Each function is one local transaction; the runner
// never calls fetch inside one (a Dexie transaction would commit early).
import { database } from './db';
import type { ApplicationRecord, AttentionReason, Id, OutboxRecord } from './records';
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

/** The sealed body is stored before the first send, so every retry sends the same bytes. */
export async function storeSealed(id: Id, sealed: string): Promise<void> {
  await database().outbox.update(id, { sealed });
}

export async function scheduleRetry(id: Id, nextAttemptAt: number): Promise<void> {
  const db = database();
  await db.outbox.where('id').equals(id).modify((row) => {
    row.attempts += 1;
    row.nextAttemptAt = nextAttemptAt;
  });
}

/** The server refused the content: the person must look. The application is kept, unsent. */
export async function markNeedsAttention(id: Id, attention: AttentionReason): Promise<void> {
  const db = database();
  await db.transaction('rw', db.applications, db.outbox, async () => {
    await db.applications.update(id, {
      status: 'needs-attention',
      attention,
      updatedAt: new Date().toISOString(),
    });
    await db.outbox.delete(id);
  });
}

/** The person asked to send now (or has just signed in): everything waiting becomes due. */
export async function makeAllDue(now: number): Promise<void> {
  await database().outbox.toCollection().modify({ nextAttemptAt: now });
}
