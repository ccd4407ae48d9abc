import { createBarcodeDecoder, type BarcodeDecoderOptions } from './barcode';
import { createTesseractDecoder, type OcrDecoderOptions } from './ocr-decoder';
import type { TesseractFiles } from './tesseract';
import type { Candidate, FrameDecoder } from './types';

/**
 * Runs decoders in order and stops at the first that finds something: the QR code (fast, exact)
 * before text recognition (slow, a guess checked by the check digit).
 */
export function createScanner(decoders: readonly FrameDecoder[]): FrameDecoder {
  return {
    name: decoders.map((d) => d.name).join('+'),
    async decode(image) {
      for (const decoder of decoders) {
        const found = await decoder.decode(image);
        if (found.length > 0) return found;
      }
      return [];
    },
    async prepare() {
      await Promise.all(decoders.map((d) => d.prepare()));
    },
    async dispose() {
      await Promise.all(decoders.map((d) => d.dispose()));
    },
  } satisfies FrameDecoder;
}

export interface DefaultScannerOptions {
  readonly tesseract: TesseractFiles;
  readonly barcode?: BarcodeDecoderOptions;
  readonly ocr?: OcrDecoderOptions;
}

/** QR first, then printed digits: what the camera screen and the photo picker use. */
export function createDefaultScanner(options: DefaultScannerOptions): FrameDecoder {
  return createScanner([
    createBarcodeDecoder(options.barcode),
    createTesseractDecoder(options.tesseract, options.ocr),
  ]);
}

export type StillResult =
  | { readonly ok: true; readonly candidate: Candidate }
  | { readonly ok: false; readonly error: 'nothing-found' | 'ambiguous' };

/**
 * The one answer for a single photo, where no frames can vote: a clean read wins over ones that
 * need confirmation; two different values of equal standing are no answer at all.
 */
export function pickSingle(candidates: readonly Candidate[]): StillResult {
  if (candidates.length === 0) return { ok: false, error: 'nothing-found' };
  const clean = candidates.filter((c) => !c.needsConfirmation);
  const pool = clean.length > 0 ? clean : candidates;
  const [only, ...rest] = pool;
  return only && rest.length === 0
    ? { ok: true, candidate: only }
    : { ok: false, error: 'ambiguous' };
}
