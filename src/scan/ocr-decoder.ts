// Printed digits: finds the number's row on the whole frame, then reads that row again, tightly
// cropped and enlarged, with only digits allowed. A value counts only when enough reads agree.
import { candidateKey } from './accept';
import { findIdNumbers } from './digit-run';
import {
  flattenIllumination,
  resize,
  rotate,
  smooth,
  stretchContrast,
  toGray,
  type GrayImage,
} from './image';
import { countDigits, digitWords, rowCrop } from './row-crop';
import { wordsToRows, type TextRow } from './rows';
import { estimateSkew } from './skew';
import { createTesseractRecognizer, type TesseractFiles, type TextRecognizer } from './tesseract';
import { idKinds, type Candidate, type FrameDecoder, type IdKind } from './types';

export interface OcrDecoderOptions {
  readonly kinds?: readonly IdKind[];
  /** Frames are scaled so their long side is at least this… (default 1280) */
  readonly minSide?: number;
  /** …and at most this (default 1600), in pixels. */
  readonly maxSide?: number;
  /** Scales the digit height the rereads enlarge the row to (default 1: 40 and 28 pixels). */
  readonly textScale?: number;
}

/** Rows with fewer digits than this are not worth a second read. */
const MIN_DIGITS_FOR_REREAD = 8;

/** Mean word confidence (0..100) below which the whole-frame read of a row gets no vote. */
const MIN_FIRST_READ_CONFIDENCE = 30;

/** Mean confidence of the row's words that carry digits. */
function confidence(row: TextRow): number {
  const words = row.words.filter((w) => countDigits(w.text) > 0);
  return words.reduce((sum, w) => sum + w.confidence, 0) / Math.max(1, words.length);
}

function fitSize(image: GrayImage, minSide: number, maxSide: number): GrayImage {
  const long = Math.max(image.width, image.height);
  const scale = long > maxSide ? maxSide / long : long < minSide ? minSide / long : 1;
  return scale === 1 ? image : resize(image, image.width * scale, image.height * scale);
}

/** Clean values need two agreeing reads; values the check digit does not vouch for need three. */
const VOTES_CLEAN = 2;
const VOTES_NEEDS_CONFIRMATION = 3;

/** The crops read after the whole-frame read, in order, until enough reads agree. */
const REREADS: readonly { readonly textHeight: number; readonly binarize: boolean }[] = [
  { textHeight: 40, binarize: true },
  { textHeight: 28, binarize: true },
  { textHeight: 40, binarize: false },
  { textHeight: 56, binarize: true },
];

interface Tally {
  readonly candidate: Candidate;
  count: number;
}

/**
 * Whether a value the check digit does not vouch for may be shown: enough votes, more than any
 * other value of its kind, and no read of that kind passed its check digit — a clean read
 * elsewhere means the flagged value is far likelier a misread than a misprinted slip.
 */
function flaggedElected(tally: Tally, all: readonly Tally[]): boolean {
  const rivals = all.filter((t) => t !== tally && t.candidate.kind === tally.candidate.kind);
  return (
    tally.count >= VOTES_NEEDS_CONFIRMATION &&
    rivals.every((r) => r.candidate.needsConfirmation && r.count < tally.count)
  );
}

/** The values enough reads agree on, when exactly one value of a kind has enough. */
function agreed(reads: readonly Candidate[][]): Candidate[] {
  const votes = new Map<string, Tally>();
  for (const candidate of reads.flat()) {
    const entry = votes.get(candidateKey(candidate));
    if (entry) entry.count += 1;
    else votes.set(candidateKey(candidate), { candidate, count: 1 });
  }
  const all = [...votes.values()];
  const elected = all
    .filter((t) =>
      t.candidate.needsConfirmation ? flaggedElected(t, all) : t.count >= VOTES_CLEAN,
    )
    .map((t) => t.candidate);
  return elected.filter((c) => elected.filter((o) => o.kind === c.kind).length === 1);
}

export function createOcrDecoder(
  recognizer: TextRecognizer,
  options: OcrDecoderOptions = {},
): FrameDecoder {
  const kinds = options.kinds ?? idKinds;
  const minSide = options.minSide ?? 1280;
  const maxSide = options.maxSide ?? 1600;
  const textScale = options.textScale ?? 1;

  const reread = async (image: GrayImage): Promise<Candidate[]> => {
    const words = await recognizer.recognize(image, 'digit-line');
    return findIdNumbers(words.map((w) => w.text).join(' '), { kinds, source: 'ocr' });
  };

  /**
   * Reads one row again, cropped and enlarged, until enough reads agree (see REREADS): a single
   * read of a thin or blurred font misreads too often to be trusted on its own.
   */
  const readRow = async (upright: GrayImage, row: TextRow): Promise<Candidate[]> => {
    const first = findIdNumbers(row.text, { kinds, source: 'ocr' });
    if (first.length === 0 && countDigits(row.text) < MIN_DIGITS_FOR_REREAD) return [];
    const digits = digitWords(row);
    if (!digits) return [];
    // Kanji read as digits (a date row: 令和15年12月3日) come with a very low confidence; such a
    // whole-frame read gets no vote, so the rereads alone must agree.
    const reads = confidence(row) >= MIN_FIRST_READ_CONFIDENCE ? [first] : [];
    for (const { textHeight, binarize } of REREADS) {
      if (agreed(reads).length > 0) break;
      reads.push(await reread(rowCrop(upright, digits, textHeight * textScale, binarize)));
    }
    return agreed(reads);
  };

  return {
    name: 'tesseract',
    async decode(image) {
      const gray = flattenIllumination(smooth(fitSize(toGray(image), minSide, maxSide)));
      const upright = stretchContrast(rotate(gray, -estimateSkew(gray)));
      const rows = wordsToRows(await recognizer.recognize(upright, 'sparse'));
      const found = new Map<string, Candidate>();
      for (const row of rows) {
        for (const candidate of await readRow(upright, row)) {
          found.set(candidateKey(candidate), candidate);
        }
      }
      return [...found.values()];
    },
    prepare: () => recognizer.prepare(),
    dispose: () => recognizer.dispose(),
  } satisfies FrameDecoder;
}

/** The text decoder on tesseract.js, its files served from `files` (never a CDN). */
export function createTesseractDecoder(
  files: TesseractFiles,
  options: OcrDecoderOptions = {},
): FrameDecoder {
  return createOcrDecoder(createTesseractRecognizer(files), options);
}
