// Reads the 住民票コード or the My Number card's QR from image files, with the app's own scan code.
//   node --import tsx scripts/scan-image.ts <image...>
// One JSON line per file on stdout, nothing else there:
//   {"file","kind","value","warnings":[],"needsConfirmation":false}  or  {"file","error":"<code>"}
// Error codes: unreadable-file, nothing-found, ambiguous, ocr-unavailable, decode-failed.
import {
  createBarcodeDecoder,
  createScanner,
  createTesseractDecoder,
  pickSingle,
} from '../src/scan';
import type { FrameDecoder, ScanImage } from '../src/scan';
import { ScanError } from '../src/scan';
import { loadScanImage, nodeTesseractFiles } from './fixtures/node-io';

type FileError =
  'unreadable-file' | 'nothing-found' | 'ambiguous' | 'ocr-unavailable' | 'decode-failed';

// tesseract's worker thread writes its diagnostics to the parent's stdout; only our JSON lines may
// go there, so everything else is sent to stderr.
const emit = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr);

function line(record: Record<string, unknown>): void {
  emit(`${JSON.stringify(record)}\n`);
}

async function scanFile(scanner: FrameDecoder, file: string): Promise<void> {
  let image: ScanImage;
  try {
    image = await loadScanImage(file);
  } catch {
    line({ file, error: 'unreadable-file' satisfies FileError });
    return;
  }
  try {
    const result = pickSingle(await scanner.decode(image));
    if (!result.ok) {
      line({ file, error: result.error satisfies FileError });
      return;
    }
    const { kind, value, warnings, needsConfirmation } = result.candidate;
    line({ file, kind, value, warnings, needsConfirmation });
  } catch (error) {
    const code: FileError =
      error instanceof ScanError && error.code === 'ocr-unavailable'
        ? 'ocr-unavailable'
        : 'decode-failed';
    // The error's name only: a message could quote what was read.
    console.error(
      `${file}: ${code}${error instanceof ScanError ? '' : ` (${(error as Error).name})`}`,
    );
    line({ file, error: code });
  }
}

/** Stands in for text recognition when no language data is installed. */
const missingOcr: FrameDecoder = {
  name: 'tesseract-missing',
  decode: () => Promise.reject(new ScanError('ocr-unavailable')),
  prepare: () => Promise.reject(new ScanError('ocr-unavailable')),
  dispose: () => Promise.resolve(),
};

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node --import tsx scripts/scan-image.ts <image...>');
    process.exitCode = 2;
    return;
  }
  const tesseract = nodeTesseractFiles();
  if (!tesseract)
    console.error('no English tesseract data found: QR codes only (see docs/scan.md)');
  const scanner = createScanner([
    createBarcodeDecoder({ engine: 'zxing' }),
    tesseract ? createTesseractDecoder(tesseract) : missingOcr,
  ]);
  try {
    for (const file of files) await scanFile(scanner, file);
  } finally {
    await scanner.dispose();
  }
}

await main();
