import { createHash } from 'node:crypto';
import {
  calculateJwkThumbprint,
  decodeProtectedHeader,
  EmbeddedJWK,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import type { Database } from '../db/database';
import { AuthError, DPOP_ALGS } from './errors';

/** How old a proof may be, and how far ahead a client clock may run (RFC 9449 §11.1). */
export const PROOF_MAX_AGE_SECONDS = 300;
export const PROOF_FUTURE_SKEW_SECONDS = 60;

export interface ProofContext {
  method: string;
  /** The request URI without query or fragment, as the client addressed it. */
  htu: string;
  accessToken: string;
  now?: number;
}

export interface VerifiedProof {
  jkt: string;
  jti: string;
  iat: number;
}

const bad = (description: string) => new AuthError('invalid_dpop_proof', description);

function normalisedHtu(value: string): string | undefined {
  try {
    const url = new URL(value);
    return `${url.origin}${url.pathname}`;
  } catch {
    return undefined;
  }
}

export function tokenHash(accessToken: string): string {
  return createHash('sha256').update(accessToken, 'ascii').digest('base64url');
}

/** Checks a DPoP proof JWT (RFC 9449 §4.3) for one request and one access token. */
export async function verifyProof(proof: string, context: ProofContext): Promise<VerifiedProof> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(proof);
  } catch {
    throw bad('the DPoP proof is not a JWT');
  }
  if (header.typ !== 'dpop+jwt') throw bad('the DPoP proof has the wrong typ');
  if (!header.jwk || 'd' in header.jwk) throw bad('the DPoP proof must carry a public jwk');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(proof, EmbeddedJWK, {
      typ: 'dpop+jwt',
      algorithms: [...DPOP_ALGS],
    }));
  } catch {
    throw bad('the DPoP proof signature or algorithm is not accepted');
  }
  const now = context.now ?? Math.floor(Date.now() / 1000);
  const { jti, htm, htu, iat, ath } = payload as JWTPayload & Record<string, unknown>;
  if (typeof jti !== 'string' || jti.length === 0 || jti.length > 256)
    throw bad('the DPoP proof needs a jti');
  if (htm !== context.method) throw bad('the DPoP proof is for another method');
  if (typeof htu !== 'string' || normalisedHtu(htu) !== normalisedHtu(context.htu))
    throw bad('the DPoP proof is for another URI');
  if (typeof iat !== 'number' || !Number.isFinite(iat)) throw bad('the DPoP proof needs an iat');
  if (iat < now - PROOF_MAX_AGE_SECONDS || iat > now + PROOF_FUTURE_SKEW_SECONDS)
    throw bad('the DPoP proof is too old or from the future');
  if (ath !== tokenHash(context.accessToken))
    throw bad('the DPoP proof is for another access token');
  return { jkt: await calculateJwkThumbprint(header.jwk, 'sha256'), jti, iat };
}

/**
 * Remembers a proof's jti (per key) until it would be too old anyway; false if it was seen
 * before. In the database, so a proof replayed to another API instance is caught too.
 */
export async function firstUse(db: Database, proof: VerifiedProof): Promise<boolean> {
  const key = createHash('sha256').update(`${proof.jkt}.${proof.jti}`).digest('base64url');
  const expires = new Date((proof.iat + PROOF_MAX_AGE_SECONDS + PROOF_FUTURE_SKEW_SECONDS) * 1000);
  const inserted = await db.query(
    'INSERT INTO dpop_replay (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key',
    [key, expires.toISOString()],
  );
  return inserted.length === 1;
}
