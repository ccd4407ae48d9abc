import { beforeAll, describe, expect, it } from 'vitest';
import { inkIn, pageText, pdfFonts, renderPage, withPdfFile } from '../../helpers/poppler';
import { blankCharacters } from './glyph-ink';
import { renderFixture, seedCities, squash, type SeedCity } from './fixtures';
import type { RenderedPapers } from '../../../src/print';

/** What each page must say, per seed city (page 1 form, then cover, labels, letter of proxy). */
const expected: Record<SeedCity, { pages: number; byPage: Record<number, string[]> }> = {
  kanazawa: {
    pages: 3,
    byPage: {
      1: [
        '住民票の写し等交付請求書',
        '金沢市長',
        '北村 一郎',
        'キタムラ イチロウ',
        '昭和53年11月3日',
        '運転免許証の住所変更のため',
        '石川県警察',
        '1 通',
      ],
      2: [
        'does not know this office’s postal address',
        'Phone: 076-220-2241',
        'Fee: ¥300 × 1 = ¥300',
        '¥300 × 1',
        'Money order purchase fee: ¥200',
        'with a ¥110 stamp',
        'In all: ¥720',
        'registered address',
      ],
      3: ['石川県金沢市', '御中', '〒920-8577', '北村 一郎', '様'],
    },
  },
  inagi: {
    pages: 3,
    byPage: {
      1: [
        '稲城市長',
        'NGUYEN THI MAI',
        'グエン ティ マイ',
        'TRAN VAN NAM',
        '平成5年（1993年）7月8日',
        '平成8年（1996年）2月29日',
        '在留カード等の番号',
        '出入国在留管理局',
      ],
      2: [
        'does not know this city’s fee',
        'Phone: 042-378-2111',
        'does not know this office’s postal address',
        'In all: not known',
      ],
      3: ['〒206-8601', '御中', '様'],
    },
  },
  bunkyo: {
    pages: 4,
    byPage: {
      1: ['文京区長', '髙橋 𠮷男', 'タカハシ ヨシオ', '山﨑 花子', '叔父', '奨学金の申請のため'],
      2: [
        '〒112-8555 東京都文京区春日1-16-21',
        '戸籍住民課 住民記録係',
        'Phone: 03-5803-1177',
        'Fee: ¥300 × 1 = ¥300',
        'The letter of proxy (page 4)',
        'does not issue a copy showing the Individual Number or the resident record code to a proxy',
        'the original',
      ],
      3: ['〒112-8555', '文京シビックセンター2階北側', '御中', '山﨑 花子', '様'],
      4: [
        '委任状',
        '私は次の者を代理人と定め',
        '髙橋 𠮷男',
        '山﨑 花子',
        '090-0000-0000',
        '住民票の写し（抄本・世帯の一部）1通の請求及び受領',
        '委任者署名（自署）',
      ],
    },
  },
  kawanishi: {
    pages: 3,
    byPage: {
      1: ['川西市長', '貸金返還請求訴訟の提起にあたり', '請求の理由（第三者）', '神戸地方裁判所'],
      2: [
        '〒666-8501 兵庫県川西市中央町12番1号',
        'Phone: 072-740-1165',
        'does not know this city’s fee',
        'Documents that show why you need the copy',
      ],
      3: ['〒666-8501', '御中', '〒660-0000', '様'],
    },
  },
  kitami: {
    pages: 5,
    byPage: {
      1: [
        '北見市長',
        '佐藤 健',
        'ALEXANDRA CHRISTINA MONTGOMERY-WHITFIELD',
        '山﨑 𠮷',
        '髙田 樹',
        '別紙に続く',
        '個人番号（マイナンバー）',
      ],
      2: ['別紙', 'MONTGOMERY-WHITFIELD ROSE', '令和6年（2024年）3月3日'],
      3: [
        '〒090-8501 北海道北見市大通西3丁目1番地1',
        'Fee: ¥250 × 3 = ¥750',
        '¥750 × 1',
        'Money order purchase fee: ¥200',
        'In all: ¥1,170',
        'mailed to the person themself, not to the proxy',
        'The letter of proxy (page 5)',
        'labels on page 4',
      ],
      4: ['〒090-8501', '御中', '北見レジデンス', 'ALEXANDRA CHRISTINA MONTGOMERY-WHITFIELD', '様'],
      5: [
        '委任状',
        '個人番号（マイナンバー）の記載のある写しの請求を含む',
        '佐藤 健',
        'ALEXANDRA CHRISTINA MONTGOMERY-WHITFIELD',
      ],
    },
  },
};

/** Ink a drawn string must leave at 150 dpi: a few inked pixels per character at the least. */
const minimumInk = (text: string) => [...text.replace(/\s/gu, '')].length * 3;
const hasJapanese = (text: string) => /[^\s -\u024f]/u.test(text);

describe.each(seedCities)('the papers for %s', { timeout: 60_000 }, (city) => {
  let papers: RenderedPapers;
  beforeAll(async () => {
    papers = await renderFixture(city);
  });

  it('is one A4 PDF with the expected pages, under 150 KB', () => {
    expect(papers.pages).toBe(expected[city].pages);
    expect(papers.pdf.length).toBeLessThanOrEqual(150 * 1024);
  });

  it('embeds one subset of the Japanese font', async () => {
    await withPdfFile(papers.pdf, (file) => {
      const fonts = pdfFonts(file);
      expect(fonts).toHaveLength(1);
      expect(fonts[0]).toMatchObject({ embedded: true, subset: true });
      expect(fonts[0]?.name).toMatch(/^[A-Z]{6}\+NotoSansJP-Regular$/);
    });
  });

  it('says on each page what must be there', async () => {
    await withPdfFile(papers.pdf, (file) => {
      for (const [page, phrases] of Object.entries(expected[city].byPage)) {
        const text = squash(pageText(file, Number(page)));
        for (const phrase of phrases) expect(text, `page ${page}`).toContain(squash(phrase));
      }
    });
  });

  it('leaves ink wherever Japanese text was drawn, marks ticks, and keeps signature boxes empty', async () => {
    await withPdfFile(papers.pdf, async (file) => {
      for (let page = 0; page < papers.pages; page += 1) {
        const image = renderPage(file, page + 1);
        const regions = papers.regions.filter((r) => r.page === page && hasJapanese(r.text));
        expect(regions.length).toBeGreaterThan(0);
        for (const region of regions) {
          expect(inkIn(image, region.rect), region.text).toBeGreaterThanOrEqual(
            minimumInk(region.text),
          );
          expect(await blankCharacters(image, region), region.text).toEqual([]);
        }
        for (const tick of papers.ticks.filter((t) => t.page === page)) {
          const inside = {
            x: tick.rect.x + 0.7,
            y: tick.rect.y + 0.7,
            w: tick.rect.w - 1.4,
            h: tick.rect.h - 1.4,
          };
          const ink = inkIn(image, inside);
          if (tick.ticked) expect(ink, tick.key).toBeGreaterThan(0);
          else expect(ink, tick.key).toBe(0);
        }
        for (const blank of papers.blanks.filter((b) => b.page === page)) {
          expect(inkIn(image, blank.rect), blank.key).toBe(0);
        }
      }
    });
  });
});
