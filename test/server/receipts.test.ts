import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReceiptNumber, luhnCheckDigit, receiptSuffix } from '../../server/store/receipts';
import { submitted } from './helpers/applications';
import { startTestServer, type TestServer } from './helpers/server';
import { signIn, type Session } from './helpers/sign-in';

describe('receipt numbers', () => {
  let server: TestServer;
  let residentA: Session;
  let residentB: Session;

  beforeAll(async () => {
    server = await startTestServer();
    [residentA, residentB] = await Promise.all([
      signIn(server.url, 'resident-a'),
      signIn(server.url, 'resident-b'),
    ]);
  });
  afterAll(() => server.close());

  it('tells a resident nothing about how many others applied in between', async () => {
    const mine: string[] = [];
    for (let round = 0; round < 4; round++) {
      mine.push((await submitted(server.url, residentB)).receiptNumber);
      // Others apply in between, in this city and another one.
      await submitted(server.url, residentA);
      await submitted(server.url, residentA, '172014');
    }
    for (const number of mine) {
      expect(number).toMatch(/^131059-\d{4}-\d{5}-\d{5}$/);
      expect(isReceiptNumber(number)).toBe(true);
    }
    const counters = mine.map((number) => Number(number.slice(12).replace('-', '').slice(0, -1)));
    const gaps = counters.slice(1).map((value, i) => Math.abs(value - (counters[i] ?? 0)));
    // A counter would step by 3 each round; random numbers are spread over 10⁹.
    expect(gaps.every((gap) => gap === 3)).toBe(false);
    expect(new Set(mine).size).toBe(mine.length);
    const [{ count }] = (await server.db.query<{ count: string }>(
      'SELECT count(DISTINCT receipt_number)::text AS count FROM applications',
    )) as [{ count: string }];
    expect(Number(count)).toBe(12);
  });

  it('no longer keeps the gateway-wide counter', async () => {
    const sequences = await server.db.query(
      "SELECT 1 FROM pg_class WHERE relkind = 'S' AND relname = 'receipt_seq'",
    );
    expect(sequences).toEqual([]);
  });

  it('has a check digit that catches any one digit misheard', () => {
    fc.assert(
      fc.property(fc.nat({ max: 9 }), fc.integer({ min: 1, max: 9 }), (at, shift) => {
        const number = `131059-2026-${receiptSuffix()}`;
        const positions = [...number.matchAll(/\d/g)].map((m) => m.index).slice(10);
        const index = positions[at] ?? 0;
        const wrong = String((Number(number[index]) + shift) % 10);
        const misheard = `${number.slice(0, index)}${wrong}${number.slice(index + 1)}`;
        expect(isReceiptNumber(number)).toBe(true);
        expect(isReceiptNumber(misheard)).toBe(false);
      }),
    );
    // The reference Luhn example: 7992739871 has the check digit 3.
    expect(luhnCheckDigit('7992739871')).toBe('3');
  });
});
