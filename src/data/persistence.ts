/** Whether the browser promised to keep our storage (Safari evicts it after 7 days otherwise). */
export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

export async function persistenceState(): Promise<PersistenceState> {
  if (!navigator.storage?.persisted) return 'unsupported';
  return (await navigator.storage.persisted()) ? 'persisted' : 'not-persisted';
}

/**
 * Asks for persistent storage. Browsers decide by their own rules (Chrome grants it to installed
 * or much-used sites, Firefox asks the person), so the answer is shown, not assumed.
 */
export async function askToPersist(): Promise<PersistenceState> {
  if (!navigator.storage?.persist) return 'unsupported';
  return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
}
