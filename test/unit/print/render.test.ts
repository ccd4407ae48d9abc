import { describe, expect, it } from 'vitest';
import {
  findSeedMunicipality,
  municipalityWithUnknownFacts,
} from '../../../src/domain/municipalities';
import { PrintError, renderPapers, renderPapersWithLayout } from '../../../src/print';
import { pageText, renderPage, withPdfFile } from '../../helpers/poppler';
import { blankCharacters } from './glyph-ink';
import { font, loadFixture, renderFixture, squash, TODAY } from './fixtures';

describe('renderPapers', () => {
  it('writes the captions and the cover sheet in Japanese for a Japanese reader, the labels unchanged', async () => {
    const papers = await renderFixture('kanazawa', 'ja');
    await withPdfFile(papers.pdf, (file) => {
      const form = squash(pageText(file, 1) + pageText(file, 2));
      expect(form).toContain(squash('住民票の写し等交付請求書（郵送用）'));
      expect(form).not.toContain('Dateofrequest');
      const cover = squash(pageText(file, 2));
      expect(cover).toContain(squash('封筒に入れるもの'));
      expect(cover).toContain(squash('300円 × 1枚'));
      expect(cover).toContain(squash('合計: 720円'));
    });
  });

  it('prints the era date alone for Japanese nationals and adds the Western year for foreign residents', async () => {
    const japanese = await renderFixture('kanazawa');
    const foreign = await renderFixture('inagi');
    await withPdfFile(japanese.pdf, (file) => {
      expect(squash(pageText(file, 1))).toContain(squash('昭和53年11月3日'));
      expect(pageText(file, 1)).not.toContain('1978年');
    });
    await withPdfFile(foreign.pdf, (file) => {
      expect(squash(pageText(file, 1))).toContain(squash('平成8年（1996年）2月29日'));
    });
  });

  it('asks the person to write in every fact a city not in the seed directory lacks', async () => {
    const { payload, household } = loadFixture('kanazawa');
    const listing = {
      code: payload.municipalityCode,
      name: '金沢市',
      kana: 'かなざわし',
      prefecture: { code: '17', name: '石川県' },
    };
    const pdf = await renderPapers(payload, municipalityWithUnknownFacts(listing), {
      captionLocale: 'en',
      household,
      fontBytes: font,
      today: TODAY,
    });
    await withPdfFile(pdf, (file) => {
      const cover = squash(pageText(file, 2));
      expect(cover).toContain(squash('does not know this office’s postal address'));
      expect(cover).toContain(squash('Phone: not in our directory'));
      expect(cover).toContain(squash('does not know this city’s fee'));
      expect(cover).not.toContain('¥300');
    });
  });

  it('names the right pages when the cover sheet runs to two pages', async () => {
    const { payload, municipality, household } = loadFixture('kitami');
    const office = municipality.offices['certified-copy'];
    if (!office.known || !office.value.postalAddress.known)
      throw new Error('Kitami has an address');
    const lines = Array.from({ length: 100 }, (_, i) => `北見市役所 第${i + 1}分室`);
    const long = {
      ...municipality,
      offices: {
        ...municipality.offices,
        'certified-copy': {
          ...office,
          value: {
            ...office.value,
            postalAddress: {
              ...office.value.postalAddress,
              value: { ...office.value.postalAddress.value, lines },
            },
          },
        },
      },
    };
    const papers = await renderPapersWithLayout(payload, long, {
      captionLocale: 'en',
      household,
      fontBytes: font,
      today: TODAY,
    });
    // Form (2 pages), a cover of two pages or more, the labels, the letter of proxy.
    const labelsPage = papers.pages - 1;
    const letterPage = papers.pages;
    expect(papers.pages).toBeGreaterThanOrEqual(6);
    await withPdfFile(papers.pdf, (file) => {
      let cover = '';
      for (let page = 3; page < labelsPage; page += 1) cover += pageText(file, page);
      expect(squash(cover)).toContain(squash(`The letter of proxy (page ${letterPage})`));
      expect(squash(cover)).toContain(squash(`labels on page ${labelsPage}`));
      expect(squash(pageText(file, labelsPage))).toContain('御中');
      expect(squash(pageText(file, letterPage))).toContain('委任状');
    });
    expect(papers.regions.filter((r) => r.text.startsWith('The letter of proxy'))).toHaveLength(1);
  });

  it('prints the longest values the schema allows whole, with ink in every character', async () => {
    const { payload, municipality, household } = loadFixture('kawanishi');
    const repeat = (text: string, length: number) =>
      text.repeat(Math.ceil(length / text.length)).slice(0, length);
    const long = {
      ...payload,
      requester: {
        ...payload.requester,
        name: repeat('WOLFESCHLEGELSTEINHAUSEN BERGERDORFF ', 100).trim(),
        address: {
          ...payload.requester.address,
          address: repeat('兵庫県尼崎市中央１丁目２番３号髙﨑ビル', 200),
        },
        thirdPartyReason: repeat('貸金返還請求訴訟の提起にあたり被告の住所を確認するため、', 500),
      },
      purpose: repeat('訴訟手続のため𠮷', 200),
      submitTo: repeat('神戸地方裁判所尼崎支部', 100),
    };
    const papers = await renderPapersWithLayout(long, municipality, {
      captionLocale: 'en',
      household,
      fontBytes: font,
      today: TODAY,
    });
    /** The lines drawn for a value, in order, joined: the whole value, nothing cut. */
    const drawn = (value: string, page?: number) =>
      papers.regions
        .filter(
          (r) => (page === undefined || r.page === page) && squash(value).includes(squash(r.text)),
        )
        .map((r) => squash(r.text))
        .join('');
    for (const value of [
      long.requester.address.address,
      long.requester.thirdPartyReason,
      long.purpose,
      long.submitTo,
    ]) {
      expect(drawn(value, 0) + drawn(value, 1)).toContain(squash(value));
    }
    expect(drawn(long.requester.address.address, papers.pages - 1)).toBe(
      squash(long.requester.address.address),
    );
    await withPdfFile(papers.pdf, async (file) => {
      // pdftotext reads every line of them where it was drawn.
      const texts = Array.from({ length: papers.pages }, (_, i) => squash(pageText(file, i + 1)));
      for (const region of papers.regions) {
        expect(texts[region.page]).toContain(squash(region.text));
      }
      const image = renderPage(file, 1);
      for (const region of papers.regions.filter((r) => r.page === 0)) {
        expect(await blankCharacters(image, region), region.text).toEqual([]);
      }
      // Nothing runs off the paper.
      for (const region of papers.regions) {
        expect(region.rect.x + region.rect.w, region.text).toBeLessThanOrEqual(210 - 5);
        expect(region.rect.y + region.rect.h, region.text).toBeLessThanOrEqual(297 - 5);
      }
    });
  });

  it('refuses a kind it has no form for, and a municipality that is not the application’s', async () => {
    const { payload, household } = loadFixture('kanazawa');
    const kitami = findSeedMunicipality('012084');
    const options = { captionLocale: 'en' as const, household, fontBytes: font, today: TODAY };
    await expect(renderPapersWithLayout(payload, kitami!, options)).rejects.toMatchObject({
      name: 'PrintError',
      code: 'municipality-mismatch',
    });
    const moveOut = { ...payload, kind: 'move-out' } as unknown as typeof payload;
    await expect(renderPapers(moveOut, kitami!, options)).rejects.toBeInstanceOf(PrintError);
  });
});
