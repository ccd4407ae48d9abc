import { randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, SignJWT, type JWK } from 'jose';
import * as oauth from 'oauth4webapi';

export const DEV_PASSWORD = 'madoguchi-dev';
export const CLIENT_ID = 'madoguchi-app';

export interface Session {
  sub: string;
  accessToken: string;
  refreshToken: string | undefined;
  keyPair: CryptoKeyPair;
  publicJwk: JWK;
  jkt: string;
}

/** Cookies by name, as a browser would send them back to this one server. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const insecure = { [oauth.allowInsecureRequests]: true };

export async function discover(baseUrl: string): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(`${baseUrl}/oidc`);
  const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...insecure });
  return oauth.processDiscoveryResponse(issuer, response);
}

export interface AuthorizationStart {
  url: URL;
  state: string;
  codeVerifier: string;
  redirectUri: string;
}

export async function authorizationUrl(
  as: oauth.AuthorizationServer,
  baseUrl: string,
): Promise<AuthorizationStart> {
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const redirectUri = `${baseUrl}/auth/callback`;
  const url = new URL(as.authorization_endpoint ?? '');
  url.search = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid offline_access',
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  }).toString();
  return { url, state, codeVerifier, redirectUri };
}

/**
 * Plays the browser through the development provider: authorize, the login form, implied
 * consent, until the redirect to the app's callback. Returns that callback URL.
 */
export async function loginThroughBrowser(
  start: URL,
  baseUrl: string,
  user: string,
  password: string,
): Promise<URL> {
  const jar = new CookieJar();
  let url = start;
  for (let hop = 0; hop < 10; hop++) {
    if (url.pathname === '/auth/callback') return url;
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      continue;
    }
    const html = await response.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action)
      throw new Error(`sign-in stopped at ${response.status}`);
    const posted = await fetch(new URL(action, baseUrl), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: user, password }).toString(),
    });
    jar.take(posted);
    const next = posted.headers.get('location');
    if (posted.status !== 303 || !next) throw new Error(`login refused (${posted.status})`);
    url = new URL(next, baseUrl);
  }
  throw new Error('too many redirects');
}

/** The whole authorization code + PKCE flow with a DPoP-bound token, as the app does it. */
export async function signIn(
  baseUrl: string,
  user: string,
  password = DEV_PASSWORD,
): Promise<Session> {
  const as = await discover(baseUrl);
  const client: oauth.Client = { client_id: CLIENT_ID };
  const start = await authorizationUrl(as, baseUrl);
  const callback = await loginThroughBrowser(start.url, baseUrl, user, password);
  const params = oauth.validateAuthResponse(as, client, callback, start.state);
  const keyPair = await oauth.generateKeyPair('ES256', { extractable: true });
  const DPoP = oauth.DPoP(client, keyPair);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    start.redirectUri,
    start.codeVerifier,
    { DPoP, ...insecure },
  );
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
  const publicJwk = await exportJWK(keyPair.publicKey);
  return {
    sub: oauth.getValidatedIdTokenClaims(tokens)?.sub ?? '',
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    keyPair,
    publicJwk,
    jkt: await calculateJwkThumbprint(publicJwk),
  };
}

export interface ProofOverrides {
  htm?: string;
  htu?: string;
  iat?: number;
  jti?: string;
  ath?: string | null;
  keyPair?: CryptoKeyPair;
}

/** A DPoP proof (RFC 9449) for one request, with knobs to make it wrong on purpose. */
export async function dpopProof(
  session: Session,
  method: string,
  url: string,
  overrides: ProofOverrides = {},
): Promise<string> {
  const keyPair = overrides.keyPair ?? session.keyPair;
  const jwk = await exportJWK(keyPair.publicKey);
  const target = new URL(url);
  const ath =
    overrides.ath === undefined
      ? Buffer.from(
          await crypto.subtle.digest('SHA-256', new TextEncoder().encode(session.accessToken)),
        ).toString('base64url')
      : overrides.ath;
  return new SignJWT({
    htm: overrides.htm ?? method,
    htu: overrides.htu ?? `${target.origin}${target.pathname}`,
    jti: overrides.jti ?? randomUUID(),
    ...(ath === null ? {} : { ath }),
  })
    .setProtectedHeader({ typ: 'dpop+jwt', alg: 'ES256', jwk })
    .setIssuedAt(overrides.iat ?? Math.floor(Date.now() / 1000))
    .sign(keyPair.privateKey);
}

export interface CallOptions {
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  /** A ready-made proof, or null to send none. */
  proof?: string | null;
}

/** A request to the API as the signed-in person: `Authorization: DPoP …` and a fresh proof. */
export async function call(
  baseUrl: string,
  session: Session,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Response> {
  const url = `${baseUrl}${path}`;
  const proof = options.proof === undefined ? await dpopProof(session, method, url) : options.proof;
  return fetch(url, {
    method,
    headers: {
      authorization: `DPoP ${session.accessToken}`,
      ...(proof ? { dpop: proof } : {}),
      ...(typeof options.body === 'string' ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body:
      typeof options.body === 'string'
        ? options.body
        : options.body && new Uint8Array(options.body),
  });
}
