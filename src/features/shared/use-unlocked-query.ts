import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isUnlocked, onKeyChange, VaultError } from '../../data';

/** Whether the vault is open right now; re-renders when it locks or unlocks. */
export function useIsUnlocked(): boolean {
  return useSyncExternalStore(onKeyChange, isUnlocked);
}

/**
 * A live query over personal data: undefined while loading and while locked (a screen kept
 * mounted under the lock screen must not throw when its data can no longer be opened).
 */
export function useUnlockedQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const unlocked = useIsUnlocked();
  return useLiveQuery(
    () =>
      unlocked
        ? query().catch((error: unknown) => {
            if (error instanceof VaultError && error.code === 'locked') return undefined;
            throw error;
          })
        : undefined,
    [unlocked, ...deps],
  );
}
