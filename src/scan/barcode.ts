// QR codes (the back of the My Number card): the browser's BarcodeDetector where it exists
// (Android Chrome), zxing otherwise. zxing is ~125 KB gzip, so it loads on first use.
import type * as Zxing from '@zxing/library';
import { acceptDigits } from './accept';
import { resize, smooth, stretchContrast, toGray, type GrayImage } from './image';
import {
  ScanError,
  assertScanImage,
  idKinds,
  idLengths,
  type Candidate,
  type FrameDecoder,
  type IdKind,
  type ScanImage,
} from './types';

/**
 * The numbers in a barcode's payload. The payload is exact (no OCR guesswork), so no letter is
 * ever read as a digit: a number must stand alone, and only one number of a kind may be there.
 */
export function barcodeCandidates(
  payload: string,
  kinds: readonly IdKind[] = idKinds,
): Candidate[] {
  const text = payload.normalize('NFKC');
  const out: Candidate[] = [];
  for (const kind of kinds) {
    const run = new RegExp(`(?<!\\d)\\d{${idLengths[kind]}}(?!\\d)`, 'gu');
    const matches = [...new Set(text.match(run) ?? [])];
    if (matches.length !== 1) continue;
    const candidate = acceptDigits(kind, matches[0] ?? '', 'barcode');
    if (candidate) out.push(candidate);
  }
  return out;
}

/** The part of the Barcode Detection API we use (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(image: ImageData): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

function nativeDetectorClass(): BarcodeDetectorClass | null {
  const candidate = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  return typeof candidate === 'function' ? candidate : null;
}

/** Whether this browser decodes QR codes itself. */
export async function hasNativeQrDetector(): Promise<boolean> {
  const Detector = nativeDetectorClass();
  if (!Detector || typeof ImageData === 'undefined') return false;
  try {
    return (await Detector.getSupportedFormats()).includes('qr_code');
  } catch {
    return false;
  }
}

type ZxingModule = typeof Zxing;

async function loadZxing(): Promise<ZxingModule> {
  const mod = (await import('@zxing/library')) as ZxingModule & { default?: ZxingModule };
  // CommonJS under Node ESM arrives as `default`; a bundler gives the namespace itself.
  return mod.default ?? mod;
}

function zxingRead(zxing: ZxingModule, gray: GrayImage, global: boolean): string | null {
  const luminance = new Uint8ClampedArray(gray.data.buffer, gray.data.byteOffset, gray.data.length);
  const source = new zxing.RGBLuminanceSource(luminance, gray.width, gray.height);
  const binarizer = global
    ? new zxing.GlobalHistogramBinarizer(source)
    : new zxing.HybridBinarizer(source);
  const hints = new Map<Zxing.DecodeHintType, unknown>([[zxing.DecodeHintType.TRY_HARDER, true]]);
  try {
    return new zxing.QRCodeReader().decode(new zxing.BinaryBitmap(binarizer), hints).getText();
  } catch (error) {
    // "No QR code here" is the common case, not a failure.
    if (error instanceof zxing.Exception) return null;
    throw error;
  }
}

/**
 * zxing on a few versions of the frame, first hit wins. Sensor noise breaks its local binariser
 * on small modules (one pass on the raw frame read 9 of 30 generated cards; smoothed, 30 of 30).
 */
function decodeWithZxing(zxing: ZxingModule, image: ScanImage): string | null {
  const gray = toGray(image);
  const smoothed = smooth(gray);
  return (
    zxingRead(zxing, smoothed, false) ??
    zxingRead(zxing, smooth(smoothed), false) ??
    zxingRead(zxing, stretchContrast(smoothed), false) ??
    zxingRead(zxing, gray, true) ??
    zxingRead(zxing, resize(gray, gray.width / 2, gray.height / 2), false)
  );
}

export interface BarcodeDecoderOptions {
  readonly kinds?: readonly IdKind[];
  /** `auto` (default): BarcodeDetector when the browser has it for QR, else zxing. */
  readonly engine?: 'auto' | 'native' | 'zxing';
}

/** QR decoder. The engine is chosen (and zxing loaded) on the first frame. */
export function createBarcodeDecoder(options: BarcodeDecoderOptions = {}): FrameDecoder {
  const kinds = options.kinds ?? idKinds;
  const engine = options.engine ?? 'auto';
  let read: Promise<(image: ScanImage) => Promise<string[]>> | null = null;
  let disposed = false;

  const choose = async (): Promise<(image: ScanImage) => Promise<string[]>> => {
    const Detector = engine === 'zxing' ? null : nativeDetectorClass();
    if (Detector && (engine === 'native' || (await hasNativeQrDetector()))) {
      const detector = new Detector({ formats: ['qr_code'] });
      return async (image) => {
        const pixels =
          image instanceof ImageData
            ? image
            : new ImageData(new Uint8ClampedArray(image.data), image.width, image.height);
        const found = await detector.detect(pixels);
        return found.map((barcode) => barcode.rawValue);
      };
    }
    if (engine === 'native') throw new ScanError('barcode-unavailable');
    const zxing = await loadZxing();
    return (image) => {
      const text = decodeWithZxing(zxing, image);
      return Promise.resolve(text === null ? [] : [text]);
    };
  };

  const reader = (): Promise<(image: ScanImage) => Promise<string[]>> => {
    if (disposed) return Promise.reject(new ScanError('decoder-disposed'));
    read ??= choose().catch((cause: unknown) => {
      read = null;
      throw cause instanceof ScanError ? cause : new ScanError('barcode-unavailable', { cause });
    });
    return read;
  };

  return {
    name: engine === 'zxing' ? 'zxing' : 'barcode',
    async decode(image) {
      assertScanImage(image);
      const payloads = await (await reader())(image);
      return payloads.flatMap((payload) => barcodeCandidates(payload, kinds));
    },
    async prepare() {
      await reader();
    },
    dispose() {
      disposed = true;
      return Promise.resolve();
    },
  } satisfies FrameDecoder;
}
