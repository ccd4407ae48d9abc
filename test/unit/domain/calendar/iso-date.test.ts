import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareIsoDates,
  dayNumberToIsoDate,
  earlierIsoDate,
  isoDateSchema,
  isoDateToDayNumber,
} from '../../../../src/domain/calendar/iso-date';
import { isoDateBetween } from './arbitraries';

describe('isoDateSchema', () => {
  it.each(['2024-02-29', '2000-02-29', '1873-01-01', '2019-05-01', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (date) => {
      expect(isoDateSchema.safeParse(date).success).toBe(true);
    },
  );

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '0000-01-01',
    '2024-1-1',
    '2024/01/01',
    '２０２４-０１-０１',
    '2024-01-01T00:00:00Z',
    '',
  ])('refuses %j with the reason invalid-date', (text) => {
    const result = isoDateSchema.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('invalid-date');
  });

  it('refuses non-strings', () => {
    expect(isoDateSchema.safeParse(20240101).success).toBe(false);
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-12-20', 14, '2025-01-03'],
    ['0050-03-01', -1, '0050-02-28'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2024-05-31', -1, '2024-04-30'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('counts days the way Date does, years below 100 included', () => {
    fc.assert(
      fc.property(isoDateBetween(2, 9997), fc.integer({ min: -365, max: 365 }), (date, days) => {
        const back = addDays(addDays(date, days), -days);
        expect(back).toBe(date);
        expect(dayNumberToIsoDate(isoDateToDayNumber(date))).toBe(date);
      }),
    );
  });

  it('orders dates', () => {
    expect(compareIsoDates('2024-01-01', '2024-01-02')).toBeLessThan(0);
    expect(compareIsoDates('2024-01-02', '2024-01-01')).toBeGreaterThan(0);
    expect(compareIsoDates('2024-01-01', '2024-01-01')).toBe(0);
    expect(earlierIsoDate('2024-03-01', '2024-02-29')).toBe('2024-02-29');
    expect(earlierIsoDate('2024-02-29', '2024-03-01')).toBe('2024-02-29');
  });

  it('throws a named RangeError for text that is not a date (a programming error)', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow('invalid-iso-date');
    expect(() => addMonths('soon', 1)).toThrow('invalid-iso-date');
    expect(() => addDays('9999-12-31', 1)).toThrow('date-out-of-range');
    expect(() => addDays('0001-01-01', -1)).toThrow('date-out-of-range');
    expect(() => dayNumberToIsoDate(Number.NaN)).toThrow('date-out-of-range');
  });
});
