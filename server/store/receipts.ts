import { randomInt } from 'node:crypto';

/** Random digits in a receipt number, before its check digit. */
const RANDOM_DIGITS = 9;

/** The Luhn check digit of a string of digits: catches any one wrong digit and most swaps. */
export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // From the right, every second digit (starting with the rightmost) is doubled.
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * The end of a receipt number, `<5 digits>-<4 digits and a check digit>`; the whole number is
 * `<municipality>-<year in Japan>-<this>`, e.g. `131059-2026-48213-90575`. Random, so two
 * receipts say nothing about how many others applied in between, in this city or another;
 * digits only, to be read over the phone.
 */
export function receiptSuffix(): string {
  let digits = '';
  for (let i = 0; i < RANDOM_DIGITS; i++) digits += String(randomInt(10));
  const checked = digits + luhnCheckDigit(digits);
  return `${checked.slice(0, 5)}-${checked.slice(5)}`;
}

/** Whether a receipt number read back (over the phone, from paper) is well formed and checks. */
export function isReceiptNumber(value: string): boolean {
  const match = /^\d{6}-\d{4}-(\d{5})-(\d{5})$/.exec(value);
  if (!match) return false;
  const digits = `${match[1]}${match[2]}`;
  return luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}
