import { idError, type IdCheck } from './id-check';
import { mod11CheckDigit } from './weighted-check-digit';
import { isAsciiDigits, normaliseIdentifier } from './normalise';

export const RESIDENT_RECORD_CODE_LENGTH = 11;

/**
 * Weights for the 10 leading digits, left to right. [2nd]: the ministry's notice was not found;
 * this is the Individual Number rule applied to 10 digits and it matches independent samples.
 * Because it is not confirmed, a mismatch is only a warning.
 */
export const RESIDENT_RECORD_CODE_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export type ResidentRecordCodeError = 'empty' | 'not-digits' | 'length';
export type ResidentRecordCodeCheck = IdCheck<ResidentRecordCodeError, 'check-digit'>;

export function residentRecordCodeCheckDigit(firstTenDigits: string): number {
  return mod11CheckDigit(firstTenDigits, RESIDENT_RECORD_CODE_WEIGHTS);
}

/** 住民票コード: 11 digits. A check-digit mismatch warns (ok: true) because the rule is unconfirmed. */
export function checkResidentRecordCode(input: string): ResidentRecordCodeCheck {
  const value = normaliseIdentifier(input);
  if (value === '') return idError('empty');
  if (!isAsciiDigits(value)) return idError('not-digits');
  if (value.length !== RESIDENT_RECORD_CODE_LENGTH) return idError('length');
  const expected = residentRecordCodeCheckDigit(value.slice(0, 10));
  return { ok: true, value, warnings: expected === Number(value[10]) ? [] : ['check-digit'] };
}

/** `24727059608` → `2472 7059 608`, the grouping the slip uses. Other input is returned as typed. */
export function formatResidentRecordCode(value: string): string {
  const digits = normaliseIdentifier(value);
  if (!isAsciiDigits(digits) || digits.length !== RESIDENT_RECORD_CODE_LENGTH) return value;
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
}
