import { randomUUID } from 'node:crypto';
import {
  compactDecrypt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose';
import { SEAL_ALG, SEAL_ENC, type SealingJwk } from '../src/domain/api';
import type { Database } from './db/database';

interface KeyRow {
  kid: string;
  municipality_code: string;
  public_jwk: JWK;
  private_jwk: JWK;
}

/**
 * Each municipality has its own key pair. The reference server keeps private keys in its
 * database; a real deployment keeps them in an HSM or KMS (docs/api.md).
 */
export async function ensureMunicipalityKeys(
  db: Database,
  codes: readonly string[],
): Promise<void> {
  for (const code of codes) {
    const active = await db.query(
      'SELECT kid FROM municipality_keys WHERE municipality_code = $1 AND retired_at IS NULL',
      [code],
    );
    if (active.length === 0) await createKey(db, code);
  }
}

export async function createKey(db: Database, municipalityCode: string): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair(SEAL_ALG, {
    crv: 'P-256',
    extractable: true,
  });
  const kid = `${municipalityCode}-${randomUUID()}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, use: 'enc', alg: SEAL_ALG };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: SEAL_ALG };
  await db.query(
    'INSERT INTO municipality_keys (kid, municipality_code, public_jwk, private_jwk) VALUES ($1, $2, $3, $4)',
    [kid, municipalityCode, JSON.stringify(publicJwk), JSON.stringify(privateJwk)],
  );
  return kid;
}

/** Retires the active keys and makes a new one; retired keys still decrypt. */
export async function rotateKey(db: Database, municipalityCode: string): Promise<string> {
  await db.query(
    'UPDATE municipality_keys SET retired_at = now() WHERE municipality_code = $1 AND retired_at IS NULL',
    [municipalityCode],
  );
  return createKey(db, municipalityCode);
}

/** Active public keys only, newest first: the client seals to the first. */
export async function publicKeys(db: Database, municipalityCode: string): Promise<SealingJwk[]> {
  const rows = await db.query<KeyRow>(
    'SELECT public_jwk FROM municipality_keys WHERE municipality_code = $1 AND retired_at IS NULL ORDER BY created_at DESC',
    [municipalityCode],
  );
  return rows.map((row) => row.public_jwk as SealingJwk);
}

export type UnsealResult = { ok: true; payload: unknown } | { ok: false };

interface OpeningKey {
  municipalityCode: string;
  key: Awaited<ReturnType<typeof importJWK>>;
}

/**
 * Private keys already imported, by kid. A kid names one key forever (rotation adds keys and
 * never changes one), so entries never go stale; the map is bounded all the same.
 */
const openingKeysByDb = new WeakMap<Database, Map<string, Promise<OpeningKey | undefined>>>();
const OPENING_KEYS_MAX = 1000;

function openingKey(db: Database, kid: string): Promise<OpeningKey | undefined> {
  let openingKeys = openingKeysByDb.get(db);
  if (!openingKeys) {
    openingKeys = new Map();
    openingKeysByDb.set(db, openingKeys);
  }
  const cache = openingKeys;
  let found = cache.get(kid);
  if (!found) {
    found = db
      .query<KeyRow>(
        'SELECT municipality_code, private_jwk FROM municipality_keys WHERE kid = $1',
        [kid],
      )
      .then(async ([row]) =>
        row
          ? {
              municipalityCode: row.municipality_code,
              key: await importJWK(row.private_jwk, SEAL_ALG),
            }
          : undefined,
      );
    if (cache.size >= OPENING_KEYS_MAX) cache.clear();
    cache.set(kid, found);
    // An unknown kid is not remembered: the key may be created later.
    void found.then((key) => key ?? cache.delete(kid)).catch(() => cache.delete(kid));
  }
  return found;
}

/**
 * Opens a compact JWE sealed to one of this municipality's keys (active or retired). A JWE that
 * does not open is `ok: false`; a database failure is thrown, so the client retries later
 * instead of being told its application is unreadable.
 */
export async function unseal(
  db: Database,
  municipalityCode: string,
  jwe: string,
): Promise<UnsealResult> {
  let kid: string;
  try {
    const header = decodeProtectedHeader(jwe);
    if (header.alg !== SEAL_ALG || header.enc !== SEAL_ENC || typeof header.kid !== 'string')
      return { ok: false };
    kid = header.kid;
  } catch {
    return { ok: false };
  }
  const opening = await openingKey(db, kid);
  if (!opening || opening.municipalityCode !== municipalityCode) return { ok: false };
  try {
    const { plaintext } = await compactDecrypt(jwe, opening.key, {
      keyManagementAlgorithms: [SEAL_ALG],
      contentEncryptionAlgorithms: [SEAL_ENC],
    });
    return { ok: true, payload: JSON.parse(new TextDecoder().decode(plaintext)) as unknown };
  } catch {
    return { ok: false };
  }
}
