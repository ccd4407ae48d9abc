import type { TFunction } from 'i18next';
import { NAME_MAX } from '../../data';
import type { MemberFormError } from './member-form';

/** The sentence for each named error of the member form. */
export function memberErrorMessage(error: MemberFormError, t: TFunction): string {
  switch (error) {
    case 'date-of-birth-year':
      return t('member.errors.dateOfBirthYear');
    case 'name-required':
      return t('member.errors.nameRequired');
    case 'name-too-long':
      return t('member.errors.nameTooLong', { max: NAME_MAX });
    case 'name-no-letters':
      return t('member.errors.nameNoLetters');
    case 'furigana-not-kana':
      return t('member.errors.furiganaNotKana');
    case 'furigana-too-long':
      return t('member.errors.furiganaTooLong', { max: NAME_MAX });
    case 'residence-card-name-required':
      return t('member.errors.cardNameRequired');
    case 'residence-card-name-not-latin':
      return t('member.errors.cardNameNotLatin');
    case 'residence-card-name-too-long':
      return t('member.errors.cardNameTooLong', { max: NAME_MAX });
    case 'alias-too-long':
      return t('member.errors.aliasTooLong', { max: NAME_MAX });
    case 'alias-no-letters':
      return t('member.errors.aliasNoLetters');
    case 'date-of-birth-required':
      return t('member.errors.dateOfBirthRequired');
    case 'date-of-birth-era-format':
      return t('member.errors.dateOfBirthEraFormat');
    case 'date-of-birth-era-year':
      return t('member.errors.dateOfBirthEraYear');
    case 'date-of-birth-era-not-in-era':
      return t('member.errors.dateOfBirthNotInEra');
    case 'date-of-birth-not-a-day':
      return t('member.errors.dateOfBirthNotADay');
    case 'date-of-birth-needs-day':
      return t('member.errors.dateOfBirthNeedsDay');
    case 'date-of-birth-too-early':
      return t('member.errors.dateOfBirthTooEarly');
    case 'date-of-birth-future':
      return t('member.errors.dateOfBirthFuture');
    case 'code-length':
      return t('member.errors.codeLength');
    case 'code-not-digits':
      return t('member.errors.codeNotDigits');
    case 'code-invalid':
      return t('member.errors.codeInvalid');
    case 'individual-number-length':
      return t('member.errors.individualNumberLength');
    case 'individual-number-check':
      return t('member.errors.individualNumberCheck');
    case 'individual-number-invalid':
      return t('member.errors.individualNumberInvalid');
  }
}
