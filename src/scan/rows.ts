import type { TextWord } from './tesseract';

/** Words that sit on one text row, left to right. */
export interface TextRow {
  readonly words: readonly TextWord[];
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

function toRow(words: readonly TextWord[]): TextRow {
  return {
    words,
    text: words.map((w) => w.text).join(' '),
    x0: Math.min(...words.map((w) => w.x0)),
    y0: Math.min(...words.map((w) => w.y0)),
    x1: Math.max(...words.map((w) => w.x1)),
    y1: Math.max(...words.map((w) => w.y1)),
  };
}

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Vertical overlap of a word with a row's band, as a share of the shorter of the two. */
function overlap(word: TextWord, band: { y0: number; y1: number }): number {
  const shared = Math.min(word.y1, band.y1) - Math.max(word.y0, band.y0);
  return shared / Math.max(1, Math.min(word.y1 - word.y0, band.y1 - band.y0));
}

/**
 * Regroups words into rows by geometry. Sparse-text mode splits a widely spaced `2472 7059 608`
 * into separate "lines"; rows join them again (a small label beside big digits joins too), and
 * split where the gap is far wider than the text. A row's band is the median of its words, so
 * one oversized box cannot bridge two printed lines.
 */
export function wordsToRows(words: readonly TextWord[]): TextRow[] {
  const sorted = words
    .filter((w) => w.text.trim() !== '' && w.y1 > w.y0)
    .toSorted((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
  const rows: { words: TextWord[]; y0: number; y1: number }[] = [];
  for (const word of sorted) {
    const row = rows.find((r) => overlap(word, r) >= 0.5);
    if (row) {
      row.words.push(word);
      row.y0 = median(row.words.map((w) => w.y0));
      row.y1 = median(row.words.map((w) => w.y1));
    } else {
      rows.push({ words: [word], y0: word.y0, y1: word.y1 });
    }
  }
  const result: TextRow[] = [];
  for (const { words: members } of rows) {
    members.sort((a, b) => a.x0 - b.x0);
    let current: TextWord[] = [];
    for (const word of members) {
      const last = current.at(-1);
      const height = Math.max(word.y1 - word.y0, last ? last.y1 - last.y0 : 0);
      if (last && word.x0 - last.x1 > height * 3) {
        result.push(toRow(current));
        current = [];
      }
      current.push(word);
    }
    if (current.length > 0) result.push(toRow(current));
  }
  return result;
}
