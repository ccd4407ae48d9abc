/**
 * 定額小為替 (postal money orders) [law, Japan Post]: the 12 face values, and what each costs to
 * buy. Data, not code: a change in either is a one-line edit.
 */
export const MONEY_ORDER_DENOMINATIONS_YEN = [
  50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 750, 1000,
] as const;

export const MONEY_ORDER_PURCHASE_FEE_YEN = 200;

/**
 * Above this the app does not propose money orders: no fee for these papers comes near it, and
 * a person should be told to ask the city rather than buy dozens of orders.
 */
export const MONEY_ORDER_MAX_TOTAL_YEN = 100_000;
