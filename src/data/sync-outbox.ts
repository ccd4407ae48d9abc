// What the sync engine and the sending screens read beyond outbox.ts. Only clear columns are
// touched here (ids, statuses, municipality codes, timestamps), so all of it works while locked.
import { database } from './db';
import { dropCitySeals } from './outbox';
import type { ApplicationStatus, Id, OutboxRecord, Receipt, RetryCause } from './records';
import { statusProgress } from './status-progress';
import { withStorageErrors } from './storage-errors';
import { CHANGES_CURSOR_KEY } from './timeline';

export { countOutbox } from './outbox';

/**
 * The earliest attempt the runner can make. A row still without a seal needs the vault, so
 * while it is locked such rows are left out: they wait, kept and counted as waiting, until it
 * opens, without waking the runner for nothing.
 */
export async function nextSendableAttemptAt(includeUnsealed: boolean): Promise<number | undefined> {
  return (await firstSendable(includeUnsealed))?.nextAttemptAt;
}

/** The row due soonest that can be sent now (see nextSendableAttemptAt), due or not. */
export function firstSendable(includeUnsealed: boolean): Promise<OutboxRecord | undefined> {
  const rows = database().outbox.orderBy('nextAttemptAt');
  return (includeUnsealed ? rows : rows.filter((row) => row.sealed !== undefined)).first();
}

/**
 * Records the receipt and removes the outbox row and the municipality-sealed copies of its
 * photos in one transaction; a late answer never moves the status back (the feed may already
 * have said "accepted").
 *
 * `replayed`: the server had this application before this answer (the page died after the
 * server committed). The change feed may then have passed its changes while this phone could
 * not yet tell whose they were, so the feed is read again from the start, in the same
 * transaction: nothing is lost, and applying a change twice writes it once.
 */
export async function recordReceiptOnce(
  id: Id,
  receipt: Receipt,
  status: ApplicationStatus,
  replayed = false,
): Promise<void> {
  const db = database();
  await withStorageErrors(() =>
    db.transaction('rw', db.applications, db.outbox, db.settings, db.photos, async () => {
      const app = await db.applications.get(id);
      if (app) {
        const kept = statusProgress(app.status) > statusProgress(status) ? app.status : status;
        await db.applications.update(id, {
          status: kept,
          receipt,
          attention: undefined,
          updatedAt: new Date().toISOString(),
        });
      }
      await db.outbox.delete(id);
      await dropCitySeals(id);
      if (replayed) await db.settings.delete(CHANGES_CURSOR_KEY);
    }),
  );
}

/**
 * The change feed names applications by the server's id (the receipt's); this phone keys them
 * by its own. Server ids this phone holds no receipt for are left out.
 */
export async function localIdsByServerId(serverIds: string[]): Promise<Map<string, Id>> {
  const wanted = new Set(serverIds);
  const apps = await database()
    .applications.filter((app) => app.receipt !== undefined && wanted.has(app.receipt.serverId))
    .toArray();
  return new Map(apps.map((app) => [app.receipt?.serverId ?? '', app.id]));
}

/** What a screen may show about one waiting application: never its sealed bytes. */
export interface OutboxEntry {
  attempts: number;
  nextAttemptAt: number;
  sealed: boolean;
  lastRetryCause?: RetryCause;
}

export async function outboxEntry(id: Id): Promise<OutboxEntry | null> {
  const row = await database().outbox.get(id);
  return row
    ? {
        attempts: row.attempts,
        nextAttemptAt: row.nextAttemptAt,
        sealed: row.sealed !== undefined,
        ...(row.lastRetryCause ? { lastRetryCause: row.lastRetryCause } : {}),
      }
    : null;
}

/**
 * Municipalities the person may soon send to (drafts, applications that need attention, queued
 * ones without a seal) whose public keys were never fetched or are older than `maxAgeMs`.
 */
export async function municipalitiesNeedingKeys(maxAgeMs: number, now: number): Promise<string[]> {
  const db = database();
  const apps = await db.applications
    .where('status')
    .anyOf('draft', 'needs-attention', 'queued')
    .toArray();
  const unsealed = await db.outbox.filter((row) => row.sealed === undefined).toArray();
  const codes = new Set([
    ...apps.map((app) => app.municipalityCode),
    ...unsealed.map((row) => row.municipalityCode),
  ]);
  const known = await db.sealingKeys.bulkGet([...codes]);
  return [...codes].filter((_, i) => {
    const row = known[i];
    return !row || now - Date.parse(row.fetchedAt) > maxAgeMs;
  });
}
