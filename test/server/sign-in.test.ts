import { decodeJwt, decodeProtectedHeader } from 'jose';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server';
import {
  authorizationUrl,
  call,
  CLIENT_ID,
  CookieJar,
  discover,
  loginThroughBrowser,
  signIn,
  type Session,
} from './helpers/sign-in';

const insecure = { [oauth.allowInsecureRequests]: true };

describe('OpenID Connect sign-in (authorization code + PKCE, DPoP)', () => {
  let server: TestServer;
  let resident: Session;

  beforeAll(async () => {
    server = await startTestServer();
    resident = await signIn(server.url, 'resident-a');
  });
  afterAll(() => server.close());

  it('publishes discovery at the issuer with S256 PKCE, DPoP and the public client’s needs', async () => {
    const as = await discover(server.url);
    expect(as.issuer).toBe(`${server.url}/oidc`);
    expect(as.code_challenge_methods_supported).toEqual(['S256']);
    expect(as.dpop_signing_alg_values_supported).toEqual(
      expect.arrayContaining(['ES256', 'EdDSA']),
    );
    expect(as.token_endpoint_auth_methods_supported).toContain('none');
    expect(as.grant_types_supported).toEqual(
      expect.arrayContaining(['authorization_code', 'refresh_token']),
    );
    expect(as.scopes_supported).toEqual(expect.arrayContaining(['openid', 'offline_access']));
  });

  it('issues a DPoP-bound JWT access token for the API and a refresh token', () => {
    expect(decodeProtectedHeader(resident.accessToken).typ).toBe('at+jwt');
    expect(decodeJwt(resident.accessToken)).toMatchObject({
      iss: `${server.url}/oidc`,
      aud: `${server.url}/api`,
      sub: 'resident-a',
      client_id: CLIENT_ID,
      cnf: { jkt: resident.jkt },
      role: 'resident',
    });
    expect(resident.refreshToken).toBeTruthy();
  });

  it('puts the municipality in a clerk’s token', async () => {
    const clerk = await signIn(server.url, 'clerk-282171');
    expect(decodeJwt(clerk.accessToken)).toMatchObject({
      sub: 'clerk-282171',
      role: 'clerk',
      municipality: '282171',
    });
  });

  it('rotates refresh tokens: the new access token works, the old refresh token is spent', async () => {
    const session = await signIn(server.url, 'resident-b');
    const as = await discover(server.url);
    const client: oauth.Client = { client_id: CLIENT_ID };
    const DPoP = oauth.DPoP(client, session.keyPair);
    const refresh = () =>
      oauth.refreshTokenGrantRequest(as, client, oauth.None(), session.refreshToken ?? '', {
        DPoP,
        ...insecure,
      });
    const tokens = await oauth.processRefreshTokenResponse(as, client, await refresh());
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.refresh_token).not.toBe(session.refreshToken);
    expect(tokens.token_type.toLowerCase()).toBe('dpop');
    const renewed = { ...session, accessToken: tokens.access_token };
    expect((await call(server.url, renewed, 'GET', '/api/v1/changes')).status).toBe(200);
    await expect(oauth.processRefreshTokenResponse(as, client, await refresh())).rejects.toThrow();
  });

  it('serves a login page with the labels, no script, and the strict CSP', async () => {
    const as = await discover(server.url);
    const start = await authorizationUrl(as, server.url);
    const jar = new CookieJar();
    const toLogin = await fetch(start.url, { redirect: 'manual' });
    jar.take(toLogin);
    const page = await fetch(new URL(toLogin.headers.get('location') ?? '', server.url), {
      headers: { cookie: jar.header() },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    const html = await page.text();
    expect(html).toMatch(/<label for="username">User name<\/label>/);
    expect(html).toMatch(/<label for="password">Password<\/label>/);
    expect(html).toMatch(/<button type="submit">Sign in<\/button>/);
    expect(html).not.toMatch(/<script|style=|\son\w+=/i);
    const css = await fetch(`${server.url}/oidc/assets/login.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const as = await discover(server.url);
    const start = await authorizationUrl(as, server.url);
    await expect(loginThroughBrowser(start.url, server.url, 'resident-a', 'wrong')).rejects.toThrow(
      'login refused (401)',
    );
  });

  it('requires PKCE with S256', async () => {
    const as = await discover(server.url);
    const start = await authorizationUrl(as, server.url);
    for (const drop of [['code_challenge', 'code_challenge_method'], ['code_challenge_method']]) {
      const url = new URL(start.url);
      for (const name of drop) url.searchParams.delete(name);
      if (drop.length === 1) url.searchParams.set('code_challenge_method', 'plain');
      const response = await fetch(url, { redirect: 'manual' });
      const location = new URL(response.headers.get('location') ?? '', server.url);
      expect(location.pathname).toBe('/auth/callback');
      expect(location.searchParams.get('error')).toBe('invalid_request');
    }
  });

  it('requires a DPoP proof at the token endpoint', async () => {
    const as = await discover(server.url);
    const client = { client_id: CLIENT_ID };
    const start = await authorizationUrl(as, server.url);
    const callback = await loginThroughBrowser(
      start.url,
      server.url,
      'resident-a',
      'madoguchi-dev',
    );
    const params = oauth.validateAuthResponse(as, client, callback, start.state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      start.redirectUri,
      start.codeVerifier,
      insecure,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as Record<string, string>;
    expect(body.error).toMatch(/^invalid_/);
    expect(body).not.toHaveProperty('access_token');
  });
});
