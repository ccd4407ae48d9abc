import { defaultAuthConfig } from './config';
import { createAuthSession, type AuthSession } from './session';

export type { AuthorizedFetch, AuthSession } from './session';

let session: AuthSession | undefined;

/** The app's one sign-in session, against the provider on this origin. */
export function authSession(): AuthSession {
  session ??= createAuthSession(defaultAuthConfig());
  return session;
}
