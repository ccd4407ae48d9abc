import fc from 'fast-check';

const DAY_MS = 86_400_000;

/** Milliseconds at midnight UTC on 1 January of `year` (Date.UTC would read 0–99 as 1900–1999). */
function startOfYear(year: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}

/** ISO dates between two years (inclusive), made with Date so they do not depend on src/. */
export function isoDateBetween(fromYear: number, toYear: number): fc.Arbitrary<string> {
  return fc
    .integer({ min: startOfYear(fromYear) / DAY_MS, max: startOfYear(toYear + 1) / DAY_MS - 1 })
    .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
}
