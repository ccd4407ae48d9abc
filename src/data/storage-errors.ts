import { database } from './db';

/** Storage failures the person can act on, as named errors the UI translates. */
export type StorageErrorCode = 'storage-full' | 'storage-unavailable';

export class StorageError extends Error {
  constructor(readonly code: StorageErrorCode) {
    super(code);
    this.name = 'StorageError';
  }
}

function namesOf(error: unknown): string[] {
  if (!(error instanceof Error)) return [];
  const inner = (error as { inner?: unknown }).inner;
  return [error.name, ...(inner instanceof Error ? [inner.name] : [])];
}

function isQuotaError(error: unknown): boolean {
  return namesOf(error).includes('QuotaExceededError');
}

/** Safari drops IndexedDB connections when the app returns from the background. */
function isDroppedConnection(error: unknown): boolean {
  const names = namesOf(error);
  return names.includes('DatabaseClosedError') || names.includes('InvalidStateError');
}

/**
 * Runs one storage operation (a whole transaction, so a retry repeats all of it or none): a
 * dropped connection is reopened and the operation tried once more; a full disk becomes a named
 * error. The transaction rolled back, so nothing is half-written (reliability.md R10).
 */
export async function withStorageErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageError('storage-full');
    if (!isDroppedConnection(error)) throw error;
  }
  const db = database();
  try {
    db.close();
    await db.open();
    return await operation();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageError('storage-full');
    throw new StorageError('storage-unavailable');
  }
}
