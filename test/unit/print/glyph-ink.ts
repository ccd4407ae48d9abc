// Ink per character: a blank glyph among inked ones (the bundled fontkit draws the first glyph of
// a subset and leaves the rest blank) is caught, which a count over the whole string misses.
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { fontkitAdapter } from '../../../src/print/font/fontkit-adapter';
import type { TextRegion } from '../../../src/print';
import { inkIn, type GreyPage } from '../../helpers/poppler';
import { font } from './fixtures';

let measuring: Promise<PDFFont> | null = null;

/** The same font, embedded once, only to measure advances (pdf-lib's widths are the font's). */
function measuringFont(): Promise<PDFFont> {
  measuring ??= (async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkitAdapter);
    return doc.embedFont(await font(), { subset: true });
  })();
  return measuring;
}

const POINTS_PER_MM = 72 / 25.4;

/** Characters (not spaces) of the region that leave no ink in their own slice of it. */
export async function blankCharacters(page: GreyPage, region: TextRegion): Promise<string[]> {
  const measure = await measuringFont();
  const size = region.rect.h * POINTS_PER_MM;
  const width = (text: string) => measure.widthOfTextAtSize(text, size) / POINTS_PER_MM;
  const blank: string[] = [];
  let prefix = '';
  for (const character of region.text) {
    const start = width(prefix);
    prefix += character;
    const end = width(prefix);
    if (/\s/u.test(character)) continue;
    const slice = { x: region.rect.x + start, y: region.rect.y, w: end - start, h: region.rect.h };
    if (inkIn(page, slice) === 0) blank.push(character);
  }
  return blank;
}
