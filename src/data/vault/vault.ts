import { database } from '../db';
import { sealApplication, sealMember } from '../rows';
import type { ApplicationRecord, MemberRecord, StoredApplication, StoredMember } from '../records';
import { withStorageErrors } from '../storage-errors';
import { VaultError } from './errors';
import { newDataKey } from './field-cipher';
import { dropKey, dropKeyEverywhere, holdKey } from './key-holder';
import { unwrapWithPasskey, wrapWithNewPasskey } from './passkey-wrap';
import {
  changePassphrase,
  defaultArgon2Params,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  type Argon2Params,
} from './passphrase-wrap';
import {
  ATTEMPTS_KEY,
  passkeyWrapsOf,
  passphraseWrapOf,
  readAttempts,
  readVaultConfig,
  unlockDelayMs,
  VAULT_KEY,
  type VaultConfig,
} from './vault-config';

export const MIN_PASSPHRASE_LENGTH = 8;

/** Argon2id cost for new vaults; tests lower it, the app never does. */
let argon2Params: Argon2Params = defaultArgon2Params;
export function useArgon2ParamsForTests(params: Argon2Params): void {
  argon2Params = params;
}

async function nonExtractable(key: CryptoKey): Promise<CryptoKey> {
  const raw = await crypto.subtle.exportKey('raw', key);
  const copy = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  new Uint8Array(raw).fill(0);
  return copy;
}

function isLegacy(row: StoredMember | StoredApplication): boolean {
  return row.sealed === undefined;
}

/**
 * Sets the vault up with a passphrase. Rows written before the vault (schema version 1) are
 * sealed in the same transaction as the vault is stored: after it, nothing personal is clear.
 */
export async function setUpVault(passphrase: string): Promise<void> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new VaultError('passphrase-too-short');
  if (await readVaultConfig()) throw new VaultError('already-set-up');
  const dataKey = await newDataKey();
  const config: VaultConfig = {
    version: 1,
    createdAt: new Date().toISOString(),
    wraps: [await wrapWithPassphrase(dataKey, passphrase, argon2Params)],
  };
  const key = await nonExtractable(dataKey);
  const db = database();
  // Crypto is asynchronous outside IndexedDB, so it runs before the transaction, not inside.
  const members = (await db.members.toArray()).filter(isLegacy);
  const applications = (await db.applications.toArray()).filter(isLegacy);
  const sealedMembers = await Promise.all(members.map((m) => sealMember(m as MemberRecord, key)));
  const sealedApplications = await Promise.all(
    applications.map((a) => sealApplication(a as ApplicationRecord, key)),
  );
  await withStorageErrors(() =>
    db.transaction('rw', db.settings, db.members, db.applications, async () => {
      if (await db.settings.get(VAULT_KEY)) throw new VaultError('already-set-up');
      await db.settings.put({ key: VAULT_KEY, value: config });
      await db.members.bulkPut(sealedMembers);
      await db.applications.bulkPut(sealedApplications);
    }),
  );
  holdKey(key);
}

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-passphrase' | 'wait'; retryAfterMs: number };

/** Unlocks with the passphrase; wrong ones make the next try wait longer (never a wipe). */
export async function unlockWithPassphrase(passphrase: string, now = Date.now()): Promise<UnlockResult> {
  const config = await readVaultConfig();
  const wrap = config && passphraseWrapOf(config);
  if (!wrap) throw new VaultError('no-vault');
  const attempts = await readAttempts();
  const waitUntil = attempts.lastFailureAt + unlockDelayMs(attempts);
  if (waitUntil > now) return { ok: false, reason: 'wait', retryAfterMs: waitUntil - now };
  try {
    holdKey(await unwrapWithPassphrase(wrap, passphrase));
  } catch (error) {
    if (!(error instanceof VaultError) || error.code !== 'wrong-passphrase') throw error;
    const failed = { failures: attempts.failures + 1, lastFailureAt: now };
    await database().settings.put({ key: ATTEMPTS_KEY, value: failed });
    return { ok: false, reason: 'wrong-passphrase', retryAfterMs: unlockDelayMs(failed) };
  }
  await database().settings.delete(ATTEMPTS_KEY);
  return { ok: true };
}

/** Unlocks with a passkey, if one was added (the authenticator does its own rate limiting). */
export async function unlockWithPasskey(): Promise<void> {
  const config = await readVaultConfig();
  if (!config) throw new VaultError('no-vault');
  const [wrap] = passkeyWrapsOf(config);
  if (!wrap) throw new VaultError('passkey-unavailable');
  holdKey(await unwrapWithPasskey(wrap));
  await database().settings.delete(ATTEMPTS_KEY);
}

/** The person locks: every tab of the app locks at once (issue 19). */
export function lockVault(): void {
  dropKeyEverywhere();
}

/**
 * An automatic lock (this tab hidden or idle too long) locks this tab only: another tab may be
 * the one in use, and every tab runs its own timers, so a phone left alone locks them all.
 */
export function lockThisTab(): void {
  dropKey();
}

async function saveWraps(update: (config: VaultConfig) => VaultConfig): Promise<void> {
  const db = database();
  await withStorageErrors(() =>
    db.transaction('rw', db.settings, async () => {
      const config = (await db.settings.get(VAULT_KEY))?.value as VaultConfig | undefined;
      if (!config) throw new VaultError('no-vault');
      await db.settings.put({ key: VAULT_KEY, value: update(config) });
    }),
  );
}

/** A new passphrase wraps the same data key again: no record is re-encrypted. */
export async function changeVaultPassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
  if (newPassphrase.length < MIN_PASSPHRASE_LENGTH) throw new VaultError('passphrase-too-short');
  const config = await readVaultConfig();
  const wrap = config && passphraseWrapOf(config);
  if (!wrap) throw new VaultError('no-vault');
  const changed = await changePassphrase(wrap, oldPassphrase, newPassphrase);
  await saveWraps((c) => ({ ...c, wraps: c.wraps.map((w) => (w.kind === 'passphrase' ? changed : w)) }));
}

/** Adds a passkey; the passphrase confirms it is the owner and opens the key to wrap. */
export async function addPasskey(passphrase: string, userName: string): Promise<void> {
  const config = await readVaultConfig();
  const wrap = config && passphraseWrapOf(config);
  if (!wrap) throw new VaultError('no-vault');
  const dataKey = await unwrapWithPassphrase(wrap, passphrase, true);
  const passkey = await wrapWithNewPasskey(dataKey, userName);
  await saveWraps((c) => ({ ...c, wraps: [...c.wraps.filter((w) => w.kind !== 'passkey'), passkey] }));
}

/** Removes the passkey; the passphrase always stays, so the vault can still be opened. */
export async function removePasskey(): Promise<void> {
  await saveWraps((c) => ({ ...c, wraps: c.wraps.filter((w) => w.kind !== 'passkey') }));
}

export type VaultStatus = 'none' | 'locked' | 'unlocked';

export interface VaultSummary {
  hasPasskey: boolean;
  createdAt: string;
}

export async function vaultSummary(): Promise<VaultSummary | undefined> {
  const config = await readVaultConfig();
  if (!config) return undefined;
  return { hasPasskey: passkeyWrapsOf(config).length > 0, createdAt: config.createdAt };
}

export async function unlockWaitMs(now = Date.now()): Promise<number> {
  const attempts = await readAttempts();
  return Math.max(0, attempts.lastFailureAt + unlockDelayMs(attempts) - now);
}
