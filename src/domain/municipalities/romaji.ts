import { toRomaji } from 'wanakana';

/**
 * Municipality names in Latin letters, for people who cannot read the kanji: 横浜市 よこはまし →
 * "Yokohama-shi". Long vowels are written plainly (Tōkyō → Tokyo), as on road signs and in
 * addresses written for foreign residents. Built from the official kana reading, so it is a
 * reading aid, not an official English name.
 */
const SUFFIXES: readonly [kanji: string, kana: string, latin: string][] = [
  ['市', 'し', 'shi'],
  ['区', 'く', 'ku'],
  ['町', 'ちょう', 'cho'],
  ['町', 'まち', 'machi'],
  ['村', 'そん', 'son'],
  ['村', 'むら', 'mura'],
  ['都', 'と', 'to'],
  ['道', 'どう', ''],
  ['府', 'ふ', 'fu'],
  ['県', 'けん', 'ken'],
];

/** Hepburn without macrons: おう/おお → o, うう → u; lower case. */
export function plainRomaji(kana: string): string {
  return toRomaji(kana)
    .toLowerCase()
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/[^a-z]/g, '');
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** 横浜市/よこはまし → "Yokohama-shi"; 北海道/ほっかいどう → "Hokkaido". */
export function romanisedName(name: string, kana: string): string {
  for (const [kanji, kanaSuffix, latin] of SUFFIXES) {
    if (name.endsWith(kanji) && kana.endsWith(kanaSuffix) && kana.length > kanaSuffix.length) {
      // 北海道 is one word: Hokkaido.
      if (latin === '') return capitalise(plainRomaji(kana));
      return `${capitalise(plainRomaji(kana.slice(0, -kanaSuffix.length)))}-${latin}`;
    }
  }
  return capitalise(plainRomaji(kana));
}

/** What a typed Latin query is compared with: letters only, long vowels folded like names. */
export function foldRomajiQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[āâ]/g, 'a')
    .replace(/[īî]/g, 'i')
    .replace(/[ūû]/g, 'u')
    .replace(/[ēê]/g, 'e')
    .replace(/[ōô]/g, 'o')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/[^a-z]/g, '');
}
