/** How a deployment points the API at an identity provider (docs/api.md, "Sign-in"). */
export interface AuthOptions {
  /** Mount the development identity provider under /oidc (default: on unless `issuer` is set). */
  devIdp?: boolean;
  /** Issuer of access tokens; default `${publicUrl}/oidc` (the development provider). */
  issuer?: string;
  /** The public client the app signs in with; default `madoguchi-app`. */
  clientId?: string;
  /** `aud` of access tokens for this API (RFC 8707 resource); default `${publicUrl}/api`. */
  audience?: string;
  /** JWKS of an external issuer; default: `jwks_uri` from its discovery document. */
  jwksUrl?: string;
  /** Redirect URIs of the dev provider's client; default `${publicUrl}/auth/callback`. */
  redirectUris?: string[];
}

export class NotListeningError extends Error {
  override name = 'NotListeningError';
  constructor() {
    super('PUBLIC_URL is unknown until the server listens; pass publicUrl to buildApp');
  }
}

/**
 * Where this server is reached and who it trusts. The public URL may be learnt only once the
 * server listens on a free port (tests), so everything derived from it is computed on demand.
 */
export interface Site {
  publicUrl(): string;
  issuer(): string;
  audience(): string;
  clientId: string;
  redirectUris(): string[];
  devIdp: boolean;
  jwksUrl: string | undefined;
}

export const DEFAULT_CLIENT_ID = 'madoguchi-app';
export const OIDC_PREFIX = '/oidc';

export function createSite(
  options: { publicUrl?: string; auth?: AuthOptions },
  boundAddress: () => string | undefined,
): Site {
  const auth = options.auth ?? {};
  // Remembered once learnt: while closing, the server no longer has an address, and requests
  // still in flight must verify against the same URL.
  let known = options.publicUrl?.replace(/\/+$/, '');
  const publicUrl = () => {
    known ??= boundAddress()?.replace(/\/+$/, '');
    if (!known) throw new NotListeningError();
    return known;
  };
  return {
    publicUrl,
    issuer: () => auth.issuer ?? `${publicUrl()}${OIDC_PREFIX}`,
    audience: () => auth.audience ?? `${publicUrl()}/api`,
    clientId: auth.clientId ?? DEFAULT_CLIENT_ID,
    redirectUris: () =>
      auth.redirectUris?.length ? auth.redirectUris : [`${publicUrl()}/auth/callback`],
    devIdp: auth.devIdp ?? auth.issuer === undefined,
    jwksUrl: auth.jwksUrl,
  };
}
