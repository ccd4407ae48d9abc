#!/usr/bin/env node
// Prints a DPoP-bound access token for a development account, and the DPoP key it is bound to,
// as JSON. It signs in the way the app does — authorization code + PKCE (S256) against the
// development identity provider of a running server — by playing the browser (redirects and
// the login form), then exchanges the code with a DPoP proof.
//
//   node scripts/dev-token.mjs resident-a            # server at http://127.0.0.1:8080
//   API_URL=http://127.0.0.1:9000 node scripts/dev-token.mjs clerk-131059
//
// Each API request then needs `Authorization: DPoP <access_token>` and a fresh `DPoP` proof
// signed with `dpop_private_jwk` (RFC 9449: typ dpop+jwt, jwk, htm, htu, iat, jti, ath).
import * as oauth from 'oauth4webapi';
import { calculateJwkThumbprint, exportJWK } from 'jose';

const PASSWORD = process.env.DEV_PASSWORD ?? 'madoguchi-dev';
const CLIENT_ID = process.env.OIDC_CLIENT_ID ?? 'madoguchi-app';
const base = (process.env.API_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const user = process.argv[2];

if (!user) {
  console.error('usage: node scripts/dev-token.mjs <user>   (e.g. resident-a, clerk-131059)');
  process.exit(2);
}

const insecure = { [oauth.allowInsecureRequests]: base.startsWith('http://') };

/** Cookies by name, sent back on every hop, as the browser would. */
const cookies = new Map();
/** @param {Response} response */
function keepCookies(response) {
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0] ?? '';
    const eq = pair.indexOf('=');
    if (eq > 0) cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}
const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');

/**
 * Follows the provider's redirects, posting the login form once, until the app's callback.
 * @param {URL} start
 * @param {string} redirectUri
 * @returns {Promise<URL>}
 */
async function browse(start, redirectUri) {
  let url = start;
  for (let hop = 0; hop < 12; hop++) {
    if (url.href.startsWith(redirectUri)) return url;
    let response = await fetch(url, { redirect: 'manual', headers: { cookie: cookieHeader() } });
    keepCookies(response);
    if (response.status === 200) {
      const html = await response.text();
      const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error('no login form where one was expected');
      response = await fetch(new URL(action, base), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: user ?? '', password: PASSWORD }).toString(),
      });
      keepCookies(response);
      if (response.status === 401) throw new Error('unknown user or wrong password');
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`sign-in stopped with HTTP ${response.status}`);
    url = new URL(location, url);
  }
  throw new Error('too many redirects');
}

/** Signs in and prints the token and its DPoP key. */
async function main() {
  /** @type {unknown} */
  const configBody = await (await fetch(`${base}/api/v1/auth/config`)).json();
  const config = { issuer: String(/** @type {{ issuer?: unknown }} */ (configBody).issuer) };
  const issuer = new URL(config.issuer);
  const as = await oauth.processDiscoveryResponse(
    issuer,
    await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...insecure }),
  );
  /** @type {oauth.Client} */
  const client = { client_id: CLIENT_ID };
  const redirectUri = `${base}/auth/callback`;
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const authorize = new URL(as.authorization_endpoint ?? `${config.issuer}/auth`);
  authorize.search = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid offline_access',
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  }).toString();

  const callback = await browse(authorize, redirectUri);
  const params = oauth.validateAuthResponse(as, client, callback, state);
  const keyPair = await oauth.generateKeyPair('ES256', { extractable: true });
  const tokens = await oauth.processAuthorizationCodeResponse(
    as,
    client,
    await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      redirectUri,
      codeVerifier,
      { DPoP: oauth.DPoP(client, keyPair), ...insecure },
    ),
  );
  const publicJwk = await exportJWK(keyPair.publicKey);

  console.log(
    JSON.stringify(
      {
        user,
        sub: oauth.getValidatedIdTokenClaims(tokens)?.sub,
        api: base,
        issuer: config.issuer,
        token_type: tokens.token_type,
        access_token: tokens.access_token,
        expires_in: tokens.expires_in,
        refresh_token: tokens.refresh_token,
        dpop_private_jwk: { ...(await exportJWK(keyPair.privateKey)), alg: 'ES256' },
        dpop_public_jwk: { ...publicJwk, alg: 'ES256' },
        jkt: await calculateJwkThumbprint(publicJwk),
      },
      null,
      2,
    ),
  );
}

main().catch((/** @type {unknown} */ error) => {
  console.error(`dev-token: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
