import { idError, type IdCheck } from './id-check';
import { isAsciiDigits, normaliseIdentifier } from './normalise';
import { weightedSum } from './weighted-check-digit';

export const LOCAL_GOV_CODE_LENGTH = 6;
export const LOCAL_GOV_CODE_WEIGHTS = [6, 5, 4, 3, 2] as const;

export type LocalGovCodeError = 'empty' | 'not-digits' | 'length' | 'check-digit';
export type LocalGovCodeCheck = IdCheck<LocalGovCodeError>;

/**
 * 全国地方公共団体コード check digit: (11 − Σ mod 11) mod 10. Unlike the personal numbers,
 * r = 0 gives 1 and r = 1 gives 0 — the two rules are not interchangeable.
 */
export function localGovCodeCheckDigit(firstFiveDigits: string): number {
  return (11 - (weightedSum(firstFiveDigits, LOCAL_GOV_CODE_WEIGHTS) % 11)) % 10;
}

/** 6 digits: prefecture (2) + municipality (3) + check digit. */
export function checkLocalGovCode(input: string): LocalGovCodeCheck {
  const value = normaliseIdentifier(input);
  if (value === '') return idError('empty');
  if (!isAsciiDigits(value)) return idError('not-digits');
  if (value.length !== LOCAL_GOV_CODE_LENGTH) return idError('length');
  if (localGovCodeCheckDigit(value.slice(0, 5)) !== Number(value[5])) return idError('check-digit');
  return { ok: true, value, warnings: [] };
}

/** The 5-digit form some data sets use (JIS X 0402 without the check digit) → 6 digits. */
export function localGovCodeFromFiveDigits(fiveDigits: string): string | null {
  if (!isAsciiDigits(fiveDigits) || fiveDigits.length !== 5) return null;
  return `${fiveDigits}${localGovCodeCheckDigit(fiveDigits)}`;
}
