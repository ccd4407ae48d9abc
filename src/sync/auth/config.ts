import { allowInsecureRequests } from 'oauth4webapi';

/** Where the app signs in. The reference server hosts a development provider under /oidc. */
export interface AuthConfig {
  issuer: URL;
  clientId: string;
  redirectUri: string;
  scope: string;
}

export function defaultAuthConfig(origin = window.location.origin): AuthConfig {
  return {
    issuer: new URL('/oidc', origin),
    clientId: 'madoguchi-app',
    redirectUri: new URL('/auth/callback', origin).href,
    scope: 'openid offline_access',
  };
}

/** Plain HTTP is allowed only on this machine (development and tests), never elsewhere. */
export function httpOptions(url: URL): { [allowInsecureRequests]?: boolean } {
  const local =
    url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  return url.protocol === 'http:' && local ? { [allowInsecureRequests]: true } : {};
}
