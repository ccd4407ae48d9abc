import type { Clock } from '../data';
import { dueOutboxItems, makeAllDue, scheduleRetry } from '../data';
import type { OutboxRecord } from '../data';
import { firstSendable, nextSendableAttemptAt } from '../data';
import { isUnlocked } from '../data';
import type { ApiTransport } from './api-client';
import { backoffDelay } from './backoff';
import { OUTBOX_LOCK, withLock } from './locks';
import { sendOne } from './send-one';

/** Server errors on this many items in a row mean the server, not the items: pause. */
const SERVER_ERRORS_BEFORE_PAUSE = 2;
const MIN_TIMER_MS = 250;

export interface OutboxRunner {
  /**
   * Sends what is due now (after the tab holding the outbox lock is done); resolves after.
   * `probe`: something suggests the way may be open again (back online, the app shown, just
   * started): when nothing is due, the item due soonest is tried anyway, once.
   */
  runNow(options?: { probe?: boolean }): Promise<void>;
  /** Probes once now, then runs whenever something becomes due. */
  start(): void;
  stop(): void;
}

export interface RunnerOptions {
  /** After a pass that recorded at least one receipt: the change feed follows. */
  onSent?: () => void;
  random?: () => number;
  /**
   * Whether sending can start (the app passes "the vault is unlocked": the tokens are sealed
   * with the data key, so a locked tab has none). While false, nothing is tried or scheduled;
   * the engine runs the outbox again when the vault opens.
   */
  ready?: () => boolean;
}

/**
 * The outbox runner: one tab at a time (a Web Lock), one request at a time, items in the order
 * they became due. Each item has its own capped, jittered backoff (R6); one failing item never
 * holds the others back (R5). When nothing can get through (no network, rate limited, signed
 * out) the pass stops and the runner pauses with its own backoff: an outage costs one probe per
 * pause, not one request per item. When a probe gets through, the queue follows at once.
 */
export function createOutboxRunner(
  transport: ApiTransport,
  clock: Clock,
  options: RunnerOptions = {},
): OutboxRunner {
  const random = options.random ?? Math.random;
  const ready = options.ready ?? (() => true);
  const ctx = { transport, now: () => clock.now(), random };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again: { probe: boolean } | undefined;
  let stopped = true;
  let stopping = new AbortController();
  let pausedUntil = 0;
  let pauses = 0;

  function pause(retryAfterMs = 0): void {
    // A run the person or the page asked for during a pause does not lengthen it.
    if (clock.now() < pausedUntil && retryAfterMs === 0) return;
    pausedUntil = clock.now() + Math.max(retryAfterMs, backoffDelay(pauses, random));
    pauses += 1;
  }

  async function itemsToTry(probe: boolean): Promise<OutboxRecord[]> {
    const due = await dueOutboxItems(clock.now());
    if (due.length > 0 || !probe) return due;
    const soonest = await firstSendable(isUnlocked());
    return soonest ? [soonest] : [];
  }

  /** One run through `items`; true when it got through after a pause (an outage ended). */
  async function send(items: OutboxRecord[], onSent: () => void): Promise<boolean> {
    let serverErrorsInARow = 0;
    let cleared = false;
    for (const item of items) {
      let verdict;
      try {
        verdict = await sendOne(ctx, item);
      } catch (error) {
        // A local failure (storage, a key that will not import): this item waits, the rest go.
        console.error('outbox item failed', error instanceof Error ? error.name : 'unknown');
        await scheduleRetry(item.id, clock.now() + backoffDelay(item.attempts, random), 'local');
        continue;
      }
      if (verdict.kind === 'answered') {
        if (verdict.sent) onSent();
        cleared ||= pauses > 0;
        serverErrorsInARow = 0;
        pausedUntil = 0;
        pauses = 0;
      } else if (verdict.kind === 'stop') {
        pause(verdict.retryAfterMs);
        break;
      } else if (verdict.kind === 'item-retry') {
        serverErrorsInARow += 1;
        if (serverErrorsInARow >= SERVER_ERRORS_BEFORE_PAUSE) {
          pause();
          break;
        }
      }
    }
    return cleared;
  }

  async function pass(probe: boolean): Promise<void> {
    let sent = 0;
    const count = () => (sent += 1);
    if (await send(await itemsToTry(probe), count)) {
      // What waited only because of the outage goes now, not at the end of its own backoff.
      await makeAllDue(clock.now());
      await send(await dueOutboxItems(clock.now()), count);
    }
    if (sent > 0) options.onSent?.();
  }

  async function scheduleNext(): Promise<void> {
    clearTimeout(timer);
    if (stopped || !ready()) return;
    const next = await nextSendableAttemptAt(isUnlocked());
    if (next === undefined || stopped) return;
    const delay = Math.max(MIN_TIMER_MS, Math.max(next, pausedUntil) - clock.now());
    timer = setTimeout(() => void runNow(), delay);
  }

  function runNow({ probe = false } = {}): Promise<void> {
    if (!ready()) return Promise.resolve();
    if (running) {
      // Something was queued or woke us during a pass: look once more right after it.
      again = { probe: probe || (again?.probe ?? false) };
      return running;
    }
    // Only one tab sends (R9): the others wait in line for the lock and then find nothing due.
    running = withLock(OUTBOX_LOCK, () => pass(probe), { signal: stopping.signal })
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        console.error('outbox pass failed', error instanceof Error ? error.name : 'unknown');
      })
      .finally(() => {
        running = undefined;
        const next = again;
        again = undefined;
        if (next) void runNow(next);
        else void scheduleNext().catch(() => undefined);
      });
    return running;
  }

  return {
    runNow,
    start() {
      if (!stopped) return;
      stopped = false;
      stopping = new AbortController();
      void runNow({ probe: true });
    },
    stop() {
      stopped = true;
      again = undefined;
      clearTimeout(timer);
      stopping.abort();
    },
  };
}
