export type { IdCheck, IdError, IdWarning } from './id-check';
export { normaliseIdentifier } from './normalise';
export {
  RESIDENT_RECORD_CODE_WEIGHTS,
  checkResidentRecordCode,
  formatResidentRecordCode,
  residentRecordCodeCheckDigit,
  type ResidentRecordCodeCheck,
  type ResidentRecordCodeError,
} from './resident-record-code';
export {
  INDIVIDUAL_NUMBER_WEIGHTS,
  checkIndividualNumber,
  formatIndividualNumber,
  individualNumberCheckDigit,
  type IndividualNumberCheck,
  type IndividualNumberError,
} from './individual-number';
export {
  checkLocalGovCode,
  localGovCodeCheckDigit,
  localGovCodeFromFiveDigits,
  type LocalGovCodeCheck,
  type LocalGovCodeError,
} from './local-gov-code';
export {
  checkResidenceCardNumber,
  formatResidenceCardNumber,
  type ResidenceCardNumberCheck,
  type ResidenceCardNumberError,
} from './residence-card-number';
export { checkPostcode, formatPostcode, type PostcodeCheck, type PostcodeError } from './postcode';
