import {
  MONEY_ORDER_DENOMINATIONS_YEN,
  MONEY_ORDER_MAX_TOTAL_YEN,
  MONEY_ORDER_PURCHASE_FEE_YEN,
} from './money-order-rules';

export type MoneyOrderError = 'not-positive' | 'not-integer' | 'no-exact-combination' | 'too-large';

export type MoneyOrderPlan =
  { ok: true; orders: number[]; purchaseFeeYen: number } | { ok: false; error: MoneyOrderError };

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/** Face values, largest first. */
const DESCENDING: number[] = [...MONEY_ORDER_DENOMINATIONS_YEN].sort((a, b) => b - a);
/** Every face value is a multiple of this (¥50), so the tables count in these units. */
const UNIT = DESCENDING.reduce(greatestCommonDivisor);
const MAX_UNITS = Math.floor(MONEY_ORDER_MAX_TOTAL_YEN / UNIT);

/**
 * fewest[u]: the fewest orders making exactly u units (Infinity when impossible);
 * firstFace[u]: the largest face value that starts such a shortest set. Built once, on first use.
 */
let tables: { fewest: Float64Array; firstFace: Float64Array } | null = null;

function buildTables(): { fewest: Float64Array; firstFace: Float64Array } {
  const fewest = new Float64Array(MAX_UNITS + 1).fill(Number.POSITIVE_INFINITY);
  const firstFace = new Float64Array(MAX_UNITS + 1);
  fewest[0] = 0;
  for (let u = 1; u <= MAX_UNITS; u += 1) {
    // Largest face first, and only a strictly shorter set replaces it: ties keep the larger face.
    for (const face of DESCENDING) {
      const rest = u - face / UNIT;
      const count = rest >= 0 ? Number(fewest[rest]) + 1 : Number.POSITIVE_INFINITY;
      if (count < Number(fewest[u])) {
        fewest[u] = count;
        firstFace[u] = face;
      }
    }
  }
  return { fewest, firstFace };
}

/**
 * The fewest postal money orders that make exactly `amountYen`, largest first. Among equally
 * short sets the one with the largest face values wins (¥600 → 500 + 100, not 300 + 300).
 */
export function moneyOrdersFor(amountYen: number): MoneyOrderPlan {
  if (!Number.isInteger(amountYen)) return { ok: false, error: 'not-integer' };
  if (amountYen <= 0) return { ok: false, error: 'not-positive' };
  if (amountYen > MONEY_ORDER_MAX_TOTAL_YEN) return { ok: false, error: 'too-large' };
  tables ??= buildTables();
  let units = amountYen / UNIT;
  if (!Number.isInteger(units) || !Number.isFinite(Number(tables.fewest[units]))) {
    return { ok: false, error: 'no-exact-combination' };
  }
  const orders: number[] = [];
  while (units > 0) {
    const face = Number(tables.firstFace[units]);
    orders.push(face);
    units -= face / UNIT;
  }
  return { ok: true, orders, purchaseFeeYen: orders.length * MONEY_ORDER_PURCHASE_FEE_YEN };
}
