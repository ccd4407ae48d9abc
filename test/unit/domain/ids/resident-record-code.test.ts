import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RESIDENT_RECORD_CODE_WEIGHTS,
  checkResidentRecordCode,
  formatResidentRecordCode,
  residentRecordCodeCheckDigit,
} from '../../../../src/domain/ids';
import { exactCatchRates, personalNumberCheck, residueOf } from './check-digit-analysis';
import { asTyped, digitString } from './arbitraries';

const withCheckDigit = (ten: string): string => `${ten}${residentRecordCodeCheckDigit(ten)}`;

describe('checkResidentRecordCode', () => {
  it.each(['24727059608', '24846016224', '25208017643', '12345678903'])(
    'accepts %s (domain.md vector) without warnings',
    (code) => {
      expect(checkResidentRecordCode(code)).toEqual({ ok: true, value: code, warnings: [] });
    },
  );

  it.each(['25208017644', '12345678901'])(
    'keeps %s (wrong check digit) usable but warns, because the rule is unconfirmed',
    (code) => {
      expect(checkResidentRecordCode(code)).toEqual({
        ok: true,
        value: code,
        warnings: ['check-digit'],
      });
    },
  );

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ー－', 'empty'],
    ['2472705960', 'length'],
    ['247270596080', 'length'],
    ['2472705960O', 'not-digits'],
    ['２４７２７０５９６０８Ａ', 'not-digits'],
  ])('refuses %j: %s', (typed, error) => {
    expect(checkResidentRecordCode(typed)).toEqual({ ok: false, error });
  });

  it('normalises what people type', () => {
    expect(checkResidentRecordCode('２４７２ ７０５９ ６０８')).toMatchObject({
      ok: true,
      value: '24727059608',
    });
    expect(checkResidentRecordCode('2472ー7059ー608')).toMatchObject({ value: '24727059608' });
  });

  it('accepts every code built with the rule, however it is typed', () => {
    const typedCode = digitString(10)
      .map(withCheckDigit)
      .chain((code) => asTyped(code).map((typed) => ({ code, typed })));
    fc.assert(
      fc.property(typedCode, ({ code, typed }) => {
        expect(checkResidentRecordCode(typed)).toEqual({ ok: true, value: code, warnings: [] });
      }),
    );
  });

  it('warns on every changed check digit', () => {
    fc.assert(
      fc.property(digitString(10), fc.integer({ min: 1, max: 9 }), (ten, shift) => {
        const wrong = (residentRecordCodeCheckDigit(ten) + shift) % 10;
        expect(checkResidentRecordCode(`${ten}${wrong}`)).toMatchObject({
          ok: true,
          warnings: ['check-digit'],
        });
      }),
    );
  });

  it('warns on a single-digit change unless it moves the residue between 0 and 1', () => {
    const residue = (code: string): number => residueOf(code, RESIDENT_RECORD_CODE_WEIGHTS);
    const change = fc.tuple(
      digitString(10).map(withCheckDigit),
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 1, max: 9 }),
    );
    fc.assert(
      fc.property(change, ([code, position, shift]) => {
        const digit = (Number(code[position]) + shift) % 10;
        const changed = `${code.slice(0, position)}${digit}${code.slice(position + 1)}`;
        const [before, after] = [residue(code), residue(changed)];
        const missed = position < 10 && before !== after && before <= 1 && after <= 1;
        expect(checkResidentRecordCode(changed)).toMatchObject({
          ok: true,
          warnings: missed ? [] : ['check-digit'],
        });
      }),
      { numRuns: 5000 },
    );
  });

  it('catches 98.35 % of single-digit errors and 98.16 % of adjacent transpositions (exact)', () => {
    const rates = exactCatchRates(RESIDENT_RECORD_CODE_WEIGHTS, personalNumberCheck);
    expect(rates.substitution.rate).toBeCloseTo(0.983471, 6);
    expect(rates.transposition.rate).toBeCloseTo(0.981616, 6);
  });
});

describe('formatResidentRecordCode', () => {
  it('groups 4-4-3 as on the slip', () => {
    expect(formatResidentRecordCode('24727059608')).toBe('2472 7059 608');
    expect(formatResidentRecordCode('２４７２７０５９６０８')).toBe('2472 7059 608');
  });

  it('returns anything else as it was typed', () => {
    expect(formatResidentRecordCode('2472705960')).toBe('2472705960');
    expect(formatResidentRecordCode('abc')).toBe('abc');
  });
});
