import { Dexie, type Table } from 'dexie';
import type { MadoguchiDb } from './db';

// getRandomValues fills at most 65 536 bytes per call.
const RANDOM_CHUNK = 65_536;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// A CryptoKey cannot be measured; an ES256 key pair serialises to well under this.
const KEY_STAND_IN_BYTES = 256;

function randomBytes(length: number): ArrayBuffer {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += RANDOM_CHUNK) {
    crypto.getRandomValues(bytes.subarray(at, Math.min(length, at + RANDOM_CHUNK)));
  }
  return bytes.buffer;
}

function randomText(length: number): string {
  const bytes = new Uint8Array(randomBytes(length));
  let text = '';
  for (const byte of bytes) text += LETTERS[byte % LETTERS.length];
  return text;
}

/**
 * The same shape with every value replaced: bytes by random bytes of the same length, text by
 * random letters of the same length, numbers by 0, keys (CryptoKey) by random bytes.
 */
export function scramble(value: unknown): unknown {
  if (value instanceof ArrayBuffer) return randomBytes(value.byteLength);
  if (ArrayBuffer.isView(value)) return randomBytes(value.byteLength);
  if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) {
    return randomBytes(KEY_STAND_IN_BYTES);
  }
  if (typeof value === 'string') return randomText(value.length);
  if (typeof value === 'number') return 0;
  if (typeof value === 'boolean') return false;
  if (Array.isArray(value)) return value.map(scramble);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scramble(v)]));
  }
  return value;
}

/**
 * Before the erase deletes the database: every row of every table is written once more, same
 * primary key, every other value scrambled. A store that updates in place (SQLite, the
 * fake-indexeddb of the unit tests) then holds no old value; a log-structured one (Chromium's
 * LevelDB) holds the old values until its compaction drops them — see docs/privacy.md.
 */
export async function overwriteEveryRow(db: MadoguchiDb): Promise<void> {
  for (const table of db.tables) {
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath !== 'string') continue;
    const rows = (await table.toArray()) as Record<string, unknown>[];
    if (rows.length === 0) continue;
    const scrambled = rows.map((row) => ({
      ...(scramble(row) as Record<string, unknown>),
      [keyPath]: row[keyPath],
    }));
    await db.transaction('rw', table, () => table.bulkPut(scrambled));
  }
}

// Under the size from which Chromium keeps a value in a file of its own, beside LevelDB.
const CHURN_ROW_BYTES = 60_000;
const CHURN_BATCH_ROWS = 70;
// Several times LevelDB's 4 MiB memory table: enough flushes for level-0 compactions.
const CHURN_TOTAL_BYTES = 24 * 1024 * 1024;

/**
 * Writes throw-away rows until a log-structured store has flushed its memory table several
 * times over: LevelDB then compacts its level-0 tables, and a compaction drops every value
 * that a newer one (the scrambled rows) shadows.
 */
async function churn(table: Table<{ key: string; value: ArrayBuffer }, string>): Promise<void> {
  const zeros = new ArrayBuffer(CHURN_ROW_BYTES);
  let n = 0;
  for (let written = 0; written < CHURN_TOTAL_BYTES; written += CHURN_BATCH_ROWS * CHURN_ROW_BYTES) {
    const rows = Array.from({ length: CHURN_BATCH_ROWS }, () => ({
      key: `erase-churn-${n++}`,
      value: zeros,
    }));
    await table.bulkPut(rows);
  }
}

/** Churns the app's database itself, after the overwrite and before it is deleted. */
export function churnDatabase(db: MadoguchiDb): Promise<void> {
  return churn(db.settings as unknown as Table<{ key: string; value: ArrayBuffer }, string>);
}

/**
 * After the app's database is deleted: a scratch database is filled and deleted. Chromium
 * compacts a deleted database's key range and LevelDB removes the tables it no longer needs
 * after a compaction; doing it once more, when no transaction of the app's database holds an
 * old table open, lets the files that held the deleted rows go from the disk at once.
 */
export async function churnScratchDatabase(): Promise<void> {
  const scratch = new Dexie(SCRATCH_DATABASE);
  scratch.version(1).stores({ rows: 'key' });
  try {
    await churn(scratch.table('rows'));
  } finally {
    await scratch.delete();
  }
}

export const SCRATCH_DATABASE = 'madoguchi-erasing';
