// Cuts the number's row out of the upright frame for a second, tighter read.
import { binarizeAdaptive, crop, resize, stretchContrast, type GrayImage } from './image';
import type { TextRow } from './rows';
import type { TextWord } from './tesseract';

export function countDigits(text: string): number {
  return text.normalize('NFKC').replace(/\D/gu, '').length;
}

function span(row: TextRow, words: readonly TextWord[]): TextRow {
  return {
    ...row,
    words,
    x0: Math.min(...words.map((w) => w.x0)),
    y0: Math.min(...words.map((w) => w.y0)),
    x1: Math.max(...words.map((w) => w.x1)),
    y1: Math.max(...words.map((w) => w.y1)),
  };
}

/**
 * The row's digit words, so the crop leaves out a label printed on the same row, plus short
 * words right next to them: those are usually digits the first read got wrong ("72" as "Pe").
 */
export function digitWords(row: TextRow): TextRow | null {
  const words = row.words.filter((w) => countDigits(w.text) * 2 >= w.text.length);
  if (words.length === 0) return null;
  let current = span(row, words);
  for (let grown = true; grown;) {
    grown = false;
    const gap = (current.y1 - current.y0) * 0.6;
    for (const w of row.words) {
      if (current.words.includes(w) || w.text.length > 4) continue;
      if (w.x1 >= current.x0 - gap && w.x0 <= current.x1 + gap) {
        current = span(row, [...current.words, w]);
        grown = true;
      }
    }
  }
  return current;
}

/**
 * The band of rows holding the ink, within a loose cut: word boxes from a noisy or glaring frame
 * can be twice the text's height, and the enlargement must be set from the text itself.
 */
function inkBand(cut: GrayImage): { top: number; bottom: number } | null {
  const ink = binarizeAdaptive(cut, 0.5, 0.1);
  const counts = new Uint32Array(ink.height);
  for (let y = 0; y < ink.height; y += 1) {
    let n = 0;
    for (let x = 0; x < ink.width; x += 1) if (ink.data[y * ink.width + x] === 0) n += 1;
    counts[y] = n;
  }
  // Start from the busiest row near the middle, where the word boxes put the text.
  let peak = Math.floor(ink.height / 2);
  for (let y = Math.floor(ink.height / 4); y < (ink.height * 3) / 4; y += 1) {
    if ((counts[y] ?? 0) > (counts[peak] ?? 0)) peak = y;
  }
  const floor = (counts[peak] ?? 0) * 0.08;
  if (floor <= 0) return null;
  let top = peak;
  while (top > 0 && (counts[top - 1] ?? 0) > floor) top -= 1;
  let bottom = peak;
  while (bottom < ink.height - 1 && (counts[bottom + 1] ?? 0) > floor) bottom += 1;
  return { top, bottom };
}

const PAD_Y = 0.45;
// Narrow on the sides: a table rule beside the digits reads as a "1".
const PAD_X = 0.4;

/** The row, its digits `textHeight` pixels tall, optionally black and white. */
export function rowCrop(
  image: GrayImage,
  row: TextRow,
  textHeight: number,
  binarize: boolean,
): GrayImage {
  const boxHeight = row.y1 - row.y0;
  const looseTop = row.y0 - boxHeight * PAD_Y;
  const loose = crop(image, {
    left: row.x0,
    top: looseTop,
    width: row.x1 - row.x0,
    height: boxHeight * (1 + 2 * PAD_Y),
  });
  const band = inkBand(loose);
  const bandHeight = band ? band.bottom - band.top + 1 : 0;
  const h = bandHeight > boxHeight * 0.3 ? bandHeight : boxHeight;
  const top = band && h === bandHeight ? Math.max(0, looseTop) + band.top : row.y0;
  const cut = crop(image, {
    left: row.x0 - h * PAD_X,
    top: top - h * PAD_Y,
    width: row.x1 - row.x0 + 2 * h * PAD_X,
    height: h * (1 + 2 * PAD_Y),
  });
  const scale = textHeight / h;
  const sized = stretchContrast(resize(cut, cut.width * scale, cut.height * scale));
  return binarize ? binarizeAdaptive(sized, 0.5, 0.1) : sized;
}
