/**
 * The outbox lock: held while sending and while applying the change feed, across tabs. One
 * holder at a time means a receipt and a page of changes are never recorded interleaved (see
 * recordReceiptOnce), and exactly one tab sends (R9).
 */
export const OUTBOX_LOCK = 'madoguchi-outbox';

/**
 * Runs `task` holding the named Web Lock (shared by every tab of this origin). With
 * `ifAvailable`, resolves to undefined without running when another tab holds it. Without Web
 * Locks (old browsers, Node) the task runs at once: this context is then the only one.
 */
export async function withLock<T>(
  name: string,
  task: () => Promise<T>,
  options: { ifAvailable?: boolean; signal?: AbortSignal } = {},
): Promise<T | undefined> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return task();
  const { ifAvailable = false, signal } = options;
  return navigator.locks.request(
    name,
    ifAvailable ? { ifAvailable } : { ...(signal ? { signal } : {}) },
    (lock) => (lock ? task() : undefined),
  );
}
