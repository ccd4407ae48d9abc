// Names as Japanese papers need them. Pure text rules shared by the member form and the store,
// so a name the form accepts is exactly the name that is kept.

/** The longest name a paper's box takes (the domain's personNameSchema says the same). */
export const NAME_MAX = 100;

export type NameError = 'required' | 'too-long' | 'no-letters';
export type KanaError = 'too-long' | 'not-kana';
export type LatinNameError = 'too-long' | 'not-latin';

export type Checked<E> = { ok: true; value: string } | { ok: false; error: E };

/** Length as a person counts it: 𠮷 is one character, not two UTF-16 units. */
function length(text: string): number {
  return [...text].length;
}

/** A name: trimmed, at most NAME_MAX characters, with at least one letter (not emoji alone). */
export function checkName(text: string): Checked<NameError> {
  const value = text.trim().replace(/\s+/gu, ' ');
  if (!value) return { ok: false, error: 'required' };
  if (length(value) > NAME_MAX) return { ok: false, error: 'too-long' };
  if (!/\p{L}/u.test(value)) return { ok: false, error: 'no-letters' };
  return { ok: true, value };
}

/**
 * Furigana in katakana, the form municipal papers print (フリガナ欄). Hiragana and half-width
 * katakana become full-width katakana; spaces between parts become one full-width space.
 */
export function normaliseFurigana(text: string): Checked<KanaError> {
  const value = text
    .normalize('NFKC')
    .replace(/[\u3041-\u3096\u309d\u309e]/gu, (kana) =>
      String.fromCharCode(kana.charCodeAt(0) + 0x60),
    )
    .trim()
    .replace(/\s+/gu, '\u3000');
  if (length(value) > NAME_MAX) return { ok: false, error: 'too-long' };
  // ァ–ヺ, ・, ー, ヽ, ヾ and the full-width space.
  if (value && !/^[\u30a1-\u30fe\u3000]+$/u.test(value)) return { ok: false, error: 'not-kana' };
  return { ok: true, value };
}

/**
 * The name as the residence card prints it: Latin capitals, no accents (Lê Văn Hùng → LE VAN
 * HUNG), single spaces; commas, hyphens, apostrophes and full stops as some cards have them.
 */
export function normaliseResidenceCardName(text: string): Checked<LatinNameError> {
  const value = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toUpperCase()
    .trim()
    .replace(/\s+/gu, ' ');
  if (length(value) > NAME_MAX) return { ok: false, error: 'too-long' };
  if (value && !/^[A-Z][A-Z ,.'-]*$/u.test(value)) return { ok: false, error: 'not-latin' };
  return { ok: true, value };
}
