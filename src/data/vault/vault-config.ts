import { database } from '../db';
import type { PasskeyWrap } from './passkey-wrap';
import type { PassphraseWrap } from './passphrase-wrap';

export type UnlockWrap = PassphraseWrap | PasskeyWrap;

/** The vault's settings row: the data key wrapped once per unlock method, never the key itself. */
export interface VaultConfig {
  version: 1;
  createdAt: string;
  wraps: UnlockWrap[];
}

/** Failed passphrase attempts, kept across reloads so that reloading does not reset the wait. */
export interface UnlockAttempts {
  failures: number;
  lastFailureAt: number;
}

export const VAULT_KEY = 'vault';
export const ATTEMPTS_KEY = 'vault-attempts';

export async function readVaultConfig(): Promise<VaultConfig | undefined> {
  const row = await database().settings.get(VAULT_KEY);
  return row?.value as VaultConfig | undefined;
}

export function passphraseWrapOf(config: VaultConfig): PassphraseWrap | undefined {
  return config.wraps.find((w): w is PassphraseWrap => w.kind === 'passphrase');
}

export function passkeyWrapsOf(config: VaultConfig): PasskeyWrap[] {
  return config.wraps.filter((w): w is PasskeyWrap => w.kind === 'passkey');
}

export async function readAttempts(): Promise<UnlockAttempts> {
  const row = await database().settings.get(ATTEMPTS_KEY);
  return (row?.value as UnlockAttempts | undefined) ?? { failures: 0, lastFailureAt: 0 };
}

/**
 * How long to wait before the next try: free for the first three, then doubling from two
 * seconds up to five minutes. Never a wipe: a forgotten passphrase must not cost the data.
 */
export function unlockDelayMs(attempts: UnlockAttempts): number {
  if (attempts.failures < 3) return 0;
  return Math.min(2_000 * 2 ** (attempts.failures - 3), 5 * 60_000);
}
