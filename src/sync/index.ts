// The sync engine's face to the screens. Everything heavy (HTTP client, schemas, sealing,
// sign-in) loads on first use, after the first screen is up.
import { makeAllDue } from '../data';
import type { AuthSession } from './auth';
import type { SyncEngine } from './engine';
import { syncState } from './sync-state';

export { syncState };
export { refreshGatewayDirectory } from './gateway-directory';
export type { SyncSnapshot } from './sync-state';

let engine: Promise<SyncEngine> | undefined;
const REVOKE_WAIT_MS = 6_000;

// Sign-in code (oauth4webapi) loads only when something needs it.
function auth(): Promise<AuthSession> {
  return import('./auth').then((m) => m.authSession());
}

function theEngine(): Promise<SyncEngine> {
  engine ??= Promise.all([import('./engine'), import('../data/clock'), auth()]).then(
    ([{ createSyncEngine, httpTransport }, { systemClock }, session]) =>
      createSyncEngine(
        httpTransport(session.fetch, `${window.location.origin}/api/v1`),
        systemClock,
      ),
  );
  return engine;
}

export function startSync(): void {
  void theEngine().then((e) => e.start());
}

/**
 * Seals the application to its municipality and queues it (one local transaction); sending
 * starts at once. Resolves when it is safely queued, not when it is sent.
 */
export async function submitApplication(id: string): Promise<void> {
  await (await theEngine()).submit(id);
}

/** The person tapped "Try now": whatever waits is due, backoff or not. */
export async function sendNow(): Promise<void> {
  await makeAllDue(Date.now());
  await (await theEngine()).runNow();
}

/** Reads the municipality's news now (the screen was opened, or the person asked). */
export async function refreshStatuses(): Promise<void> {
  await (await theEngine()).pullChanges();
}

export async function signIn(returnTo: string): Promise<void> {
  await (await auth()).signIn(returnTo);
}

export async function completeSignIn(currentUrl: URL): Promise<string> {
  const returnTo = await (await auth()).completeSignIn(currentUrl);
  syncState.noteSignedIn();
  // What waited for sign-in goes now, not at the end of its backoff.
  await makeAllDue(Date.now());
  void theEngine().then((e) => {
    void e.runNow();
    void e.pullChanges();
  });
  return returnTo;
}

export async function isSignedIn(): Promise<boolean> {
  return (await auth()).isSignedIn();
}

/**
 * Ends the sign-in at the provider before an erase (online and unlocked; otherwise nothing to
 * do that could work). Never throws and never waits long: the erase must go on offline too.
 */
export async function revokeSignIn(): Promise<void> {
  if (!navigator.onLine) return;
  // A server that does not answer (a captive portal, a dead network) delays the erase by this.
  const giveUp = new Promise<void>((resolve) => setTimeout(resolve, REVOKE_WAIT_MS));
  await Promise.race([auth().then((session) => session.revoke()), giveUp]);
}

/** The account signed in (its subject at the provider), while tokens are held. */
export async function signedInAs(): Promise<string | undefined> {
  const { loadAuthState } = await import('../data/auth-state');
  // Tokens are sealed by the vault: while locked, nobody is shown as signed in.
  const state = await loadAuthState().catch(() => undefined);
  return state?.tokens?.subject;
}

export async function signOut(): Promise<void> {
  await (await auth()).signOut();
}
