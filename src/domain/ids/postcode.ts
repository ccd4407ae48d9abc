import { idError, type IdCheck } from './id-check';
import { isAsciiDigits, normaliseIdentifier } from './normalise';

export const POSTCODE_LENGTH = 7;

export type PostcodeError = 'empty' | 'not-digits' | 'length';
export type PostcodeCheck = IdCheck<PostcodeError>;

/** 郵便番号: 7 digits. A leading postal mark 〒 is allowed; there is no check digit. */
export function checkPostcode(input: string): PostcodeCheck {
  const value = normaliseIdentifier(input).replace(/^〒/u, '');
  if (value === '') return idError('empty');
  if (!isAsciiDigits(value)) return idError('not-digits');
  if (value.length !== POSTCODE_LENGTH) return idError('length');
  return { ok: true, value, warnings: [] };
}

/** `1234567` → `123-4567`. Other input is returned as typed. */
export function formatPostcode(value: string): string {
  const check = checkPostcode(value);
  if (!check.ok) return value;
  return `${check.value.slice(0, 3)}-${check.value.slice(3)}`;
}
