import { cachedSealingKey, rememberSealingKeys } from '../data';
import { municipalitiesNeedingKeys } from '../data';
import type { SealingJwk } from '../domain/api';
import type { ApiTransport } from './api-client';

/** How long the person waits for a fresh key when they tap "Send"; then the cached one is used. */
export const ENQUEUE_KEY_TIMEOUT_MS = 4_000;
/** Keys of municipalities with drafts are fetched again after this, so a rotation is noticed. */
const KEYS_MAX_AGE_MS = 12 * 60 * 60_000;

/**
 * The municipality's current key: fresh from the directory when it answers (and remembered for
 * offline use), else the last one fetched; undefined when none was ever known.
 */
export async function currentSealingKey(
  transport: ApiTransport,
  municipalityCode: string,
  timeoutMs?: number,
): Promise<SealingJwk | undefined> {
  try {
    const keys = await transport.getSealingKeys(municipalityCode, timeoutMs);
    if (keys[0]) {
      await rememberSealingKeys(municipalityCode, keys);
      return keys[0];
    }
  } catch {
    // Offline or slow: the cached key is as good, unless the city rotated it (then 422, resend).
  }
  return cachedSealingKey(municipalityCode);
}

/**
 * Fetches the keys of municipalities the person is preparing papers for, so that an application
 * queued offline later can still be sealed at once. Stops at the first failure (offline).
 */
export async function prefetchSealingKeys(transport: ApiTransport, now: number): Promise<void> {
  for (const code of await municipalitiesNeedingKeys(KEYS_MAX_AGE_MS, now)) {
    try {
      const keys = await transport.getSealingKeys(code, ENQUEUE_KEY_TIMEOUT_MS);
      if (keys.length > 0) await rememberSealingKeys(code, keys);
    } catch {
      return;
    }
  }
}
