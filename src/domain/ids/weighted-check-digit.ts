/** Σ digit × weight, digits and weights read left to right (equal lengths). */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) {
    sum += Number(digits.charAt(i)) * (weights[i] ?? 0);
  }
  return sum;
}

/**
 * The mod-11 rule of the Individual Number (and, by the same published form, of the resident
 * record code): r = Σ mod 11; check = 0 when r ≤ 1, else 11 − r.
 */
export function mod11CheckDigit(digits: string, weights: readonly number[]): number {
  const remainder = weightedSum(digits, weights) % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}
