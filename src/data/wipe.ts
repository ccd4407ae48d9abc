import { database, forgetDatabase } from './db';
import { dropKeyEverywhere } from './vault/key-holder';
import { churnDatabase, churnScratchDatabase, overwriteEveryRow } from './wipe-overwrite';

/**
 * Removes every trace of Madoguchi from this browser: the key (in every tab), the database
 * (each row overwritten first), every cache (the app's offline copy and the reader), the
 * language choice and the service worker. Works offline: `beforeErase` (the sign-in's
 * revocation) may use the network when there is one, and its failure stops nothing
 * (reliability.md S6).
 */
export async function wipeEverything(options: { beforeErase?: () => Promise<void> } = {}): Promise<void> {
  await options.beforeErase?.().catch(() => undefined);
  dropKeyEverywhere();
  const db = database();
  // Overwritten, churned, deleted, churned again: see docs/privacy.md for why each step. A
  // storage error (a full disk) in the extra steps must not keep the database: it goes anyway.
  await overwriteEveryRow(db).catch(() => undefined);
  await churnDatabase(db).catch(() => undefined);
  await db.delete();
  forgetDatabase();
  await churnScratchDatabase().catch(() => undefined);
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) await caches.delete(name);
  }
  localStorage.clear();
  sessionStorage.clear();
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  await Promise.all(registrations.map((registration) => registration.unregister()));
}
