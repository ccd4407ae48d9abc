import { useLiveQuery } from 'dexie-react-hooks';
import { vaultSummary, type VaultSummary } from '../../../data';
import { useIsUnlocked } from '../use-unlocked-query';

export type VaultStatus = 'loading' | 'none' | 'locked' | 'unlocked';

/** null when no vault is set up yet; undefined while loading. Live: setup and restore update it. */
export function useVaultSummary(): VaultSummary | null | undefined {
  return useLiveQuery(async () => (await vaultSummary()) ?? null, []);
}

export function useVaultStatus(): VaultStatus {
  const unlocked = useIsUnlocked();
  const summary = useVaultSummary();
  if (summary === undefined) return 'loading';
  if (summary === null) return 'none';
  return unlocked ? 'unlocked' : 'locked';
}
