// Reading PDFs as a person's printer would: poppler's pdftotext, pdffonts and pdftoppm.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const POPPLER_MISSING =
  'poppler-utils not found: run `npm run setup` (Debian) or `apt-get install poppler-utils`.';

/** Writes the PDF to a temporary file for poppler, removed once `use` (sync or async) is done. */
export async function withPdfFile<T>(pdf: Uint8Array, use: (file: string) => T | Promise<T>) {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-pdf-'));
  try {
    const file = join(dir, 'paper.pdf');
    writeFileSync(file, pdf);
    return await use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of one page (1-based), as pdftotext extracts it. */
export function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], {
    encoding: 'utf8',
  });
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const parts = line.trim().split(/\s+/);
      // name, type words…, encoding, emb, sub, uni, object, id
      const [emb, sub] = parts.slice(-5, -3);
      return {
        name: parts[0] ?? '',
        type: parts.slice(1, -6).join(' '),
        embedded: emb === 'yes',
        subset: sub === 'yes',
      };
    });
}

/** A page rendered to 8-bit grey at `dpi`. */
export interface GreyPage {
  width: number;
  height: number;
  dpi: number;
  pixels: Uint8Array;
}

function parsePgm(bytes: Buffer, dpi: number): GreyPage {
  // P5\n<w> <h>\n<max>\n<data>
  let offset = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset] ?? 32))) offset += 1;
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[offset] ?? 32))) {
      field += String.fromCharCode(bytes[offset] ?? 32);
      offset += 1;
    }
    fields.push(field);
  }
  offset += 1;
  const [magic, width, height] = fields;
  if (magic !== 'P5') throw new Error(`not a binary PGM: ${magic}`);
  return {
    width: Number(width),
    height: Number(height),
    dpi,
    pixels: new Uint8Array(bytes.subarray(offset)),
  };
}

export function renderPage(file: string, page: number, dpi = 150): GreyPage {
  const pgm = execFileSync(
    'pdftoppm',
    ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', '-singlefile', file],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return parsePgm(pgm, dpi);
}

export interface MmRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Inked pixels (darker than light grey, < 200) inside a rectangle given in mm from the page's top-left. */
export function inkIn(page: GreyPage, rect: MmRect): number {
  const scale = page.dpi / 25.4;
  const x0 = Math.max(0, Math.floor(rect.x * scale));
  const y0 = Math.max(0, Math.floor(rect.y * scale));
  const x1 = Math.min(page.width, Math.ceil((rect.x + rect.w) * scale));
  const y1 = Math.min(page.height, Math.ceil((rect.y + rect.h) * scale));
  let dark = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) if ((page.pixels[y * page.width + x] ?? 255) < 200) dark += 1;
  }
  return dark;
}

export function readPdf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}
