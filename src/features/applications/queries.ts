import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  getApplication,
  hasSignInSession,
  listApplications,
  listPhotos,
  type PhotoSummary,
  timelineOf,
  type ApplicationRecord,
  type TimelineItem,
} from '../../data';
import { countOutbox, outboxEntry, type OutboxEntry } from '../../data';
import { syncState, type SyncSnapshot } from '../../sync';
import { useUnlockedQuery } from '../shared/use-unlocked-query';

/** undefined while loading or locked. */
export function useApplications(): ApplicationRecord[] | undefined {
  return useUnlockedQuery(listApplications, []);
}

/** undefined while loading or locked, null when there is no such application on this phone. */
export function useApplication(id: string): ApplicationRecord | null | undefined {
  return useUnlockedQuery(async () => (await getApplication(id)) ?? null, [id]);
}

/** What the municipality reported, oldest first; the clerk's reasons are opened by the vault. */
export function useTimeline(id: string): TimelineItem[] | undefined {
  return useUnlockedQuery(() => timelineOf(id), [id]);
}

/** The application's place in the outbox (tries, next try), or null once it has left it. */
export function useOutboxEntry(id: string): OutboxEntry | null | undefined {
  return useLiveQuery(() => outboxEntry(id), [id]);
}

/** The photos of an application, without their bytes. Clear data: known while locked too. */
export function usePhotos(id: string): PhotoSummary[] | undefined {
  return useLiveQuery(() => listPhotos(id), [id]);
}

/** How many applications wait to be sent. Clear data: known while locked too. */
export function useWaitingCount(): number | undefined {
  return useLiveQuery(countOutbox, []);
}

export function useSyncSnapshot(): SyncSnapshot {
  return useSyncExternalStore(syncState.subscribe, syncState.get);
}

/** undefined while loading. Live: signing in or out updates every screen. */
export function useHasSignInSession(): boolean | undefined {
  return useLiveQuery(hasSignInSession, []);
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}
