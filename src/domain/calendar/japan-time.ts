import { toIsoDate, type IsoDate } from './iso-date';

/**
 * Japan Standard Time is UTC+9 all year: Japan has had no daylight saving time since 1951, so a
 * fixed offset gives the same answer as the Asia/Tokyo zone without depending on the runtime's
 * time-zone data.
 */
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The calendar date in Japan at the instant `now`. */
export function todayInJapan(now: Date): IsoDate {
  const shifted = new Date(now.getTime() + JAPAN_OFFSET_MS);
  return toIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}
