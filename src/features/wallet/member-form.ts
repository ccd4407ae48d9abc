import type { TFunction } from 'i18next';
import { checkIndividualNumber, checkResidentRecordCode } from '../../domain';

export interface MemberFormValues {
  name: string;
  dateOfBirth: string;
  code: string;
  confirmCode: boolean;
  individualNumber: string;
}

export interface MemberFormErrors {
  name?: string;
  dateOfBirth?: string;
  code?: string;
  individualNumber?: string;
}

export const emptyMemberForm: MemberFormValues = {
  name: '',
  dateOfBirth: '',
  code: '',
  confirmCode: false,
  individualNumber: '',
};

function codeError(error: string, t: TFunction): string {
  switch (error) {
    case 'length':
      return t('member.errors.codeLength');
    case 'not-digits':
      return t('member.errors.codeNotDigits');
    default:
      return t('member.errors.codeInvalid');
  }
}

/** Checks what the person typed; never throws away what they entered. */
export function validateMemberForm(
  values: MemberFormValues,
  today: string,
  t: TFunction,
): MemberFormErrors {
  const errors: MemberFormErrors = {};
  if (!values.name.trim()) errors.name = t('member.errors.nameRequired');
  if (!values.dateOfBirth) errors.dateOfBirth = t('member.errors.dateOfBirthRequired');
  else if (values.dateOfBirth > today) errors.dateOfBirth = t('member.errors.dateOfBirthFuture');
  // WebKit's date field takes any year digit by digit: a year typed as "88" is 0088, not 1988.
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(values.dateOfBirth) || values.dateOfBirth < '1900-01-01')
    errors.dateOfBirth = t('member.errors.dateOfBirthYear');
  if (values.code.trim()) {
    const checked = checkResidentRecordCode(values.code);
    if (!checked.ok) errors.code = codeError(checked.error, t);
  }
  if (values.individualNumber.trim()) {
    const checked = checkIndividualNumber(values.individualNumber);
    if (!checked.ok) {
      errors.individualNumber =
        checked.error === 'length'
          ? t('member.errors.individualNumberLength')
          : checked.error === 'check-digit'
            ? t('member.errors.individualNumberCheck')
            : t('member.errors.individualNumberInvalid');
    }
  }
  return errors;
}

/** A check-digit mismatch is a warning the person may override after looking at the slip again. */
export function codeNeedsConfirmation(code: string): boolean {
  if (!code.trim()) return false;
  const checked = checkResidentRecordCode(code);
  return checked.ok && checked.warnings.includes('check-digit');
}
