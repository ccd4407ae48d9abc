import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERAS, formatWareki, parseWareki, toWareki } from '../../../../src/domain/calendar';
import { isoDateBetween } from './arbitraries';

describe('formatWareki', () => {
  it.each([
    ['2019-05-01', '令和元年5月1日'],
    ['2019-04-30', '平成31年4月30日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1989-01-08', '平成元年1月8日'],
    ['1926-12-24', '大正15年12月24日'],
    ['1926-12-25', '昭和元年12月25日'],
    ['1912-07-29', '明治45年7月29日'],
    ['1912-07-30', '大正元年7月30日'],
    ['1873-01-01', '明治6年1月1日'],
    ['2024-04-01', '令和6年4月1日'],
  ])('%s → %s', (iso, wareki) => {
    expect(formatWareki(iso)).toBe(wareki);
  });

  it('writes dates before the Gregorian calendar reached Japan as Gregorian', () => {
    expect(formatWareki('1872-12-31')).toBe('1872年12月31日');
    expect(toWareki('1872-12-31')).toBeNull();
  });

  it('throws for text that is not an ISO date', () => {
    expect(() => formatWareki('2019-02-30')).toThrow('invalid-iso-date');
  });

  it('agrees with Intl (ja-JP-u-ca-japanese) on every date since 1873', () => {
    const intl = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
      era: 'long',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'Asia/Tokyo',
    });
    const viaIntl = (iso: string): string => {
      const parts = intl.formatToParts(new Date(`${iso}T12:00:00+09:00`));
      const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
      const year = part('year') === '1' ? '元' : part('year');
      return `${part('era')}${year}年${part('month')}月${part('day')}日`;
    };
    fc.assert(
      fc.property(isoDateBetween(1873, 2200), (iso) => {
        expect(formatWareki(iso)).toBe(viaIntl(iso));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseWareki', () => {
  it.each([
    ['令和6年4月1日', '2024-04-01', 'day'],
    ['R6.4.1', '2024-04-01', 'day'],
    ['r6/4/1', '2024-04-01', 'day'],
    ['R6-4-1', '2024-04-01', 'day'],
    ['H31.4.30', '2019-04-30', 'day'],
    ['平成元年1月8日', '1989-01-08', 'day'],
    ['昭和64年1月7日', '1989-01-07', 'day'],
    ['Ｒ６．４．１', '2024-04-01', 'day'],
    ['令和６年４月１日', '2024-04-01', 'day'],
    [' 令和 6 年 4 月 1 日 ', '2024-04-01', 'day'],
    ['㋿6年4月1日', '2024-04-01', 'day'],
    ['㍻31年4月30日', '2019-04-30', 'day'],
    ['Reiwa 6.4.1', '2024-04-01', 'day'],
    ['令6.4.1', '2024-04-01', 'day'],
    ['S50.1.1', '1975-01-01', 'day'],
    ['明治6年1月1日', '1873-01-01', 'day'],
    ['大正元年7月30日', '1912-07-30', 'day'],
    ['令和元年', '2019-05-01', 'year'],
    ['令和2年', '2020-01-01', 'year'],
    ['R2', '2020-01-01', 'year'],
    ['平成元年1月', '1989-01-08', 'month'],
    ['R6.4', '2024-04-01', 'month'],
    ['令和6年4月', '2024-04-01', 'month'],
    ['昭和64年', '1989-01-01', 'year'],
  ])('reads %j as %s (%s)', (text, value, precision) => {
    expect(parseWareki(text)).toEqual({ ok: true, value, precision });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['2024年4月1日', 'unknown-era'],
    ['X6.4.1', 'unknown-era'],
    ['令和6年4月1日です', 'format'],
    ['R6..1', 'format'],
    ['R6.4.', 'format'],
    ['令和', 'format'],
    ['昭和70年', 'year-out-of-era'],
    ['昭和65年1月1日', 'year-out-of-era'],
    ['H32.1.1', 'year-out-of-era'],
    ['令和0年', 'year-out-of-era'],
    ['R0.5.1', 'year-out-of-era'],
    ['明治46年', 'year-out-of-era'],
    ['R5.2.29', 'invalid-date'],
    ['R6.4.31', 'invalid-date'],
    ['R6.13', 'invalid-date'],
    ['R6.0.1', 'invalid-date'],
    ['平成31年5月1日', 'date-out-of-era'],
    ['平成31年5月', 'date-out-of-era'],
    ['令和元年4月30日', 'date-out-of-era'],
    ['令和元年4月', 'date-out-of-era'],
    ['昭和64年1月8日', 'date-out-of-era'],
    ['昭和元年12月24日', 'date-out-of-era'],
    ['大正15年12月25日', 'date-out-of-era'],
    ['明治45年7月30日', 'date-out-of-era'],
    ['明治5年12月31日', 'before-meiji-6'],
    ['明治5年', 'before-meiji-6'],
    ['明治元年1月1日', 'before-meiji-6'],
  ])('refuses %j: %s', (text, error) => {
    expect(parseWareki(text)).toEqual({ ok: false, error });
  });

  it('reads back every date it writes', () => {
    fc.assert(
      fc.property(isoDateBetween(1873, 2200), (iso) => {
        expect(parseWareki(formatWareki(iso))).toEqual({ ok: true, value: iso, precision: 'day' });
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the short form R6.4.1 for every era', () => {
    fc.assert(
      fc.property(isoDateBetween(1873, 2200), (iso) => {
        const wareki = toWareki(iso);
        if (!wareki) throw new Error('dates from 1873 have an era');
        const letter = wareki.era.aliases.find((alias) => /^[A-Z]$/.test(alias));
        const text = `${letter?.toLowerCase()}${wareki.year}.${wareki.month}.${wareki.day}`;
        expect(parseWareki(text)).toMatchObject({ ok: true, value: iso });
      }),
    );
  });

  it('keeps the eras as data, oldest first, each starting after the previous one', () => {
    const starts = ERAS.map((era) => era.start);
    expect([...starts].sort()).toEqual(starts);
    expect(ERAS.at(-1)).toMatchObject({ name: '令和', start: '2019-05-01' });
  });
});
