import { useSyncExternalStore } from 'react';
import { wipeEverything } from '../../../data';
import { revokeSignIn } from '../../../sync';

// After a wipe the app must not touch storage again (that would create a new, empty database):
// it shows only the "erased" screen until the person starts again.
let wiped = false;
const listeners = new Set<() => void>();

export async function wipeAndForget(): Promise<void> {
  await wipeEverything({ beforeErase: revokeSignIn });
  wiped = true;
  for (const listener of listeners) listener();
}

export function useWiped(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => wiped,
  );
}
