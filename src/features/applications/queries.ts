import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  getApplication,
  hasSignInSession,
  listApplications,
  type ApplicationRecord,
} from '../../data';
import { syncState, type SyncSnapshot } from '../../sync';

export function useApplications(): ApplicationRecord[] | undefined {
  return useLiveQuery(listApplications, []);
}

/** undefined while loading, null when there is no such application on this phone. */
export function useApplication(id: string): ApplicationRecord | null | undefined {
  return useLiveQuery(async () => (await getApplication(id)) ?? null, [id]);
}

export function useSyncSnapshot(): SyncSnapshot {
  return useSyncExternalStore(syncState.subscribe, syncState.get);
}

/** undefined while loading. Live: signing in or out updates every screen. */
export function useHasSignInSession(): boolean | undefined {
  return useLiveQuery(hasSignInSession, []);
}
