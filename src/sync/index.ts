import { queueForSending } from '../data';
import type { OutboxRunner } from './runner';

export { syncState } from './sync-state';
export type { SyncSnapshot, RetryReason } from './sync-state';

let runner: Promise<OutboxRunner> | undefined;

// The sync engine (HTTP client, schemas, sealing) loads after the first screen is up.
function theRunner(): Promise<OutboxRunner> {
  runner ??= Promise.all([
    import('./runner'),
    import('./api-client'),
    import('../data/clock'),
  ]).then(([{ createOutboxRunner }, { httpTransport }, { systemClock }]) =>
    createOutboxRunner(httpTransport(), systemClock),
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

export async function sendNow(): Promise<void> {
  await (await theRunner()).runNow();
}
