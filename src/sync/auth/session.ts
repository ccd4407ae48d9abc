import * as oauth from 'oauth4webapi';
import {
  clearAuthState,
  hasSignInSession,
  loadAuthRow,
  loadAuthState,
  saveAuthState,
  saveDpopKeyPair,
  type AuthState,
  type Tokens,
} from '../../data';
import { VaultError } from '../../data';
import { isUnlocked, onKeyChange, requireKey } from '../../data';
import { withLock } from '../locks';
import { httpOptions, type AuthConfig } from './config';
import { createServerClock } from './server-clock';

// The authorization request's secrets live only until the browser comes back from the
// provider, in this tab's sessionStorage (never in the URL, never in IndexedDB).
const PENDING = 'madoguchi.sign-in';
// After "Sign out" the provider's own session may live on: the next sign-in asks it to show
// its login page (prompt=login), so another account can sign in on the same phone.
const ASK_LOGIN = 'madoguchi.sign-in-ask-login';

interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

const REFRESH_MARGIN_MS = 30_000;
// Refresh tokens rotate: two tabs (or the runner and the feed) spending the same one at once
// would look like a stolen token and end the session. One refresh at a time, across tabs.
const REFRESH_LOCK = 'madoguchi-token-refresh';

export type AuthorizedFetch = (
  method: string,
  url: URL,
  headers: Headers,
  body?: string | Uint8Array,
) => Promise<Response | 'signed-out'>;

