import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INDIVIDUAL_NUMBER_WEIGHTS,
  checkIndividualNumber,
  formatIndividualNumber,
  individualNumberCheckDigit,
} from '../../../../src/domain/ids';
import { exactCatchRates, personalNumberCheck, residueOf } from './check-digit-analysis';
import { asTyped, digitString } from './arbitraries';

const valid = digitString(11).map((eleven) => `${eleven}${individualNumberCheckDigit(eleven)}`);
const residue = (number: string): number => residueOf(number, INDIVIDUAL_NUMBER_WEIGHTS);
/** r = 0 and r = 1 both give check digit 0: the one blind spot of the rule. */
const blindPair = (a: number, b: number): boolean => a !== b && a <= 1 && b <= 1;

describe('checkIndividualNumber', () => {
  it.each(['983205673214', '379474484458'])('accepts %s (domain.md vector)', (number) => {
    expect(checkIndividualNumber(number)).toEqual({ ok: true, value: number, warnings: [] });
  });

  it.each([
    ['983205673210', 'check-digit'],
    ['', 'empty'],
    ['98320567321', 'length'],
    ['98320567321X', 'not-digits'],
  ])('refuses %j: %s', (typed, error) => {
    expect(checkIndividualNumber(typed)).toEqual({ ok: false, error });
  });

  it('accepts every number built with the rule, however it is typed', () => {
    const typed = valid.chain((number) => asTyped(number).map((text) => ({ number, text })));
    fc.assert(
      fc.property(typed, ({ number, text }) => {
        expect(checkIndividualNumber(text)).toEqual({ ok: true, value: number, warnings: [] });
      }),
    );
  });

  it('catches a single-digit change unless it moves the residue between 0 and 1', () => {
    const change = fc.tuple(valid, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }));
    fc.assert(
      fc.property(change, ([number, position, shift]) => {
        const digit = (Number(number[position]) + shift) % 10;
        const changed = `${number.slice(0, position)}${digit}${number.slice(position + 1)}`;
        const missed = position < 11 && blindPair(residue(number), residue(changed));
        expect(checkIndividualNumber(changed).ok).toBe(missed);
      }),
      { numRuns: 5000 },
    );
  });

  it('catches every change of the check digit itself', () => {
    fc.assert(
      fc.property(valid, fc.integer({ min: 1, max: 9 }), (number, shift) => {
        const changed = `${number.slice(0, 11)}${(Number(number[11]) + shift) % 10}`;
        expect(checkIndividualNumber(changed)).toEqual({ ok: false, error: 'check-digit' });
      }),
    );
  });

  it('catches an adjacent transposition of data digits unless the residues are 0 and 1', () => {
    const swap = fc.tuple(valid, fc.integer({ min: 0, max: 9 }));
    fc.assert(
      fc.property(swap, ([number, i]) => {
        fc.pre(number[i] !== number[i + 1]);
        const swapped = `${number.slice(0, i)}${number[i + 1]}${number[i]}${number.slice(i + 2)}`;
        const missed = blindPair(residue(number), residue(swapped));
        expect(checkIndividualNumber(swapped).ok).toBe(missed);
      }),
      { numRuns: 5000 },
    );
  });

  it('has the blind spot for real: a change between residues 0 and 1 passes', () => {
    // 00000000000 → r = 0, check 0. Changing the last data digit (weight 2) to 6 gives r = 1.
    expect(checkIndividualNumber('000000000000').ok).toBe(true);
    expect(checkIndividualNumber('000000000060').ok).toBe(true);
  });

  it('catches 98.33 % of single-digit errors and 98.16 % of adjacent transpositions (exact)', () => {
    const rates = exactCatchRates(INDIVIDUAL_NUMBER_WEIGHTS, personalNumberCheck);
    expect(rates.substitution.rate).toBeCloseTo(0.983333, 6);
    expect(rates.transposition.rate).toBeCloseTo(0.981635, 6);
  });
});

describe('formatIndividualNumber', () => {
  it('groups 4-4-4 as on the card', () => {
    expect(formatIndividualNumber('983205673214')).toBe('9832 0567 3214');
    expect(formatIndividualNumber('9832-0567-3214')).toBe('9832 0567 3214');
  });

  it('returns anything else as it was typed', () => {
    expect(formatIndividualNumber('98320567321')).toBe('98320567321');
  });
});
