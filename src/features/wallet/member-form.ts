import { parseWareki, formatWareki } from '../../domain/calendar';
import { checkIndividualNumber, checkResidentRecordCode } from '../../domain';
import {
  checkName,
  normaliseFurigana,
  normaliseResidenceCardName,
  type MemberInput,
  type MemberRecord,
} from '../../data';

/** How the date of birth is entered: typed as a Japanese era date, or picked from a calendar. */
export type DateEntry = 'era' | 'western';

export interface MemberFormValues {
  name: string;
  furigana: string;
  foreignResident: boolean;
  residenceCardName: string;
  alias: string;
  sex: '' | 'female' | 'male';
  dateEntry: DateEntry;
  /** `YYYY-MM-DD` from the date picker. */
  dateOfBirth: string;
  /** What was typed: `昭和55年5月5日`, `S55.5.5`, `Ｈ２．３．４`… */
  dateOfBirthEra: string;
  code: string;
  confirmCode: boolean;
  individualNumber: string;
}

export type MemberFormError =
  | 'name-required'
  | 'name-too-long'
  | 'name-no-letters'
  | 'furigana-not-kana'
  | 'furigana-too-long'
  | 'residence-card-name-required'
  | 'residence-card-name-not-latin'
  | 'residence-card-name-too-long'
  | 'alias-too-long'
  | 'alias-no-letters'
  | 'date-of-birth-required'
  | 'date-of-birth-era-format'
  | 'date-of-birth-era-year'
  | 'date-of-birth-era-not-in-era'
  | 'date-of-birth-not-a-day'
  | 'date-of-birth-needs-day'
  | 'date-of-birth-too-early'
  | 'date-of-birth-year'
  | 'date-of-birth-future'
  | 'code-length'
  | 'code-not-digits'
  | 'code-invalid'
  | 'individual-number-length'
  | 'individual-number-check'
  | 'individual-number-invalid';

export type MemberFormField =
  'name' | 'furigana' | 'residenceCardName' | 'alias' | 'dateOfBirth' | 'code' | 'individualNumber';

export type MemberFormErrors = Partial<Record<MemberFormField, MemberFormError>>;

export function emptyMemberForm(dateEntry: DateEntry): MemberFormValues {
  return {
    name: '',
    furigana: '',
    foreignResident: false,
    residenceCardName: '',
    alias: '',
    sex: '',
    dateEntry,
    dateOfBirth: '',
    dateOfBirthEra: '',
    code: '',
    confirmCode: false,
    individualNumber: '',
  };
}

/** The form filled with a stored member, to correct it. */
export function memberFormFrom(member: MemberRecord, dateEntry: DateEntry): MemberFormValues {
  return {
    ...emptyMemberForm(dateEntry),
    name: member.name,
    furigana: member.furigana ?? '',
    foreignResident: member.foreignResident === true,
    residenceCardName: member.residenceCardName ?? '',
    alias: member.alias ?? '',
    sex: member.sex ?? '',
    dateOfBirth: member.dateOfBirth,
    dateOfBirthEra: formatWareki(member.dateOfBirth),
    code: member.residentRecordCode ?? '',
    confirmCode: member.residentRecordCodeConfirmedDespiteCheck === true,
    individualNumber: member.individualNumber ?? '',
  };
}

type DateResult = { ok: true; value: string } | { ok: false; error: MemberFormError };

const WESTERN = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/u;

/**
 * A Western date typed where the era date goes (`1980-05-05`, `1980/5/5`, `１９８０年５月５日`):
 * the ISO date, '' for a day that does not exist, undefined when the text is not one.
 */
