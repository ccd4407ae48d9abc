import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/catalogs/en.json';
import ja from '../../../src/i18n/catalogs/ja.json';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const catalogs = { en: flatten(en), ja: flatten(ja) };

describe('message catalogs', () => {
  it('have the same keys in every language, none empty', () => {
    const keys = [...catalogs.en.keys()].sort();
    for (const [code, catalog] of Object.entries(catalogs)) {
      expect([...catalog.keys()].sort(), code).toEqual(keys);
      for (const [key, value] of catalog) expect(value.trim(), `${code}:${key}`).not.toBe('');
    }
  });

  it('keep the same interpolation placeholders in every language', () => {
    for (const [key, value] of catalogs.en) {
      const placeholders = (text: string) =>
        [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(catalogs.ja.get(key) ?? ''), key).toEqual(placeholders(value));
    }
  });

  it('contain every literal key the code asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([\w.-]+)'/g))
        used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(40);
    // A counted message is asked for by its base key and stored as key_one / key_other.
    const missing = [...used].filter(
      (key) => !catalogs.en.has(key) && !catalogs.en.has(`${key}_other`),
    );
    expect(missing).toEqual([]);
  });
});
