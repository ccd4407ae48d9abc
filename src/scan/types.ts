// The scanning port: what the camera screen, the photo picker and the Node tools all call.

/** RGBA pixels, 4 bytes a pixel, rows top to bottom: a browser `ImageData` fits as it is. */
export interface ScanImage {
  readonly data: Uint8ClampedArray | Uint8Array;
  readonly width: number;
  readonly height: number;
}

export const idKinds = ['resident-record-code', 'individual-number'] as const;
/** `resident-record-code`: 住民票コード, 11 digits. `individual-number`: 個人番号, 12 digits. */
export type IdKind = (typeof idKinds)[number];

export const idLengths: Readonly<Record<IdKind, number>> = {
  'resident-record-code': 11,
  'individual-number': 12,
};

export type CandidateSource = 'barcode' | 'ocr' | 'text';

/**
 * A number read from an image. Only values of the right length that the domain accepts become
 * candidates; `needsConfirmation` is true when the check digit does not vouch for the value
 * (the person must compare it with the slip before it is saved).
 */
export interface Candidate {
  readonly kind: IdKind;
  /** Digits only, ASCII. Personal data: never log it. */
  readonly value: string;
  readonly source: CandidateSource;
  readonly needsConfirmation: boolean;
  /** Domain warnings (e.g. a check digit mismatch) plus scan ones such as `ocr-corrected`. */
  readonly warnings: readonly string[];
}

/** One decoder (barcode or text recognition) over one frame or photo. */
export interface FrameDecoder {
  readonly name: string;
  /** Resolves to every acceptable candidate in the image, possibly none. */
  decode(image: ScanImage): Promise<Candidate[]>;
  /**
   * Loads engines and data ahead of the first frame (worker, wasm, language data, zxing), so the
   * screen can say "getting ready" instead of stalling on frame one. Rejects with a ScanError.
   */
  prepare(): Promise<void>;
  /** Frees workers and memory; the decoder can't be used afterwards. */
  dispose(): Promise<void>;
}

export const scanErrorCodes = [
  'image-invalid',
  'ocr-unavailable',
  'barcode-unavailable',
  'decoder-disposed',
] as const;
export type ScanErrorCode = (typeof scanErrorCodes)[number];

/** Errors thrown by src/scan carry a stable code; messages never hold a number read. */
export class ScanError extends Error {
  readonly code: ScanErrorCode;
  constructor(code: ScanErrorCode, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'ScanError';
    this.code = code;
  }
}

export function assertScanImage(image: ScanImage): void {
  const { width, height, data } = image;
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < 1 ||
    height < 1 ||
    data.length !== width * height * 4
  ) {
    throw new ScanError('image-invalid');
  }
}