export function westernDate(text: string): string | undefined {
  const match = WESTERN.exec(text.normalize('NFKC').replace(/\s+/gu, ''));
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return '';
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date of birth as an ISO date, from whichever way it was entered. */
export function dateOfBirthOf(values: MemberFormValues): DateResult {
  if (values.dateEntry === 'western') {
    return values.dateOfBirth
      ? { ok: true, value: values.dateOfBirth }
      : { ok: false, error: 'date-of-birth-required' };
  }
  const western = westernDate(values.dateOfBirthEra);
  if (western !== undefined) {
    return western ? { ok: true, value: western } : { ok: false, error: 'date-of-birth-not-a-day' };
  }
  const parsed = parseWareki(values.dateOfBirthEra);
  if (parsed.ok) {
    return parsed.precision === 'day'
      ? { ok: true, value: parsed.value }
      : { ok: false, error: 'date-of-birth-needs-day' };
  }
  switch (parsed.error) {
    case 'empty':
      return { ok: false, error: 'date-of-birth-required' };
    case 'year-out-of-era':
      return { ok: false, error: 'date-of-birth-era-year' };
    case 'date-out-of-era':
      return { ok: false, error: 'date-of-birth-era-not-in-era' };
    case 'invalid-date':
      return { ok: false, error: 'date-of-birth-not-a-day' };
    case 'before-meiji-6':
      return { ok: false, error: 'date-of-birth-too-early' };
    default:
      return { ok: false, error: 'date-of-birth-era-format' };
  }
}

/** Switching how the date is entered carries a valid date across instead of losing it. */
export function switchDateEntry(values: MemberFormValues, to: DateEntry): MemberFormValues {
  if (to === values.dateEntry) return values;
  const date = dateOfBirthOf(values);
  if (!date.ok) return { ...values, dateEntry: to };
  return {
    ...values,
    dateEntry: to,
    dateOfBirth: date.value,
    dateOfBirthEra: formatWareki(date.value),
  };
}

function codeError(error: string): MemberFormError {
  if (error === 'length') return 'code-length';
  if (error === 'not-digits') return 'code-not-digits';
  return 'code-invalid';
}

/** Checks what the person typed; never throws away what they entered. */
export function validateMemberForm(values: MemberFormValues, today: string): MemberFormErrors {
  const errors: MemberFormErrors = {};
  const name = checkName(values.name);
  if (!name.ok) errors.name = `name-${name.error}`;
  const furigana = normaliseFurigana(values.furigana);
  if (!furigana.ok) errors.furigana = `furigana-${furigana.error}`;
  if (values.foreignResident) {
    const cardName = normaliseResidenceCardName(values.residenceCardName);
    if (!cardName.ok) errors.residenceCardName = `residence-card-name-${cardName.error}`;
    else if (!cardName.value) errors.residenceCardName = 'residence-card-name-required';
    if (values.alias.trim()) {
      const alias = checkName(values.alias);
      if (!alias.ok && alias.error !== 'required') errors.alias = `alias-${alias.error}`;
    }
  }
  const date = dateOfBirthOf(values);
  if (!date.ok) errors.dateOfBirth = date.error;
  else if (date.value > today) errors.dateOfBirth = 'date-of-birth-future';
  // WebKit's date field takes any year digit by digit: a year typed as "88" is 0088, not 1988.
  else if (date.value < '1900-01-01') errors.dateOfBirth = 'date-of-birth-year';
  if (values.code.trim()) {
    const checked = checkResidentRecordCode(values.code);
    if (!checked.ok) errors.code = codeError(checked.error);
  }
  if (values.individualNumber.trim()) {
    const checked = checkIndividualNumber(values.individualNumber);
    if (!checked.ok) {
      errors.individualNumber =
        checked.error === 'length'
          ? 'individual-number-length'
          : checked.error === 'check-digit'
            ? 'individual-number-check'
            : 'individual-number-invalid';
    }
  }
  return errors;
}

/** What the store is given once the form has no errors. */
export function memberInputOf(values: MemberFormValues): MemberInput {
  const date = dateOfBirthOf(values);
  return {
    name: values.name,
    furigana: values.furigana,
    dateOfBirth: date.ok ? date.value : '',
    foreignResident: values.foreignResident,
    residenceCardName: values.foreignResident ? values.residenceCardName : '',
    alias: values.foreignResident ? values.alias : '',
    ...(values.sex ? { sex: values.sex } : {}),
    residentRecordCode: values.code,
    confirmCodeDespiteCheck: values.confirmCode,
    individualNumber: values.individualNumber,
  };
}

/** A check-digit mismatch is a warning the person may override after looking at the slip again. */
export function codeNeedsConfirmation(code: string): boolean {
  if (!code.trim()) return false;
  const checked = checkResidentRecordCode(code);
  return checked.ok && checked.warnings.includes('check-digit');
}
