import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { todayInJapan } from '../../../../src/domain/calendar';

describe('todayInJapan', () => {
  it.each([
    ['2024-03-31T14:59:59.999Z', '2024-03-31'],
    ['2024-03-31T15:00:00.000Z', '2024-04-01'],
    ['2024-12-31T14:59:59.999Z', '2024-12-31'],
    ['2024-12-31T15:00:00.000Z', '2025-01-01'],
    ['2028-02-28T15:00:00.000Z', '2028-02-29'],
    ['2028-02-29T15:00:00.000Z', '2028-03-01'],
    ['2024-06-30T23:30:00.000-10:00', '2024-07-01'],
  ])('at %s it is %s in Japan', (instant, expected) => {
    expect(todayInJapan(new Date(instant))).toBe(expected);
  });

  it('agrees with the Asia/Tokyo time zone for any instant since 1952', () => {
    const tokyo = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const instants = fc.integer({
      min: Date.UTC(1952, 0, 1),
      max: Date.UTC(2100, 0, 1),
    });
    fc.assert(
      fc.property(instants, (ms) => {
        expect(todayInJapan(new Date(ms))).toBe(tokyo.format(new Date(ms)));
      }),
      { numRuns: 2000 },
    );
  });
});
