import { compareIsoDates, type IsoDate } from '../calendar/iso-date';

/**
 * Letter postage [law, Japan Post tariff since 2024-10-01]: a standard-size letter (定形郵便物,
 * up to 50 g) and the express (速達) surcharge. Data: a tariff change is a new row.
 */
export const LETTER_TARIFFS = [
  { from: '2024-10-01', standardLetterYen: 110, expressSurchargeYen: 300 },
] as const;

export type LetterTariff = (typeof LETTER_TARIFFS)[number];

/**
 * The tariff in force on `date` (the earliest one for dates before the table starts); the
 * latest one when no date is given.
 */
export function letterTariffOn(date?: IsoDate): LetterTariff {
  let current: LetterTariff = LETTER_TARIFFS[0];
  for (const tariff of LETTER_TARIFFS) {
    if (date === undefined || compareIsoDates(tariff.from, date) <= 0) current = tariff;
  }
  return current;
}

export function letterPostageYen(options: { express: boolean; on?: IsoDate }): number {
  const tariff = letterTariffOn(options.on);
  return tariff.standardLetterYen + (options.express ? tariff.expressSurchargeYen : 0);
}