export function createAuthSession(config: AuthConfig) {
  const client: oauth.Client = { client_id: config.clientId };
  const clientAuth = oauth.None();
  const serverClock = createServerClock();
  let server: Promise<oauth.AuthorizationServer> | undefined;
  let dpop: { handle: oauth.DPoPHandle; keys: CryptoKeyPair; skew: number } | undefined;

  /** Every request to the provider or the API: plain HTTP only locally; the server's clock read. */
  function requestOptions(url: URL) {
    return {
      ...httpOptions(url),
      // oauth4webapi's body types are wider than fetch's own, though fetch takes each of them.
      [oauth.customFetch]: (input: string, init: oauth.CustomFetchOptions<string, unknown>) =>
        fetch(input, init as RequestInit).then((response) => serverClock.observe(response)),
    };
  }

  /**
   * Runs a request; if it failed while the server's answer showed this phone's clock to be off,
   * once more with the corrected time (a proof dated in the server's future or far past fails).
   */
  async function withClockRetry<T>(request: () => Promise<T>): Promise<T> {
    const before = serverClock.generation();
    try {
      return await request();
    } catch (error) {
      if (serverClock.generation() === before) throw error;
      return request();
    }
  }

  function authorizationServer(): Promise<oauth.AuthorizationServer> {
    server ??= oauth
      .discoveryRequest(config.issuer, { algorithm: 'oidc', ...requestOptions(config.issuer) })
      .then((response) => oauth.processDiscoveryResponse(config.issuer, response))
      .catch((error: unknown) => {
        server = undefined;
        throw error;
      });
    return server;
  }

  function dpopFor(keys: CryptoKeyPair): oauth.DPoPHandle {
    const skew = serverClock.offsetSeconds();
    if (dpop?.keys !== keys || dpop.skew !== skew) {
      // The handle reads the client's clock skew once, when it is made.
      client[oauth.clockSkew] = skew;
      dpop = { handle: oauth.DPoP(client, keys), keys, skew };
    }
    return dpop.handle;
  }

  /** The DPoP key pair, made (non-extractable) on the first sign-in and kept after sign-out. */
  async function dpopKeyPair(): Promise<CryptoKeyPair> {
    const existing = await loadAuthRow();
    if (existing) return existing.dpopKeyPair;
    // Non-extractable: the private key can sign proofs but can never be exported.
    const keys = await oauth.generateKeyPair('ES256', { extractable: false });
    await saveDpopKeyPair(keys);
    return keys;
  }

  // Tokens are stored only sealed with the vault's data key. The sign-in comes back to
  // /auth/callback in a full page load, so that tab is locked: the tokens wait here, in this
  // tab's memory only, and are sealed and stored at the unlock that follows.
  let pending: AuthState | undefined;

  async function storePending(): Promise<void> {
    const state = pending;
    if (!state || !isUnlocked()) return;
    await saveAuthState(state);
    if (pending === state) pending = undefined;
  }
  onKeyChange(() => void storePending().catch(() => undefined));

  async function tokenRequestWithNonceRetry(
    request: () => Promise<Response>,
    process: (r: Response) => Promise<oauth.TokenEndpointResponse>,
  ) {
    try {
      return await process(await request());
    } catch (error) {
      if (!oauth.isDPoPNonceError(error)) throw error;
      return process(await request());
    }
  }

  function tokensFrom(
    response: oauth.TokenEndpointResponse,
    previous: Pick<Tokens, 'refreshToken' | 'subject'>,
  ): Tokens {
    return {
      accessToken: response.access_token,
      accessTokenExpiresAt: Date.now() + (response.expires_in ?? 300) * 1000,
      // Rotation: each refresh returns a new refresh token; the old one is spent.
      refreshToken: response.refresh_token ?? previous.refreshToken,
      subject: previous.subject,
    };
  }

  const isFresh = (tokens: Tokens) => tokens.accessTokenExpiresAt - REFRESH_MARGIN_MS > Date.now();

  /**
   * The session with a fresh access token. Locked: nothing can be opened, so nothing is sent
   * until the person unlocks (the runner waits for that; see docs/privacy.md).
   */
  async function freshSession(): Promise<AuthState | 'locked' | undefined> {
    if (!isUnlocked()) return 'locked';
    await storePending();
    const key = requireKey();
    const state = await loadAuthState(key);
    if (!state?.tokens) return undefined;
    if (isFresh(state.tokens)) return state;
    return withLock(REFRESH_LOCK, () => refreshUnderLock(key));
  }

  async function refreshUnderLock(key: CryptoKey): Promise<AuthState | undefined> {
    // Read again: whoever held the lock before may have refreshed already.
    const state = await loadAuthState(key);
    const previous = state?.tokens;
    if (!state || !previous) return undefined;
    if (isFresh(previous)) return state;
    const refreshToken = previous.refreshToken;
    if (!refreshToken) return undefined;
    const as = await authorizationServer();
    try {
      const response = await withClockRetry(() =>
        tokenRequestWithNonceRetry(
          () =>
            oauth.refreshTokenGrantRequest(as, client, clientAuth, refreshToken, {
              DPoP: dpopFor(state.dpopKeyPair),
              ...requestOptions(config.issuer),
              signal: AbortSignal.timeout(20_000),
            }),
          (r) => oauth.processRefreshTokenResponse(as, client, r),
        ),
      );
      // Sealed with the key read before the request, even if this tab locked meanwhile.
      const next: AuthState = { ...state, tokens: tokensFrom(response, previous) };
      await saveAuthState(next, key);
      return next;
    } catch (error) {
      if (error instanceof oauth.ResponseBodyError) {
        // The refresh token was refused (expired, revoked, reused): sign in again.
        await saveAuthState({ dpopKeyPair: state.dpopKeyPair }, key);
        return undefined;
      }
      throw error;
    }
  }

  /**
   * Ends the session at the provider (RFC 7009): revoking the refresh token ends its grant,
   * so no new access token can be had. The access tokens are JWTs checked by the API itself:
   * they stay valid until they expire, but only with the DPoP key this phone then deletes.
   * Best effort: offline, locked (the tokens cannot be opened) or failing, nothing is revoked.
   */
  async function revoke(): Promise<'revoked' | 'nothing-to-revoke' | 'not-revoked'> {
    try {
      const state = pending ?? (isUnlocked() ? await loadAuthState() : undefined);
      const refreshToken = state?.tokens?.refreshToken;
      if (!refreshToken) return 'nothing-to-revoke';
      if (typeof navigator !== 'undefined' && !navigator.onLine) return 'not-revoked';
      const as = await authorizationServer();
      const response = await oauth.revocationRequest(as, client, clientAuth, refreshToken, {
        additionalParameters: { token_type_hint: 'refresh_token' },
        ...requestOptions(config.issuer),
        signal: AbortSignal.timeout(5_000),
      });
      await oauth.processRevocationResponse(response);
      return 'revoked';
    } catch {
      return 'not-revoked';
    }
  }

  return {
    async isSignedIn(): Promise<boolean> {
      return pending !== undefined || (await hasSignInSession());
    },

    /** Leaves the app for the provider's sign-in page; it comes back to /auth/callback. */
    async signIn(returnTo: string): Promise<void> {
      const as = await authorizationServer();
      const keys = await dpopKeyPair();
      const pending: PendingSignIn = {
        codeVerifier: oauth.generateRandomCodeVerifier(),
        state: oauth.generateRandomState(),
        nonce: oauth.generateRandomNonce(),
        returnTo,
      };
      sessionStorage.setItem(PENDING, JSON.stringify(pending));
      const url = new URL(as.authorization_endpoint ?? '');
      url.searchParams.set('client_id', config.clientId);
      url.searchParams.set('redirect_uri', config.redirectUri);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('scope', config.scope);
      url.searchParams.set(
        'code_challenge',
        await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
      );
      url.searchParams.set('code_challenge_method', 'S256');
      url.searchParams.set('state', pending.state);
      url.searchParams.set('nonce', pending.nonce);
      url.searchParams.set('prompt', localStorage.getItem(ASK_LOGIN) ? 'login consent' : 'consent');
      url.searchParams.set('dpop_jkt', await dpopFor(keys).calculateThumbprint());
      window.location.assign(url.href);
    },

    /** Finishes the sign-in on /auth/callback; returns where the person was. */
    async completeSignIn(currentUrl: URL): Promise<string> {
      const raw = sessionStorage.getItem(PENDING);
      sessionStorage.removeItem(PENDING);
      if (!raw) throw new Error('no-pending-sign-in');
      const signIn = JSON.parse(raw) as PendingSignIn;
      const as = await authorizationServer();
      const params = oauth.validateAuthResponse(as, client, currentUrl, signIn.state);
      const keys = await dpopKeyPair();
      const response = await withClockRetry(() =>
        tokenRequestWithNonceRetry(
          () =>
            oauth.authorizationCodeGrantRequest(
              as,
              client,
              clientAuth,
              params,
              config.redirectUri,
              signIn.codeVerifier,
              { DPoP: dpopFor(keys), ...requestOptions(config.issuer) },
            ),
          (r) =>
            oauth.processAuthorizationCodeResponse(as, client, r, {
              expectedNonce: signIn.nonce,
              requireIdToken: true,
            }),
        ),
      );
      const subject = oauth.getValidatedIdTokenClaims(response)?.sub;
      pending = { dpopKeyPair: keys, tokens: tokensFrom(response, { subject }) };
      await storePending();
      localStorage.removeItem(ASK_LOGIN);
      return signIn.returnTo.startsWith('/') ? signIn.returnTo : '/';
    },

    /** Signs out here, and ends the session at the provider when it can (see revoke). */
    async signOut(): Promise<void> {
      await revoke();
      pending = undefined;
      await clearAuthState();
      localStorage.setItem(ASK_LOGIN, '1');
    },

    /** Before an erase: ends the session at the provider when online and unlocked. */
    async revoke() {
      const outcome = await revoke();
      pending = undefined;
      return outcome;
    },

    /** A DPoP-bound request with the current access token, refreshed when needed. */
    fetch: (async (method, url, headers, body) => {
      const state = await freshSession();
      // The runner does not send while locked; one already under way when the lock came stops.
      if (state === 'locked') throw new VaultError('locked');
      if (!state?.tokens) return 'signed-out';
      const accessToken = state.tokens.accessToken;
      const send = () =>
        oauth.protectedResourceRequest(accessToken, method, url, headers, body, {
          DPoP: dpopFor(state.dpopKeyPair),
          ...requestOptions(url),
          signal: AbortSignal.timeout(20_000),
        });
      try {
        return await withClockRetry(() =>
          send().catch((error: unknown) => {
            if (oauth.isDPoPNonceError(error)) return send();
            throw error;
          }),
        );
      } catch (error) {
        // A challenge (401 with WWW-Authenticate) is an answer like any other for the caller.
        if (error instanceof oauth.WWWAuthenticateChallengeError) return error.response;
        throw error;
      }
    }) satisfies AuthorizedFetch,
  };
}

export type AuthSession = ReturnType<typeof createAuthSession>;
