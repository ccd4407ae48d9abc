// Node's font provider for the print module: the same font file the build copies to /fonts/.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PAPER_FONT, type FontBytesProvider } from '../src/print/font/font-asset';

const root = resolve(import.meta.dirname, '..');

export function paperFontFromDisk(file: string = resolve(root, PAPER_FONT.packageFile)) {
  let bytes: Promise<Uint8Array> | null = null;
  const provider: FontBytesProvider = () => {
    bytes ??= readFile(file).then((buffer) => new Uint8Array(buffer));
    return bytes;
  };
  return provider;
}
