import { checkLocalGovCode, localGovCodeFromFiveDigits } from '../ids/local-gov-code';
import { normaliseIdentifier } from '../ids/normalise';
import {
  MUNICIPALITY_DATA_SOURCE,
  MUNICIPALITY_ROWS,
  PREFECTURE_ROWS,
} from './all-municipalities.generated';
import { foldForSearch } from './kana';
import { foldRomajiQuery, plainRomaji, romanisedName } from './romaji';

/**
 * Every municipality in Japan by code, name and kana. This module holds the whole list (≈ 80 KB):
 * the app loads it lazily (see `loadMunicipalityDirectory`), the server imports it directly.
 */
export interface MunicipalityListing {
  /** 6-digit local government code. */
  code: string;
  name: string;
  /** Hiragana reading. */
  kana: string;
  /** A ward (区) of a designated city has its own office and code. */
  kind: 'municipality' | 'ward';
  /** For a ward: the city's code. */
  parentCode?: string;
  prefecture: { code: string; name: string; kana: string };
  /** Prefecture + city + ward, as on an address: 北海道札幌市中央区. */
  fullName: string;
  /** A reading aid in Latin letters: "Chuo-ku, Sapporo-shi, Hokkaido". */
  romaji: string;
}

export { MUNICIPALITY_DATA_SOURCE };

interface Indexed {
  listing: MunicipalityListing;
  /** Name and reading, alone and after the city and prefecture, folded for search. */
  searchTexts: string[];
  /** The reading in Latin letters, alone and after the city: "chuoku", "sapporoshichuoku". */
  romajiTexts: string[];
}

let index: { byCode: Map<string, MunicipalityListing>; all: Indexed[] } | null = null;

function buildIndex(): NonNullable<typeof index> {
  const prefectures = new Map(
    PREFECTURE_ROWS.map((row) => {
      const [code = '', name = '', kana = ''] = row.split('|');
      return [code, { code, name, kana }];
    }),
  );
  const byCode = new Map<string, MunicipalityListing>();
  const all: Indexed[] = [];
  for (const row of MUNICIPALITY_ROWS) {
    const [code = '', name = '', kana = '', parentCode] = row.split('|');
    const prefecture = prefectures.get(code.slice(0, 2)) ?? { code: '', name: '', kana: '' };
    // Rows list a designated city before its wards, so the parent is already known.
    const parent = parentCode === undefined ? undefined : byCode.get(parentCode);
    const listing: MunicipalityListing = {
      code,
      name,
      kana,
      kind: parentCode === undefined ? 'municipality' : 'ward',
      ...(parentCode === undefined ? {} : { parentCode }),
      prefecture,
      fullName: `${prefecture.name}${parent?.name ?? ''}${name}`,
      romaji: [
        romanisedName(name, kana),
        ...(parent ? [romanisedName(parent.name, parent.kana)] : []),
        romanisedName(prefecture.name, prefecture.kana),
      ].join(', '),
    };
    byCode.set(code, listing);
    const [parentName, parentKana] = [parent?.name ?? '', parent?.kana ?? ''];
    const searchTexts = [
      name,
      `${parentName}${name}`,
      listing.fullName,
      kana,
      `${parentKana}${kana}`,
      `${prefecture.kana}${parentKana}${kana}`,
    ].map(foldForSearch);
    const romajiTexts = [
      plainRomaji(kana),
      plainRomaji(`${parentKana}${kana}`),
      plainRomaji(`${prefecture.kana}${parentKana}${kana}`),
    ];
    all.push({ listing, searchTexts, romajiTexts });
  }
  return { byCode, all };
}

function getIndex(): NonNullable<typeof index> {
  index ??= buildIndex();
  return index;
}

function sixDigitCode(code: string): string | null {
  const normalised = normaliseIdentifier(code);
  if (normalised.length === 5) return localGovCodeFromFiveDigits(normalised);
  return checkLocalGovCode(normalised).ok ? normalised : null;
}

/** By 6-digit code (or the 5-digit form without check digit); typed input is normalised. */
export function findMunicipalityByCode(code: string): MunicipalityListing | undefined {
  const six = sixDigitCode(code);
  return six === null ? undefined : getIndex().byCode.get(six);
}

/** 0 exact, 1 prefix, 2 partial, null no match. */
function matchRank(texts: readonly string[], query: string): number | null {
  if (texts.includes(query)) return 0;
  if (texts.some((text) => text.startsWith(query))) return 1;
  if (texts.some((text) => text.includes(query))) return 2;
  return null;
}

/**
 * Municipalities whose name or reading contains the query (kanji, hiragana, katakana, half- or
 * full-width, or romaji): exact matches first, then prefix matches, then the rest, each in code order.
 */
export function searchMunicipalities(query: string, limit = 20): MunicipalityListing[] {
  // Latin letters are a romaji reading ("Yokohama", "tōkyō"); anything else kanji or kana.
  const latin = /^[\p{Script=Latin}\s'’-]+$/u.test(query.normalize('NFKC').trim());
  const folded = latin ? foldRomajiQuery(query) : foldForSearch(query);
  if (folded === '') return [];
  const ranked: { rank: number; listing: MunicipalityListing }[] = [];
  for (const { listing, searchTexts, romajiTexts } of getIndex().all) {
    const rank = matchRank(latin ? romajiTexts : searchTexts, folded);
    if (rank !== null) ranked.push({ rank, listing });
  }
  // Array.prototype.sort is stable: equal ranks keep the list's code order.
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, Math.max(0, limit))
    .map(({ listing }) => listing);
}

/** Every municipality and ward of one prefecture (2-digit code), in code order. */
export function municipalitiesOfPrefecture(prefectureCode: string): MunicipalityListing[] {
  return getIndex()
    .all.map(({ listing }) => listing)
    .filter((listing) => listing.prefecture.code === prefectureCode);
}

/** The 47 prefectures, in code order (北海道 first). */
export function listPrefectures(): { code: string; name: string; kana: string }[] {
  return PREFECTURE_ROWS.map((row) => {
    const [code = '', name = '', kana = ''] = row.split('|');
    return { code, name, kana };
  });
}

/** Every municipality and ward, in code order. */
export function allMunicipalityListings(): MunicipalityListing[] {
  return getIndex().all.map(({ listing }) => listing);
}
