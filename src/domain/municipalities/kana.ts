/**
 * Text folded for searching names: NFKC (half-width kana and full-width letters become
 * standard), katakana → hiragana, no white space, lower case. `ブンキョウ`, `ぶんきょう` and
 * `ﾌﾞﾝｷｮｳ` all fold to `ぶんきょう`.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u30a1-\u30f6]/gu, (katakana) => String.fromCharCode(katakana.charCodeAt(0) - 0x60))
    .replace(/\s+/gu, '')
    .toLowerCase();
}
