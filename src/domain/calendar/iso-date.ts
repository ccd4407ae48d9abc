import { z } from '../zod';

/** A calendar date written `YYYY-MM-DD`, with no time and no zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Splits an ISO date into numbers, or `null` when it is not a real calendar date. */
export function splitIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(text: string): boolean {
  return splitIsoDate(text) !== null;
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireIsoDate(text: string): { year: number; month: number; day: number } {
  const parts = splitIsoDate(text);
  if (!parts) throw new RangeError('invalid-iso-date');
  return parts;
}

/** Days since 1970-01-01 (a plain day count: no time zone is involved). */
export function isoDateToDayNumber(text: IsoDate): number {
  const { year, month, day } = requireIsoDate(text);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** The inverse of `isoDateToDayNumber`; throws beyond the years 1–9999 that ISO dates can write. */
export function dayNumberToIsoDate(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * DAY_MS);
  const year = date.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) throw new RangeError('date-out-of-range');
  return toIsoDate(year, date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(text: IsoDate, days: number): IsoDate {
  return dayNumberToIsoDate(isoDateToDayNumber(text) + days);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day. */
export function addMonths(text: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireIsoDate(text);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Negative when `a` is before `b`, 0 when equal, positive after. ISO dates sort as strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function earlierIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) <= 0 ? a : b;
}

/** `YYYY-MM-DD` that is a real calendar date (no 2023-02-29, no 2024-13-01). */
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'invalid-date' });
