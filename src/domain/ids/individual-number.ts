import { idError, type IdCheck } from './id-check';
import { isAsciiDigits, normaliseIdentifier } from './normalise';
import { mod11CheckDigit } from './weighted-check-digit';

export const INDIVIDUAL_NUMBER_LENGTH = 12;

/** Weights for the 11 leading digits, left to right (個人番号 施行令 第8条) [law]. */
export const INDIVIDUAL_NUMBER_WEIGHTS = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export type IndividualNumberError = 'empty' | 'not-digits' | 'length' | 'check-digit';
export type IndividualNumberCheck = IdCheck<IndividualNumberError>;

export function individualNumberCheckDigit(firstElevenDigits: string): number {
  return mod11CheckDigit(firstElevenDigits, INDIVIDUAL_NUMBER_WEIGHTS);
}

/** 個人番号 (My Number): 12 digits, the last a check digit. */
export function checkIndividualNumber(input: string): IndividualNumberCheck {
  const value = normaliseIdentifier(input);
  if (value === '') return idError('empty');
  if (!isAsciiDigits(value)) return idError('not-digits');
  if (value.length !== INDIVIDUAL_NUMBER_LENGTH) return idError('length');
  if (individualNumberCheckDigit(value.slice(0, 11)) !== Number(value[11])) {
    return idError('check-digit');
  }
  return { ok: true, value, warnings: [] };
}

/** `983205673214` → `9832 0567 3214`, as on the card. Other input is returned as typed. */
export function formatIndividualNumber(value: string): string {
  const digits = normaliseIdentifier(value);
  if (!isAsciiDigits(digits) || digits.length !== INDIVIDUAL_NUMBER_LENGTH) return value;
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
}
