import type { Clock } from '../data';
import { isUnlocked, onKeyChange } from '../data';
import type { ApiTransport } from './api-client';
import { createChangeFeed, type PullResult } from './change-feed';
import { enqueue } from './enqueue';
import { createOutboxRunner } from './runner';
import { prefetchSealingKeys } from './sealing';

export { httpTransport } from './api-client';

/** How often the change feed is read while the app is visible and open. */
const FEED_INTERVAL_MS = 60_000;

export interface SyncEngine {
  start(): void;
  stop(): void;
  /** Seals and queues (one local transaction), then tries to send at once. */
  submit(id: string): Promise<void>;
  runNow(): Promise<void>;
  pullChanges(): Promise<PullResult>;
}

/**
 * Everything that moves data between this phone and the municipal API, and when: the outbox
 * runs at start, on `online`, when the app becomes visible, when the vault opens (rows queued
 * without a seal can be sealed then), after an enqueue and on its own backoff. The change feed
 * follows each successful send, and is read every minute while the app is visible and open.
 */
export function createSyncEngine(transport: ApiTransport, clock: Clock): SyncEngine {
  const feed = createChangeFeed(transport);
  const runner = createOutboxRunner(transport, clock, {
    onSent: () => void feed.pull(),
    // The sign-in tokens are sealed with the data key: a locked tab cannot send (issue 19).
    ready: isUnlocked,
  });
  let interval: ReturnType<typeof setInterval> | undefined;
  let unsubscribe: (() => void) | undefined;

  const visible = () => document.visibilityState === 'visible';
  const pullIfOpen = () => {
    if (isUnlocked() && visible()) void feed.pull();
  };
  const prefetchKeys = () => {
    if (navigator.onLine) void prefetchSealingKeys(transport, clock.now()).catch(() => undefined);
  };
  const onOnline = () => {
    void runner.runNow({ probe: true });
    pullIfOpen();
    prefetchKeys();
  };
  const onVisibility = () => {
    if (!visible()) return;
    void runner.runNow({ probe: true });
    pullIfOpen();
  };
  const onVaultChange = () => {
    if (!isUnlocked()) return;
    // A probe: what waited for the unlock may be in a backoff that began while locked.
    void runner.runNow({ probe: true });
    void feed.pull();
  };

  return {
    start() {
      if (interval !== undefined) return;
      runner.start();
      window.addEventListener('online', onOnline);
      document.addEventListener('visibilitychange', onVisibility);
      unsubscribe = onKeyChange(onVaultChange);
      interval = setInterval(() => {
        if (!visible()) return;
        pullIfOpen();
        prefetchKeys();
      }, FEED_INTERVAL_MS);
      pullIfOpen();
      prefetchKeys();
    },
    stop() {
      runner.stop();
      clearInterval(interval);
      interval = undefined;
      unsubscribe?.();
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisibility);
    },
    async submit(id) {
      await enqueue(transport, id, clock.now());
      void runner.runNow();
    },
    runNow: () => runner.runNow(),
    pullChanges: () => feed.pull(),
  };
}
