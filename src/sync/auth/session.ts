import * as oauth from 'oauth4webapi';
import {
  clearAuthState,
  hasSignInSession,
  loadAuthState,
  saveAuthState,
  type AuthState,
} from '../../data/auth-state';
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

  async function stateWithKey(): Promise<AuthState> {
    const existing = await loadAuthState();
    if (existing) return existing;
    // Non-extractable: the private key can sign proofs but can never be exported.
    const dpopKeyPair = await oauth.generateKeyPair('ES256', { extractable: false });
    const fresh: AuthState = { dpopKeyPair };
    await saveAuthState(fresh);
    return fresh;
  }

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

  async function store(state: AuthState, tokens: oauth.TokenEndpointResponse): Promise<AuthState> {
    const next: AuthState = {
      ...state,
      accessToken: tokens.access_token,
      accessTokenExpiresAt: Date.now() + (tokens.expires_in ?? 300) * 1000,
      // Rotation: each refresh returns a new refresh token; the old one is spent.
      refreshToken: tokens.refresh_token ?? state.refreshToken,
    };
    await saveAuthState(next);
    return next;
  }

  const isFresh = (state: AuthState) =>
    (state.accessTokenExpiresAt ?? 0) - REFRESH_MARGIN_MS > Date.now();

  async function freshAccessToken(): Promise<AuthState | undefined> {
    const state = await loadAuthState();
    if (!state?.accessToken) return undefined;
    if (isFresh(state)) return state;
    return withLock(REFRESH_LOCK, refreshUnderLock);
  }

  async function refreshUnderLock(): Promise<AuthState | undefined> {
    // Read again: whoever held the lock before may have refreshed already.
    const state = await loadAuthState();
    if (!state?.accessToken) return undefined;
    if (isFresh(state)) return state;
    if (!state.refreshToken) return undefined;
    const as = await authorizationServer();
    const refreshToken = state.refreshToken;
    try {
      const tokens = await withClockRetry(() =>
        tokenRequestWithNonceRetry(
          () =>
            oauth.refreshTokenGrantRequest(as, client, clientAuth, refreshToken, {
              DPoP: dpopFor(state.dpopKeyPair),
              ...requestOptions(config.issuer),
              signal: AbortSignal.timeout(20_000),
            }),
          (response) => oauth.processRefreshTokenResponse(as, client, response),
        ),
      );
      return await store(state, tokens);
    } catch (error) {
      if (error instanceof oauth.ResponseBodyError) {
        // The refresh token was refused (expired, revoked, reused): sign in again.
        await saveAuthState({ dpopKeyPair: state.dpopKeyPair });
        return undefined;
      }
      throw error;
    }
  }

  return {
    isSignedIn: hasSignInSession,

    /** Leaves the app for the provider's sign-in page; it comes back to /auth/callback. */
    async signIn(returnTo: string): Promise<void> {
      const as = await authorizationServer();
      const state = await stateWithKey();
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
      url.searchParams.set('dpop_jkt', await dpopFor(state.dpopKeyPair).calculateThumbprint());
      window.location.assign(url.href);
    },

    /** Finishes the sign-in on /auth/callback; returns where the person was. */
    async completeSignIn(currentUrl: URL): Promise<string> {
      const raw = sessionStorage.getItem(PENDING);
      sessionStorage.removeItem(PENDING);
      if (!raw) throw new Error('no-pending-sign-in');
      const pending = JSON.parse(raw) as PendingSignIn;
      const as = await authorizationServer();
      const params = oauth.validateAuthResponse(as, client, currentUrl, pending.state);
      const state = await stateWithKey();
      const tokens = await withClockRetry(() =>
        tokenRequestWithNonceRetry(
          () =>
            oauth.authorizationCodeGrantRequest(
              as,
              client,
              clientAuth,
              params,
              config.redirectUri,
              pending.codeVerifier,
              { DPoP: dpopFor(state.dpopKeyPair), ...requestOptions(config.issuer) },
            ),
          (response) =>
            oauth.processAuthorizationCodeResponse(as, client, response, {
              expectedNonce: pending.nonce,
              requireIdToken: true,
            }),
        ),
      );
      const claims = oauth.getValidatedIdTokenClaims(tokens);
      await store({ ...state, subject: claims?.sub }, tokens);
      localStorage.removeItem(ASK_LOGIN);
      return pending.returnTo.startsWith('/') ? pending.returnTo : '/';
    },

    async signOut(): Promise<void> {
      await clearAuthState();
      localStorage.setItem(ASK_LOGIN, '1');
    },

    /** A DPoP-bound request with the current access token, refreshed when needed. */
    fetch: (async (method, url, headers, body) => {
      const state = await freshAccessToken();
      if (!state?.accessToken) return 'signed-out';
      const accessToken = state.accessToken;
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
