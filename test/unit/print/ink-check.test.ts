// The ink check is what catches blank CJK glyphs (Hopding/pdf-lib#1232): here it is shown failing
// on a PDF made with pdf-lib's bundled @pdf-lib/fontkit, whose text pdftotext still extracts.
import bundledFontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fontkitAdapter } from '../../../src/print/font/fontkit-adapter';
import { Sheet } from '../../../src/print/layout/sheet';
import { inkIn, pageText, pdfFonts, renderPage, withPdfFile } from '../../helpers/poppler';
import { font, squash } from './fixtures';
import { blankCharacters } from './glyph-ink';

const SAMPLE = '住民票の写し 髙橋 𠮷男 山﨑 １２３';

async function samplePdf(fontkit: Parameters<PDFDocument['registerFontkit']>[0]) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const sheet = new Sheet(doc, await doc.embedFont(await font(), { subset: true }));
  sheet.newPage();
  sheet.text(SAMPLE, 20, 20, 14);
  return { pdf: await doc.save(), region: sheet.regions[0] };
}

describe('the ink check', () => {
  it('finds ink where our adapter drew Japanese, rare kanji and full-width digits', async () => {
    const { pdf, region } = await samplePdf(fontkitAdapter);
    await withPdfFile(pdf, (file) => {
      expect(squash(pageText(file, 1))).toContain(squash(SAMPLE));
      const page = renderPage(file, 1);
      expect(inkIn(page, region!.rect)).toBeGreaterThan(200);
      return blankCharacters(page, region!).then((blank) => expect(blank).toEqual([]));
    });
  });

  it('fails on the bundled fontkit’s blank subset, though pdftotext still reads the text', async () => {
    const { pdf, region } = await samplePdf(bundledFontkit);
    await withPdfFile(pdf, (file) => {
      expect(pdfFonts(file)[0]?.embedded).toBe(true);
      expect(squash(pageText(file, 1))).toContain(squash('住民票の写し'));
      // The first glyph is drawn, the rest are blank: a whole-string ink count would pass.
      return blankCharacters(renderPage(file, 1), region!).then((blank) =>
        expect(blank).toEqual([...'民票の写し髙橋𠮷男山﨑１２３']),
      );
    });
  });

  it('finds nothing in an empty box', async () => {
    const { pdf } = await samplePdf(fontkitAdapter);
    await withPdfFile(pdf, (file) => {
      expect(inkIn(renderPage(file, 1), { x: 20, y: 60, w: 80, h: 20 })).toBe(0);
    });
  });
});
