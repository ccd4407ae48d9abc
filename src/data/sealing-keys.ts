import type { SealingJwk } from '../domain/api';
import { database } from './db';
import { withStorageErrors } from './storage-errors';

/** Keeps a municipality's public keys, so a later application can be sealed offline. */
export async function rememberSealingKeys(municipalityCode: string, keys: SealingJwk[]): Promise<void> {
  await withStorageErrors(() =>
    database().sealingKeys.put({ municipalityCode, keys, fetchedAt: new Date().toISOString() }),
  );
}

/** The municipality's current key (the directory lists it first), if one was ever fetched. */
export async function cachedSealingKey(municipalityCode: string): Promise<SealingJwk | undefined> {
  const row = await database().sealingKeys.get(municipalityCode);
  return row?.keys[0];
}
