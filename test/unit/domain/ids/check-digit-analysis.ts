/**
 * Exact error-detection rates of a weighted mod-11 check digit, by counting over residues
 * instead of enumerating every number: for each position, how many digit strings of the other
 * positions leave each residue mod 11. Independent of src/: weights and the residue → check
 * digit map are passed in.
 */
export type CheckFromResidue = (residue: number) => number;

export interface CatchRates {
  substitution: { caught: number; total: number; rate: number };
  transposition: { caught: number; total: number; rate: number };
}

function residueCounts(weights: readonly number[]): number[] {
  let counts: number[] = Array.from({ length: 11 }, (_, r) => (r === 0 ? 1 : 0));
  for (const weight of weights) {
    const next = new Array<number>(11).fill(0);
    counts.forEach((count, residue) => {
      for (let digit = 0; digit < 10; digit += 1) {
        const to = (residue + weight * digit) % 11;
        next[to] = (next[to] ?? 0) + count;
      }
    });
    counts = next;
  }
  return counts;
}

function without(weights: readonly number[], ...indexes: number[]): number[] {
  return weights.filter((_, index) => !indexes.includes(index));
}

export function exactCatchRates(weights: readonly number[], check: CheckFromResidue): CatchRates {
  const valid = 10 ** weights.length;
  let subCaught = 0;
  let subTotal = 0;
  weights.forEach((weight, i) => {
    residueCounts(without(weights, i)).forEach((count, rest) => {
      for (let from = 0; from < 10; from += 1) {
        for (let to = 0; to < 10; to += 1) {
          if (from === to) continue;
          subTotal += count;
          const before = check((rest + weight * from) % 11);
          const after = check((rest + weight * to) % 11);
          if (before !== after) subCaught += count;
        }
      }
    });
  });
  // A changed check digit never matches: the expected digit is unique.
  subTotal += valid * 9;
  subCaught += valid * 9;

  let swapCaught = 0;
  let swapTotal = 0;
  for (let i = 0; i + 1 < weights.length; i += 1) {
    const [wa = 0, wb = 0] = [weights[i], weights[i + 1]];
    residueCounts(without(weights, i, i + 1)).forEach((count, rest) => {
      for (let a = 0; a < 10; a += 1) {
        for (let b = 0; b < 10; b += 1) {
          if (a === b) continue;
          swapTotal += count;
          if (check((rest + wa * a + wb * b) % 11) !== check((rest + wa * b + wb * a) % 11)) {
            swapCaught += count;
          }
        }
      }
    });
  }
  // The last data digit swapped with the check digit.
  const last = weights.length - 1;
  const wl = weights[last] ?? 0;
  residueCounts(without(weights, last)).forEach((count, rest) => {
    for (let digit = 0; digit < 10; digit += 1) {
      const checkDigit = check((rest + wl * digit) % 11);
      if (checkDigit === digit) continue;
      swapTotal += count;
      if (check((rest + wl * checkDigit) % 11) !== digit) swapCaught += count;
    }
  });

  return {
    substitution: { caught: subCaught, total: subTotal, rate: subCaught / subTotal },
    transposition: { caught: swapCaught, total: swapTotal, rate: swapCaught / swapTotal },
  };
}

/** The personal numbers' rule: 0 when r ≤ 1, else 11 − r. */
export const personalNumberCheck: CheckFromResidue = (r) => (r <= 1 ? 0 : 11 - r);
/** The local government code's rule: (11 − r) mod 10. */
export const localGovCheck: CheckFromResidue = (r) => (11 - r) % 10;

export function residueOf(digits: string, weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((weight, index) => {
    sum += weight * Number(digits[index]);
  });
  return sum % 11;
}
