import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return []; // removed while we looked (Chromium's temporary files)
    }
    if (stat.isDirectory()) return filesUnder(path);
    return stat.isFile() ? [path] : [];
  });
}

/**
 * Where in a browser profile the given values appear, as UTF-8 (LevelDB, SQLite, caches) or as
 * UTF-16 (V8's serialisation of non-Latin-1 strings in IndexedDB). reliability.md S1 and S6.
 */
export function findInProfile(profileDir: string, values: string[]): string[] {
  const needles = values.flatMap((value) => [
    { value, bytes: Buffer.from(value, 'utf8') },
    { value, bytes: Buffer.from(value, 'utf16le') },
    { value, bytes: Buffer.from(value, 'latin1') },
  ]);
  const found = new Set<string>();
  for (const file of filesUnder(profileDir)) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      continue;
    }
    for (const { value, bytes } of needles) {
      if (content.includes(bytes)) found.add(`${value} in ${relative(profileDir, file)}`);
    }
  }
  return [...found].sort();
}

/** Where in a browser profile the given byte strings appear, raw (keys, salts, ciphertext). */
export function findBytesInProfile(profileDir: string, needles: Record<string, Buffer>): string[] {
  const found = new Set<string>();
  for (const file of filesUnder(profileDir)) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      continue;
    }
    for (const [label, bytes] of Object.entries(needles)) {
      if (content.includes(bytes)) found.add(`${label} in ${relative(profileDir, file)}`);
    }
  }
  return [...found].sort();
}
