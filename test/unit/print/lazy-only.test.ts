// pdf-lib, fontkit and the 5 MB font must never be in the start-up bundle: outside src/print only
// type imports, and the dynamic import in src/print/lazy.ts, may reach the print module.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(src, 'print') ? [] : sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Static value imports of the print module (or pdf-lib/fontkit) other than print/lazy. */
function eagerPrintImports(code: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gmu;
  for (const match of code.matchAll(statement)) {
    const target = match[2] ?? '';
    const print = /(^|\/)print(\/(?!lazy$)[^'"]*)?$/u.test(target);
    if (print || target === 'pdf-lib' || target === 'fontkit') found.push(target);
  }
  return found;
}

describe('the print module stays out of start-up code', () => {
  it('recognises an eager import and lets the lazy loader and type imports pass', () => {
    expect(eagerPrintImports("import { renderPapers } from '../../print';")).toEqual([
      '../../print',
    ]);
    expect(eagerPrintImports("import { PDFDocument } from 'pdf-lib';")).toEqual(['pdf-lib']);
    expect(eagerPrintImports("import { loadPrint } from '../print/lazy';")).toEqual([]);
    expect(eagerPrintImports("import type { RenderOptions } from '../print';")).toEqual([]);
  });

  it('holds for every file under src outside src/print', () => {
    const offenders = sources(src).flatMap((file) =>
      eagerPrintImports(readFileSync(file, 'utf8')).map(
        (target) => `${relative(src, file)} → ${target}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});
