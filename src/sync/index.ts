import { queueForSending } from '../data';
import { makeAllDue } from '../data/outbox';
import type { AuthSession } from './auth';
import type { OutboxRunner } from './runner';

import { syncState } from './sync-state';

export { syncState };
export type { SyncSnapshot, RetryReason } from './sync-state';

let runner: Promise<OutboxRunner> | undefined;

// Sign-in code (oauth4webapi) loads only when something needs it.
function auth(): Promise<AuthSession> {
  return import('./auth').then((m) => m.authSession());
}

// The sync engine (HTTP client, schemas, sealing) loads after the first screen is up.
function theRunner(): Promise<OutboxRunner> {
  runner ??= Promise.all([
    import('./runner'),
    import('./api-client'),
    import('../data/clock'),
    auth(),
  ]).then(([{ createOutboxRunner }, { httpTransport }, { systemClock }, session]) =>
    createOutboxRunner(
      httpTransport(session.fetch, `${window.location.origin}/api/v1`),
      systemClock,
    ),
  );
  return runner;
}

export function startSync(): void {
  void theRunner().then((r) => r.start());
}

/** Queues the application (one local transaction) and then tries to send at once. */
export async function submitApplication(id: string): Promise<void> {
  await queueForSending(id);
  void theRunner().then((r) => r.runNow());
}

/** The person tapped "Try now": whatever waits is due, backoff or not. */
export async function sendNow(): Promise<void> {
  await makeAllDue(Date.now());
  await (await theRunner()).runNow();
}

export async function signIn(returnTo: string): Promise<void> {
  await (await auth()).signIn(returnTo);
}

export async function completeSignIn(currentUrl: URL): Promise<string> {
  const returnTo = await (await auth()).completeSignIn(currentUrl);
  syncState.noteSignedIn();
  // What waited for sign-in goes now, not at the end of its backoff.
  await makeAllDue(Date.now());
  void theRunner().then((r) => r.runNow());
  return returnTo;
}

export async function isSignedIn(): Promise<boolean> {
  return (await auth()).isSignedIn();
}

export async function signOut(): Promise<void> {
  await (await auth()).signOut();
}
