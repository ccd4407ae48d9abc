import type { IsoDate } from './iso-date';

export interface Era {
  /** As written on forms. */
  name: string;
  /** Other ways people write it; matched after NFKC and case folding. */
  aliases: readonly string[];
  romaji: string;
  /** First day of the era (Gregorian). */
  start: IsoDate;
}

/**
 * The modern eras, oldest first. Each era ends the day before the next one starts; the last one
 * is open. A new era is one more line here.
 */
export const ERAS: readonly Era[] = [
  // Meiji 1 began on 1868-01-25 (慶応4年1月1日, the change being backdated to new year), but
  // Japan used the lunisolar calendar until 1873-01-01 (明治6年): earlier dates are refused.
  { name: '明治', aliases: ['明', 'M'], romaji: 'Meiji', start: '1868-01-25' },
  { name: '大正', aliases: ['大', 'T'], romaji: 'Taisho', start: '1912-07-30' },
  { name: '昭和', aliases: ['昭', 'S'], romaji: 'Showa', start: '1926-12-25' },
  { name: '平成', aliases: ['平', 'H'], romaji: 'Heisei', start: '1989-01-08' },
  { name: '令和', aliases: ['令', 'R'], romaji: 'Reiwa', start: '2019-05-01' },
];

/** The Gregorian calendar's first day in Japan (明治6年1月1日). */
export const GREGORIAN_START_IN_JAPAN: IsoDate = '1873-01-01';
