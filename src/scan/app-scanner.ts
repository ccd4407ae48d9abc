import type { FrameDecoder, IdKind } from './types';

// The OCR engine, its wasm core and the language data are served by our own origin under /ocr/
// (copied there at build time, see vite.config.ts), never from a CDN; the service worker caches
// them on first use.
export const ocrFiles = {
  workerPath: '/ocr/worker.min.js',
  corePath: '/ocr/core/',
  langPath: '/ocr/lang',
  gzip: true,
} as const;

const scanners = new Map<string, Promise<FrameDecoder>>();

/** QR first, then printed digits, for the kinds of number this form asks for; loaded on first use. */
export function scannerFor(kinds: readonly IdKind[]): Promise<FrameDecoder> {
  const key = kinds.join('+');
  let scanner = scanners.get(key);
  if (!scanner) {
    scanner = import('./index').then(
      ({ createScanner, createBarcodeDecoder, createTesseractDecoder }) =>
        createScanner([
          createBarcodeDecoder({ kinds }),
          createTesseractDecoder(ocrFiles, { kinds }),
        ]),
    );
    scanners.set(key, scanner);
  }
  return scanner;
}
