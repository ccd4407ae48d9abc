import { VaultError } from './errors';

// The data key lives here and nowhere else: in this tab's memory, never in storage. Locking
// drops the reference; the key is non-extractable, so nothing can read its bytes meanwhile.
let dataKey: CryptoKey | undefined;
const listeners = new Set<() => void>();

// A lock in one tab locks every tab of the app at once (a BroadcastChannel reaches the other
// tabs and windows of this origin in this browser profile). Unlocking stays per tab: the
// key never travels between tabs, each one unwraps its own.
const LOCK_CHANNEL = 'madoguchi-vault-lock';
let channel: BroadcastChannel | undefined;

function lockChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(LOCK_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === 'lock') dropKey();
  };
  // Node (unit tests) would otherwise keep the process alive for the channel.
  (channel as { unref?: () => void }).unref?.();
  return channel;
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function holdKey(key: CryptoKey): void {
  // Listen from the first unlock on, so a lock elsewhere reaches this tab while it is open.
  lockChannel();
  dataKey = key;
  notify();
}

/** Drops the key in this tab only (an automatic lock for this tab's own reasons). */
export function dropKey(): void {
  if (!dataKey) return;
  dataKey = undefined;
  notify();
}

/** Drops the key here and in every other tab of the app (the Lock button, the erase). */
export function dropKeyEverywhere(): void {
  lockChannel()?.postMessage('lock');
  dropKey();
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
