import { errors, Provider, type KoaContextWithOIDC } from 'oidc-provider';
import type { Database } from '../db/database';
import { DPOP_ALGS } from '../auth/errors';
import { OIDC_PREFIX, type Site } from '../site';
import { accountClaims, findDevAccount } from './accounts';
import { databaseAdapter } from './adapter';
import { errorPage, logoutPage, messagePage } from './pages';
import { IDP_SIGNING_ALG, type IdpSecrets } from './secrets';

export const SCOPE = 'openid offline_access';
export const ACCESS_TOKEN_TTL = 15 * 60;
const DAY = 24 * 60 * 60;

/**
 * The development identity provider: OIDC authorization code + PKCE (S256) for one public
 * client, DPoP-bound JWT access tokens for this API (RFC 9068, RFC 8707, RFC 9449), rotated
 * refresh tokens. A deployment points OIDC_ISSUER elsewhere and turns this off (docs/api.md).
 */
export function createDevProvider(
  site: Site,
  db: Database,
  secrets: IdpSecrets,
  corsOrigins: readonly string[],
): Provider {
  const audience = site.audience();
  const publicOrigin = new URL(site.publicUrl()).origin;
  const allowedOrigins = new Set([
    ...corsOrigins,
    ...site.redirectUris().map((uri) => new URL(uri).origin),
  ]);

  const provider = new Provider(site.issuer(), {
    adapter: databaseAdapter(db),
    clients: [
      {
        client_id: site.clientId,
        client_name: 'Madoguchi',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        redirect_uris: site.redirectUris(),
        post_logout_redirect_uris: [`${publicOrigin}/`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        scope: SCOPE,
        dpop_bound_access_tokens: true,
        id_token_signed_response_alg: IDP_SIGNING_ALG,
      },
    ],
    clientDefaults: {
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
      id_token_signed_response_alg: IDP_SIGNING_ALG,
    },
    responseTypes: ['code'],
    scopes: SCOPE.split(' '),
    claims: { openid: ['sub', 'role', 'municipality'] },
    jwks: { keys: secrets.signingKeys },
    cookies: {
      keys: secrets.cookieKeys,
      long: { signed: true, httpOnly: true, sameSite: 'lax' },
      short: { signed: true, httpOnly: true, sameSite: 'lax' },
    },
    findAccount(_ctx: unknown, sub: string) {
      const account = findDevAccount(sub);
      if (!account) return undefined;
      return {
        accountId: account.id,
        claims: () => ({ sub: account.id, ...accountClaims(account) }),
      };
    },
    extraTokenClaims(_ctx: unknown, token: { accountId?: string }) {
      const account = token.accountId ? findDevAccount(token.accountId) : undefined;
      return account ? accountClaims(account) : undefined;
    },
    pkce: { required: () => true },
    // OIDC Core §11 grants offline_access only with prompt=consent; the first-party app gets a
    // refresh token (rotated, DPoP-bound) either way, and it outlives the browser session.
    issueRefreshToken: (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    expiresWithSession: () => false,
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: true },
      revocation: { enabled: true, allowedPolicy: () => true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx: KoaContextWithOIDC, form: string) {
          ctx.type = 'html';
          ctx.body = logoutPage(form, new URL(site.publicUrl()).host);
        },
        postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
          ctx.type = 'html';
          ctx.body = messagePage('Signed out', 'You are signed out. サインアウトしました。');
        },
      },
      resourceIndicators: {
        enabled: true,
        // Tokens are for this API unless the client asks otherwise; no `resource` needed.
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx: unknown, indicator: string) {
          if (indicator !== audience) throw new errors.InvalidTarget();
          return {
            scope: '',
            audience,
            accessTokenTTL: ACCESS_TOKEN_TTL,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: IDP_SIGNING_ALG } },
          };
        },
      },
    },
    enabledJWA: { dPoPSigningAlgValues: [...DPOP_ALGS] },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) =>
        `${OIDC_PREFIX}/interaction/${interaction.uid}`,
    },
    clientBasedCORS: (_ctx: unknown, origin: string) => allowedOrigins.has(origin),
    rotateRefreshToken: () => true,
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      RefreshToken: 14 * DAY,
      Session: 14 * DAY,
      Grant: 14 * DAY,
    },
    renderError(ctx: KoaContextWithOIDC, out: Record<string, unknown>) {
      ctx.type = 'html';
      ctx.body = errorPage(out);
    },
  });
  return provider;
}
