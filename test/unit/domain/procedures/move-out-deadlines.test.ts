import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveOutDeadlines, todayInJapan } from '../../../../src/domain';
import { isoDateBetween } from '../calendar/arbitraries';

const DAY_MS = 86_400_000;
const plusDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

describe('moveOutDeadlines', () => {
  it('gives 14 days before the planned move to 14 days after moving, counted from the next day', () => {
    expect(
      moveOutDeadlines({
        plannedMoveDate: '2025-03-31',
        hasMyNumberCard: false,
        today: '2025-03-20',
      }),
    ).toEqual({
      filingWindow: { earliest: '2025-03-17', latest: '2025-04-14' },
      tooEarlyIfFiledToday: false,
      lateIfFiledToday: false,
    });
  });

  it.each([
    ['across a year end', '2024-12-25', undefined, '2024-12-11', '2025-01-08'],
    ['across a leap day', '2028-02-20', undefined, '2028-02-06', '2028-03-05'],
    ['from a leap day', '2028-02-29', undefined, '2028-02-15', '2028-03-14'],
    ['across a month end', '2025-01-31', undefined, '2025-01-17', '2025-02-14'],
    ['after a late actual move', '2025-03-31', '2025-04-05', '2025-03-17', '2025-04-19'],
    ['after an early actual move', '2025-03-31', '2025-03-25', '2025-03-17', '2025-04-08'],
  ])('%s', (_, plannedMoveDate, actualMoveDate, earliest, latest) => {
    const deadlines = moveOutDeadlines({
      plannedMoveDate,
      actualMoveDate,
      hasMyNumberCard: false,
      today: plannedMoveDate,
    });
    expect(deadlines.filingWindow).toEqual({ earliest, latest });
  });

  it('uses a municipality window given in days or months', () => {
    const byMonth = moveOutDeadlines({
      plannedMoveDate: '2024-03-31',
      hasMyNumberCard: false,
      today: '2024-03-01',
      window: { beforePlanned: { unit: 'months', amount: 1 }, afterMoveDays: 14 },
    });
    expect(byMonth.filingWindow.earliest).toBe('2024-02-29');
    const byDays = moveOutDeadlines({
      plannedMoveDate: '2024-03-31',
      hasMyNumberCard: false,
      today: '2024-03-01',
      window: { beforePlanned: { unit: 'days', amount: 30 }, afterMoveDays: 14 },
    });
    expect(byDays).toMatchObject({
      filingWindow: { earliest: '2024-03-01' },
      tooEarlyIfFiledToday: false,
    });
  });

  it('is early before the window and late only after its last day', () => {
    const on = (today: string) =>
      moveOutDeadlines({ plannedMoveDate: '2025-03-31', hasMyNumberCard: false, today });
    expect(on('2025-03-16')).toMatchObject({ tooEarlyIfFiledToday: true, lateIfFiledToday: false });
    expect(on('2025-03-17')).toMatchObject({ tooEarlyIfFiledToday: false });
    expect(on('2025-04-14')).toMatchObject({ lateIfFiledToday: false });
    expect(on('2025-04-15')).toMatchObject({ lateIfFiledToday: true });
  });

  it('decides "late" with today in Japan, from a UTC instant near midnight', () => {
    const at = (instant: string) =>
      moveOutDeadlines({
        plannedMoveDate: '2025-03-31',
        hasMyNumberCard: false,
        today: todayInJapan(new Date(instant)),
      }).lateIfFiledToday;
    // 2025-04-14 23:59:59 in Tokyo is still the last day; one second later it is the 15th.
    expect(at('2025-04-14T14:59:59Z')).toBe(false);
    expect(at('2025-04-14T15:00:00Z')).toBe(true);
  });

  it.each([
    ['moving on the planned day', '2025-03-31', undefined, '2025-04-14', '2025-06-29'],
    [
      'moving later: 30 days after the planned date comes first',
      '2024-12-20',
      '2025-01-10',
      '2025-01-19',
      '2025-04-10',
    ],
    ['across a leap day', '2028-02-15', undefined, '2028-02-29', '2028-05-15'],
    ['from the last day of January', '2024-01-31', '2024-02-20', '2024-03-01', '2024-05-20'],
  ])(
    'card holders, %s',
    (_, plannedMoveDate, actualMoveDate, moveInDeadline, cardContinuationDeadline) => {
      expect(
        moveOutDeadlines({
          plannedMoveDate,
          actualMoveDate,
          hasMyNumberCard: true,
          today: plannedMoveDate,
        }),
      ).toMatchObject({ moveInDeadline, cardContinuationDeadline });
    },
  );

  it('gives no card deadlines to people without a card', () => {
    const deadlines = moveOutDeadlines({
      plannedMoveDate: '2025-03-31',
      hasMyNumberCard: false,
      today: '2025-03-31',
    });
    expect(deadlines).not.toHaveProperty('moveInDeadline');
    expect(deadlines).not.toHaveProperty('cardContinuationDeadline');
  });

  it('keeps every deadline the stated number of days away, for any dates', () => {
    const dates = fc.tuple(isoDateBetween(2000, 2100), fc.integer({ min: -20, max: 60 }));
    fc.assert(
      fc.property(dates, ([planned, shift]) => {
        const actual = plusDays(planned, shift);
        const d = moveOutDeadlines({
          plannedMoveDate: planned,
          actualMoveDate: actual,
          hasMyNumberCard: true,
          today: planned,
        });
        expect(d.filingWindow).toEqual({
          earliest: plusDays(planned, -14),
          latest: plusDays(actual, 14),
        });
        const bounds = [plusDays(actual, 14), plusDays(planned, 30)].sort();
        expect(d.moveInDeadline).toBe(bounds[0]);
        expect(d.cardContinuationDeadline).toBe(plusDays(actual, 90));
      }),
    );
  });
});
