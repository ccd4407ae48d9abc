import {
  errors,
  createLocalJWKSet,
  createRemoteJWKSet,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import type { Database } from '../db/database';
import { MUNICIPALITY_CLAIM, ROLE_CLAIM, type Role } from '../idp/accounts';
import type { Site } from '../site';
import { firstUse, verifyProof } from './dpop';
import { AuthError } from './errors';

export interface Principal {
  /** The token's subject: the owner of what this person submits. */
  sub: string;
  role: Role;
  /** The municipality a clerk works for. */
  municipality: string | undefined;
}

export interface AuthRequest {
  method: string;
  /** Path as received, without the query. */
  path: string;
  authorization: string | string[] | undefined;
  dpop: string | string[] | undefined;
}

export interface TokenVerifier {
  verify(request: AuthRequest): Promise<Principal>;
}

const ACCESS_TOKEN_ALGS = ['ES256', 'ES384', 'PS256', 'RS256', 'EdDSA', 'Ed25519'];
const TOKEN68 = /^[\w\-.~+/]+=*$/;

/** Keys of the development provider, known locally; or an external issuer's, fetched. */
export function localKeys(jwks: JSONWebKeySet): () => Promise<JWTVerifyGetKey> {
  const keys = createLocalJWKSet(jwks);
  return () => Promise.resolve(keys);
}

export function remoteKeys(site: Site): () => Promise<JWTVerifyGetKey> {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const discover = async (): Promise<JWTVerifyGetKey> => {
    let url = site.jwksUrl;
    if (!url) {
      const response = await fetch(`${site.issuer()}/.well-known/openid-configuration`, {
        signal: AbortSignal.timeout(5000),
      });
      const metadata = (await response.json()) as { jwks_uri?: unknown };
      if (!response.ok || typeof metadata.jwks_uri !== 'string')
        throw new Error('the issuer publishes no jwks_uri');
      url = metadata.jwks_uri;
    }
    return createRemoteJWKSet(new URL(url));
  };
  return () => {
    keys ??= discover().catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return keys;
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
}

/**
 * Validates a DPoP-bound JWT access token (RFC 9068 + RFC 9449): issuer, audience, signature,
 * lifetime, the proof for this very request, its key matching `cnf.jkt`, and no replay.
 */
export function createTokenVerifier(
  site: Site,
  db: Database,
  keys: () => Promise<JWTVerifyGetKey>,
): TokenVerifier {
  return {
    async verify(request) {
      const authorization = single(request.authorization);
      if (!authorization) throw new AuthError('missing', 'no access token');
      const [scheme, token, ...rest] = authorization.split(' ');
      if (scheme?.toLowerCase() !== 'dpop' || !token || rest.length > 0 || !TOKEN68.test(token))
        throw new AuthError('invalid_token', 'send a DPoP-bound access token with the DPoP scheme');

      // Failing to reach the issuer's keys is ours to fix (500), not the caller's (401).
      const getKey = await keys();
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, getKey, {
          issuer: site.issuer(),
          audience: site.audience(),
          typ: 'at+jwt',
          algorithms: ACCESS_TOKEN_ALGS,
          requiredClaims: ['sub', 'exp', 'iat'],
        }));
      } catch (error) {
        if (!(error instanceof errors.JOSEError) || error.code === 'ERR_JWKS_TIMEOUT') throw error;
        throw new AuthError('invalid_token', 'the access token is invalid or expired');
      }
      const claims = payload as JWTPayload & Record<string, unknown>;
      // An empty subject would own the rows from before sign-in existed.
      if (typeof claims.sub !== 'string' || claims.sub.length === 0 || claims.sub.length > 255)
        throw new AuthError('invalid_token', 'the access token has no usable subject');
      if (claims.client_id !== undefined && claims.client_id !== site.clientId)
        throw new AuthError('invalid_token', 'the access token is for another client');
      const jkt = (claims.cnf as { jkt?: unknown } | undefined)?.jkt;
      if (typeof jkt !== 'string')
        throw new AuthError('invalid_token', 'the access token is not DPoP-bound');

      const proof = single(request.dpop);
      if (!proof) throw new AuthError('invalid_dpop_proof', 'one DPoP proof is required');
      const verified = await verifyProof(proof, {
        method: request.method,
        htu: `${site.publicUrl()}${request.path}`,
        accessToken: token,
      });
      if (verified.jkt !== jkt)
        throw new AuthError('invalid_dpop_proof', 'the DPoP proof key does not match the token');
      if (!(await firstUse(db, verified)))
        throw new AuthError('invalid_dpop_proof', 'the DPoP proof was used before');

      const municipality = claims[MUNICIPALITY_CLAIM];
      const isClerk =
        claims[ROLE_CLAIM] === 'clerk' &&
        typeof municipality === 'string' &&
        /^\d{6}$/.test(municipality);
      return {
        sub: claims.sub,
        role: isClerk ? 'clerk' : 'resident',
        municipality: isClerk ? municipality : undefined,
      };
    },
  };
}
