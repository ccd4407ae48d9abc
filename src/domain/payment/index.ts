export {
  MONEY_ORDER_DENOMINATIONS_YEN,
  MONEY_ORDER_MAX_TOTAL_YEN,
  MONEY_ORDER_PURCHASE_FEE_YEN,
} from './money-order-rules';
export { moneyOrdersFor, type MoneyOrderError, type MoneyOrderPlan } from './money-orders';
export { LETTER_TARIFFS, letterPostageYen, letterTariffOn, type LetterTariff } from './postage';
