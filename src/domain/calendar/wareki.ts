import { ERAS, GREGORIAN_START_IN_JAPAN, type Era } from './eras';
import {
  addDays,
  compareIsoDates,
  daysInMonth,
  isRealDate,
  splitIsoDate,
  toIsoDate,
  type IsoDate,
} from './iso-date';

export type WarekiError =
  | 'empty'
  | 'format'
  | 'unknown-era'
  | 'year-out-of-era'
  | 'invalid-date'
  | 'date-out-of-era'
  | 'before-meiji-6';

/** How much the text said: `令和6年` is a year, `R6.4` a month, `R6.4.1` a day. */
export type WarekiPrecision = 'year' | 'month' | 'day';

/**
 * `value` is the date itself; for a year or a month, the first of its days that falls in the
 * era (`令和元年` → 2019-05-01, `令和2年` → 2020-01-01).
 */
export type WarekiParse =
  { ok: true; value: IsoDate; precision: WarekiPrecision } | { ok: false; error: WarekiError };

export interface WarekiDate {
  era: Era;
  year: number;
  month: number;
  day: number;
}

function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The last day of the era at `index`, or `null` for the current era. */
function eraEnd(index: number): IsoDate | null {
  const next = ERAS[index + 1];
  return next ? addDays(next.start, -1) : null;
}

function requireParts(isoDate: IsoDate): { year: number; month: number; day: number } {
  const parts = splitIsoDate(isoDate);
  if (!parts) throw new RangeError('invalid-iso-date');
  return parts;
}

function warekiOf(isoDate: IsoDate, parts: { year: number; month: number; day: number }) {
  if (compareIsoDates(isoDate, GREGORIAN_START_IN_JAPAN) < 0) return null;
  const era = ERAS.reduce((found, candidate) =>
    compareIsoDates(candidate.start, isoDate) <= 0 ? candidate : found,
  );
  return { era, year: parts.year - yearOf(era.start) + 1, month: parts.month, day: parts.day };
}

/**
 * A date as era + year, or `null` before Japan adopted the Gregorian calendar (1873-01-01).
 * Throws a RangeError for text that is not an ISO date (a programming error, not user input).
 */
export function toWareki(isoDate: IsoDate): WarekiDate | null {
  return warekiOf(isoDate, requireParts(isoDate));
}

/**
 * `2019-05-01` → `令和元年5月1日`. Dates before 1873 (lunisolar calendar in Japan) are written
 * as Gregorian `1872年12月31日` rather than with a misleading era year.
 */
export function formatWareki(isoDate: IsoDate): string {
  const parts = requireParts(isoDate);
  const wareki = warekiOf(isoDate, parts);
  if (!wareki) return `${parts.year}年${parts.month}月${parts.day}日`;
  const year = wareki.year === 1 ? '元' : String(wareki.year);
  return `${wareki.era.name}${year}年${wareki.month}月${wareki.day}日`;
}

/** Longest alias first, so `令和` wins over `令`. */
const ERA_TOKENS = ERAS.flatMap((era, index) =>
  [era.name, era.romaji, ...era.aliases].map((token) => ({
    token: token.toUpperCase(),
    era,
    end: eraEnd(index),
  })),
).sort((a, b) => b.token.length - a.token.length);

// year, then optionally (年 | . / -) month, then optionally (月 | . / -) day 日?
const AFTER_ERA = /^(元|\d{1,3})(?:(?:年|[./-])(\d{1,2})(?:(?:月|[./-])(\d{1,2})日?|月)?|年)?$/u;

function matchEra(text: string): { era: Era; end: IsoDate | null; rest: string } | null {
  const upper = text.toUpperCase();
  const found = ERA_TOKENS.find(({ token }) => upper.startsWith(token));
  return found ? { era: found.era, end: found.end, rest: text.slice(found.token.length) } : null;
}

function period(
  year: number,
  month: number | undefined,
  day: number | undefined,
): { first: IsoDate; last: IsoDate } | null {
  if (day !== undefined && month !== undefined) {
    if (!isRealDate(year, month, day)) return null;
    const date = toIsoDate(year, month, day);
    return { first: date, last: date };
  }
  if (month !== undefined) {
    if (month < 1 || month > 12) return null;
    return {
      first: toIsoDate(year, month, 1),
      last: toIsoDate(year, month, daysInMonth(year, month)),
    };
  }
  return { first: toIsoDate(year, 1, 1), last: toIsoDate(year, 12, 31) };
}

/**
 * Reads an era date as people type it: `令和6年4月1日`, `R6.4.1`, `r6/4/1`, `H31.4.30`,
 * `平成元年1月8日`, `令和元年`, `㋿6年`, full-width digits, spaces anywhere.
 */
export function parseWareki(text: string): WarekiParse {
  const compact = text.normalize('NFKC').replace(/\s+/gu, '');
  if (compact === '') return { ok: false, error: 'empty' };
  const era = matchEra(compact);
  if (!era) return { ok: false, error: 'unknown-era' };
  const match = AFTER_ERA.exec(era.rest);
  if (!match) return { ok: false, error: 'format' };
  const [, yearText, monthText, dayText] = match;
  const eraYear = yearText === '元' ? 1 : Number(yearText);
  const { start } = era.era;
  const { end } = era;
  const lastEraYear = end === null ? Number.POSITIVE_INFINITY : yearOf(end) - yearOf(start) + 1;
  if (eraYear < 1 || eraYear > lastEraYear) return { ok: false, error: 'year-out-of-era' };

  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  const range = period(yearOf(start) + eraYear - 1, month, day);
  if (!range) return { ok: false, error: 'invalid-date' };
  if (compareIsoDates(range.last, GREGORIAN_START_IN_JAPAN) < 0) {
    return { ok: false, error: 'before-meiji-6' };
  }
  const outOfEra =
    compareIsoDates(range.last, start) < 0 ||
    (end !== null && compareIsoDates(range.first, end) > 0);
  if (outOfEra) return { ok: false, error: 'date-out-of-era' };

  const precision: WarekiPrecision =
    day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const first = compareIsoDates(range.first, start) < 0 ? start : range.first;
  return { ok: true, value: first, precision };
}
