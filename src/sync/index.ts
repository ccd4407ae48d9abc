import { queueForSending } from '../data';
import { systemClock } from '../data/clock';
import { httpTransport } from './api-client';
import { createOutboxRunner, type OutboxRunner } from './runner';

export { syncState } from './sync-state';
export type { SyncSnapshot, RetryReason } from './sync-state';

let runner: OutboxRunner | undefined;

function theRunner(): OutboxRunner {
  runner ??= createOutboxRunner(httpTransport(), systemClock);
  return runner;
}

export function startSync(): void {
  theRunner().start();
}

/** Queues the application (one local transaction) and then tries to send at once. */
export async function submitApplication(id: string): Promise<void> {
  await queueForSending(id);
  void theRunner().runNow();
}

export function sendNow(): Promise<void> {
  return theRunner().runNow();
}
