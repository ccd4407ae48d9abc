import { idError, type IdCheck } from './id-check';
import { normaliseIdentifier } from './normalise';

export const RESIDENCE_CARD_NUMBER_LENGTH = 12;

export type ResidenceCardNumberError = 'empty' | 'length' | 'format';
export type ResidenceCardNumberCheck = IdCheck<ResidenceCardNumberError>;

/**
 * 在留カード番号: 2 letters + 8 digits + 2 letters (`AB12345678CD`). There is no public check
 * digit, so only the shape is checked [2nd].
 */
export function checkResidenceCardNumber(input: string): ResidenceCardNumberCheck {
  const value = normaliseIdentifier(input).toUpperCase();
  if (value === '') return idError('empty');
  if (value.length !== RESIDENCE_CARD_NUMBER_LENGTH) return idError('length');
  if (!/^[A-Z]{2}[0-9]{8}[A-Z]{2}$/.test(value)) return idError('format');
  return { ok: true, value, warnings: [] };
}

/** `AB12345678CD` → `AB 12345678 CD`. Other input is returned as typed. */
export function formatResidenceCardNumber(value: string): string {
  const check = checkResidenceCardNumber(value);
  if (!check.ok) return value;
  return `${check.value.slice(0, 2)} ${check.value.slice(2, 10)} ${check.value.slice(10)}`;
}
