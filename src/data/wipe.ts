import { database, forgetDatabase } from './db';
import { dropKey } from './vault/key-holder';

/**
 * Removes every trace of Madoguchi from this browser: the key, the database, every cache (the
 * app's offline copy and the reader), the language choice and the service worker. Works offline:
 * nothing here needs the network (reliability.md S6).
 */
export async function wipeEverything(): Promise<void> {
  dropKey();
  await database().delete();
  forgetDatabase();
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) await caches.delete(name);
  }
  localStorage.clear();
  sessionStorage.clear();
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  await Promise.all(registrations.map((registration) => registration.unregister()));
}
