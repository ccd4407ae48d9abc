// What the sync engine is doing right now, for the quiet indicator and the per-item status.
// Persistent state (queued, sent, needs attention) lives in the database; this is only the
// moment-to-moment activity of this tab.
export interface SyncSnapshot {
  sendingId: string | undefined;
  /** The API asked for sign-in; queued applications wait for it, kept. */
  signInNeeded: boolean;
}

let snapshot: SyncSnapshot = {
  sendingId: undefined,
  signInNeeded: false,
};
const listeners = new Set<() => void>();

function set(next: Partial<SyncSnapshot>): void {
  snapshot = { ...snapshot, ...next };
  for (const listener of listeners) listener();
}

export const syncState = {
  get: (): SyncSnapshot => snapshot,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setSending: (sendingId: string | undefined) => set({ sendingId }),
  noteSuccess: () => set({ signInNeeded: false }),
  noteSignInNeeded: () => set({ signInNeeded: true }),
  noteSignedIn: () => set({ signInNeeded: false }),
};
