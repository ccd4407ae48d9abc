import type { ServerStatus } from '../domain/api';
import { database } from './db';
import type { Id, TimelineEntry } from './records';
import { statusProgress } from './status-progress';
import { withStorageErrors } from './storage-errors';
import { openField, sealField } from './vault/field-cipher';
import { requireKey } from './vault/key-holder';

/** A status change as the municipality's change feed reports it. */
export interface StatusChange {
  /** The application's local id: the sync layer maps the server's id through the receipts. */
  id: Id;
  status: ServerStatus;
  updatedAt: string;
  reason?: string;
}

export const CHANGES_CURSOR_KEY = 'changes-cursor';

export async function changesCursor(): Promise<string | undefined> {
  const row = await database().settings.get(CHANGES_CURSOR_KEY);
  return row?.value as string | undefined;
}

/**
 * Applies one page of changes and moves the cursor in the same transaction, so the cursor never
 * runs ahead of what is stored (reliability.md R16). Changes for applications this phone does
 * not hold (sent from another device) are skipped, but the cursor still moves past them.
 */
export async function applyChanges(changes: StatusChange[], cursor: string): Promise<void> {
  const key = requireKey();
  const entries: TimelineEntry[] = await Promise.all(
    changes.map(async (change) => {
      const id = `${change.id}:${change.status}:${change.updatedAt}`;
      return {
        id,
        applicationId: change.id,
        status: change.status,
        at: change.updatedAt,
        ...(change.reason
          ? { reason: await sealField(key, change.reason, { table: 'timeline', id }) }
          : {}),
      };
    }),
  );
  const db = database();
  await withStorageErrors(() =>
    db.transaction('rw', db.applications, db.timeline, db.settings, async () => {
      for (const entry of entries) {
        const app = await db.applications.get(entry.applicationId);
        if (!app) continue;
        await db.timeline.put(entry);
        if (statusProgress(entry.status) >= statusProgress(app.status)) {
          await db.applications.update(app.id, { status: entry.status, updatedAt: entry.at });
        }
      }
      await db.settings.put({ key: CHANGES_CURSOR_KEY, value: cursor });
    }),
  );
}

export interface TimelineItem {
  status: ServerStatus;
  at: string;
  reason?: string;
}

export async function timelineOf(applicationId: Id): Promise<TimelineItem[]> {
  const key = requireKey();
  const rows = await database().timeline.where('applicationId').equals(applicationId).toArray();
  rows.sort((a, b) => a.at.localeCompare(b.at));
  return Promise.all(
    rows.map(async (row) => ({
      status: row.status,
      at: row.at,
      ...(row.reason
        ? { reason: await openField<string>(key, row.reason, { table: 'timeline', id: row.id }) }
        : {}),
    })),
  );
}
