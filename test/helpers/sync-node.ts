import type { AuthorizedFetch } from '../../src/sync/auth';
import { dpopProof, type Session } from '../server/helpers/sign-in';

/**
 * The app's AuthorizedFetch for Node: the signed-in session's DPoP-bound token and a fresh
 * proof per request, with the app's habit of giving up on a silent server after `timeoutMs`.
 */
export function nodeAuthorizedFetch(session: Session, timeoutMs = 5_000): AuthorizedFetch {
  return async (method, url, headers, body) => {
    headers.set('authorization', `DPoP ${session.accessToken}`);
    headers.set('dpop', await dpopProof(session, method, url.href));
    return fetch(url, {
      method,
      headers,
      body: typeof body === 'string' || body === undefined ? body : new Uint8Array(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  };
}
