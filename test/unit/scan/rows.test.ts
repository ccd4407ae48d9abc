import { describe, expect, it } from 'vitest';
import { wordsToRows } from '../../../src/scan/rows';
import type { TextWord } from '../../../src/scan';

const word = (text: string, x0: number, y0: number, x1: number, y1: number): TextWord => ({
  text,
  confidence: 90,
  x0,
  y0,
  x1,
  y1,
});

describe('wordsToRows', () => {
  it('orders a row left to right and keeps two printed lines apart', () => {
    const rows = wordsToRows([
      word('7059', 200, 151, 280, 181),
      word('2472', 100, 150, 180, 180),
      word('令和', 100, 100, 160, 128),
      word('6年', 170, 101, 220, 129),
    ]);
    expect(rows.map((r) => r.text)).toEqual(['令和 6年', '2472 7059']);
  });

  it('does not let one oversized box bridge two lines', () => {
    const rows = wordsToRows([
      word('上', 100, 100, 130, 130),
      word('段', 140, 100, 170, 130),
      word('~~', 180, 100, 200, 180),
      word('2472', 100, 150, 180, 180),
      word('7059', 190, 150, 270, 180),
    ]);
    expect(rows.map((r) => r.text)).toEqual(['上 段 ~~', '2472 7059']);
  });

  it('splits a line where the gap is far wider than the text', () => {
    const rows = wordsToRows([
      word('金沢市長', 100, 100, 200, 130),
      word('2472', 600, 100, 680, 130),
    ]);
    expect(rows.map((r) => r.text)).toEqual(['金沢市長', '2472']);
  });
});
