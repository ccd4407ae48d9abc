import { VaultError } from './errors';

// The data key lives here and nowhere else: in this tab's memory, never in storage. Locking
// drops the reference; the key is non-extractable, so nothing can read its bytes meanwhile.
let dataKey: CryptoKey | undefined;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function holdKey(key: CryptoKey): void {
  dataKey = key;
  notify();
}

export function dropKey(): void {
  if (!dataKey) return;
  dataKey = undefined;
  notify();
}

export function isUnlocked(): boolean {
  return dataKey !== undefined;
}

/** The key for reading or writing a personal field; fails while locked (reliability.md S5). */
export function requireKey(): CryptoKey {
  if (!dataKey) throw new VaultError('locked');
  return dataKey;
}

export function onKeyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
