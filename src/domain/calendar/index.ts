export {
  addDays,
  addMonths,
  compareIsoDates,
  earlierIsoDate,
  isIsoDate,
  isoDateSchema,
  type IsoDate,
} from './iso-date';
export { todayInJapan } from './japan-time';
export { ERAS, GREGORIAN_START_IN_JAPAN, type Era } from './eras';
export {
  formatWareki,
  parseWareki,
  toWareki,
  type WarekiDate,
  type WarekiError,
  type WarekiParse,
  type WarekiPrecision,
} from './wareki';
