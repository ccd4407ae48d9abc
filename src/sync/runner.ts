import {
  dueOutboxItems,
  markNeedsAttention,
  nextOutboxAttemptAt,
  applicationToSeal,
  recordReceipt,
  scheduleRetry,
  storeSealed,
} from '../data/outbox';
import type { OutboxRecord } from '../data/records';
import type { Clock } from '../data/clock';
import { isUnlocked } from '../data/vault/key-holder';
import type { ApiTransport } from './api-client';
import { backoffDelay } from './backoff';
import { sealPayload } from './seal';
import { syncState } from './sync-state';

const LOCK_NAME = 'madoguchi-outbox';

export interface OutboxRunner {
  /** Sends what is due now; resolves when this pass is over. */
  runNow(): Promise<void>;
  start(): void;
  stop(): void;
}

export function createOutboxRunner(transport: ApiTransport, clock: Clock): OutboxRunner {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;

  async function sendOne(item: OutboxRecord): Promise<void> {
    let sealed = item.sealed;
    if (!sealed) {
      // Queued before any key of the municipality was known: seal now, which needs the vault.
      if (!isUnlocked()) return;
      const app = await applicationToSeal(item.id);
      if (!app) return;
      let keys;
      try {
        keys = await transport.getSealingKeys(item.municipalityCode);
      } catch {
        await scheduleRetry(item.id, clock.now() + backoffDelay(item.attempts));
        return;
      }
      const current = keys[0];
      if (!current) {
        await scheduleRetry(item.id, clock.now() + backoffDelay(item.attempts));
        return;
      }
      sealed = await sealPayload(app.payload, current);
      // Commit the sealed bytes before sending: a retry must be the identical request (S12).
      await storeSealed(item.id, sealed);
    }
    const outcome = await transport.submit(item.id, {
      municipalityCode: item.municipalityCode,
      kind: item.kind,
      sealed,
    });
    switch (outcome.type) {
      case 'receipt':
        syncState.noteSuccess();
        await recordReceipt(
          item.id,
          {
            serverId: outcome.receipt.id,
            receiptNumber: outcome.receipt.receiptNumber,
            receivedAt: outcome.receipt.receivedAt,
          },
          outcome.receipt.status,
        );
        return;
      case 'retry-later': {
        const wait = Math.max(outcome.retryAfterMs ?? 0, backoffDelay(item.attempts));
        await scheduleRetry(item.id, clock.now() + wait);
        syncState.noteRetry(outcome.reason);
        return;
      }
      case 'rejected':
        await markNeedsAttention(item.id, {
          code: outcome.problem.code,
          ...(outcome.problem.problems ? { fields: outcome.problem.problems } : {}),
        });
        return;
      case 'too-large':
        await markNeedsAttention(item.id, { code: 'too-large' });
        return;
      case 'unauthorized':
        // Kept in the outbox: the person is asked to sign in, and it is sent after (S10).
        syncState.noteSignInNeeded();
        await scheduleRetry(item.id, clock.now() + backoffDelay(item.attempts));
        return;
    }
  }

  async function pass(): Promise<void> {
    const due = await dueOutboxItems(clock.now());
    for (const item of due) {
      syncState.setSending(item.id);
      try {
        // One failing item never blocks the others (R5): each is handled on its own.
        await sendOne(item);
      } catch (error) {
        console.error('outbox item failed', error instanceof Error ? error.name : 'unknown');
        await scheduleRetry(item.id, clock.now() + backoffDelay(item.attempts));
      } finally {
        syncState.setSending(undefined);
      }
    }
  }

  async function underLock(): Promise<void> {
    // Only one tab sends (R9). Without Web Locks (old browsers) this tab sends alone.
    if (typeof navigator !== 'undefined' && 'locks' in navigator) {
      await navigator.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
        if (lock) await pass();
      });
    } else {
      await pass();
    }
  }

  async function scheduleNext(): Promise<void> {
    clearTimeout(timer);
    if (stopped) return;
    const next = await nextOutboxAttemptAt();
    if (next === undefined) return;
    const delay = Math.max(250, next - clock.now());
    timer = setTimeout(() => void runNow(), delay);
  }

  function runNow(): Promise<void> {
    running ??= underLock()
      .catch((error: unknown) => {
        console.error('outbox pass failed', error instanceof Error ? error.name : 'unknown');
      })
      .finally(() => {
        running = undefined;
        void scheduleNext();
      });
    return running;
  }

  const wake = () => void runNow();
  const onVisible = () => {
    if (document.visibilityState === 'visible') wake();
  };

  return {
    runNow,
    start() {
      if (!stopped) return;
      stopped = false;
      window.addEventListener('online', wake);
      document.addEventListener('visibilitychange', onVisible);
      void runNow();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
