/**
 * Characters people put between digit groups, typed or pasted: white space (incl. the
 * ideographic space), the ASCII hyphen, and the dash-like characters an IME or a PDF gives
 * instead: ‐ ‑ ‒ – — ― − (minus), ー (katakana long vowel), ｰ, ﹣, －.
 */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\u30fc\uff70\ufe63\uff0d]/gu;

/**
 * What people type, in the form the checks work on: NFKC (full-width digits and letters become
 * ASCII), then separators removed. Idempotent.
 */
export function normaliseIdentifier(input: string): string {
  // NFKC again after stripping: removing a separator can leave a base character next to a
  // combining mark that NFKC composes, and the result must be a fixed point.
  return input.normalize('NFKC').replace(SEPARATORS, '').normalize('NFKC');
}

export function isAsciiDigits(text: string): boolean {
  return /^[0-9]+$/.test(text);
}
