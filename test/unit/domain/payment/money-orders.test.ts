import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MONEY_ORDER_DENOMINATIONS_YEN,
  MONEY_ORDER_MAX_TOTAL_YEN,
  moneyOrdersFor,
} from '../../../../src/domain/payment';

const FACES = [50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 750, 1000];

/** Breadth-first search over amounts: the fewest orders for every amount up to `max`. */
function fewestByBreadthFirst(max: number): Map<number, number> {
  const fewest = new Map<number, number>([[0, 0]]);
  let frontier = [0];
  for (let count = 1; frontier.length > 0; count += 1) {
    const next: number[] = [];
    for (const amount of frontier) {
      for (const face of FACES) {
        const reached = amount + face;
        if (reached <= max && !fewest.has(reached)) {
          fewest.set(reached, count);
          next.push(reached);
        }
      }
    }
    frontier = next;
  }
  return fewest;
}

describe('moneyOrdersFor', () => {
  it('uses the 12 face values of 定額小為替', () => {
    expect([...MONEY_ORDER_DENOMINATIONS_YEN]).toEqual(FACES);
  });

  it.each([
    [300, [300], 200],
    [250, [250], 200],
    [600, [500, 100], 400],
    [1200, [1000, 200], 400],
    [1250, [1000, 250], 400],
    [1500, [1000, 500], 400],
    [3750, [1000, 1000, 1000, 750], 800],
    [50, [50], 200],
    [1800, [1000, 750, 50], 600],
  ])('¥%i → %j (¥%i to buy)', (amount, orders, purchaseFeeYen) => {
    expect(moneyOrdersFor(amount)).toEqual({ ok: true, orders, purchaseFeeYen });
  });

  it.each([
    [0, 'not-positive'],
    [-300, 'not-positive'],
    [300.5, 'not-integer'],
    [Number.NaN, 'not-integer'],
    [Number.POSITIVE_INFINITY, 'not-integer'],
    [120, 'no-exact-combination'],
    [1, 'no-exact-combination'],
    [MONEY_ORDER_MAX_TOTAL_YEN + 50, 'too-large'],
  ])('¥%s → %s', (amount, error) => {
    expect(moneyOrdersFor(amount)).toEqual({ ok: false, error });
  });

  it('makes every amount from ¥1 to ¥10 000 exactly, with the fewest orders, largest first', () => {
    const fewest = fewestByBreadthFirst(10_000);
    for (let amount = 1; amount <= 10_000; amount += 1) {
      const plan = moneyOrdersFor(amount);
      const best = fewest.get(amount);
      if (best === undefined) {
        expect(plan).toEqual({ ok: false, error: 'no-exact-combination' });
        continue;
      }
      if (!plan.ok) throw new Error(`no plan for ¥${amount}`);
      expect(plan.orders.reduce((sum, face) => sum + face, 0)).toBe(amount);
      expect(plan.orders).toHaveLength(best);
      expect(plan.orders.every((face) => FACES.includes(face))).toBe(true);
      expect([...plan.orders].sort((a, b) => b - a)).toEqual(plan.orders);
      expect(plan.purchaseFeeYen).toBe(best * 200);
    }
  });

  it('handles the largest amount it accepts', () => {
    const plan = moneyOrdersFor(MONEY_ORDER_MAX_TOTAL_YEN);
    expect(plan).toEqual({
      ok: true,
      orders: new Array(100).fill(1000),
      purchaseFeeYen: 20_000,
    });
  });

  it('prefers the larger face values among equally short sets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (fifties) => {
        const plan = moneyOrdersFor(fifties * 50);
        if (!plan.ok) throw new Error('every multiple of ¥50 can be made');
        // No order could be swapped for a larger one with the rest still made as short.
        const first = plan.orders[0] ?? 0;
        const larger = FACES.filter((face) => face > first && face <= fifties * 50);
        for (const face of larger) {
          const rest = moneyOrdersFor(fifties * 50 - face);
          const restCount = rest.ok ? rest.orders.length : fifties * 50 === face ? 0 : Infinity;
          expect(1 + restCount).toBeGreaterThan(plan.orders.length);
        }
      }),
    );
  });
});
