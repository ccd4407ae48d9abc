import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseIdentifier } from '../../../../src/domain/ids/normalise';
import { asTyped, digitString, SEPARATORS } from './arbitraries';

describe('normaliseIdentifier', () => {
  it.each([
    ['２４７２　７０５９　６０８', '24727059608'],
    ['2472-7059-608', '24727059608'],
    ['2472－7059－608', '24727059608'],
    ['2472ー7059ー608', '24727059608'],
    ['2472−7059−608', '24727059608'],
    ['2472‐7059‐608', '24727059608'],
    [' 2472\t7059\n608 ', '24727059608'],
    ['ａｂ１２', 'ab12'],
  ])('%j → %j', (typed, expected) => {
    expect(normaliseIdentifier(typed)).toBe(expected);
  });

  it('removes every separator people paste', () => {
    for (const separator of SEPARATORS) {
      expect(normaliseIdentifier(`12${separator}34`)).toBe('1234');
    }
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const once = normaliseIdentifier(text);
        expect(normaliseIdentifier(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on any Unicode code points, combining marks included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        const once = normaliseIdentifier(text);
        expect(normaliseIdentifier(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent where a removed separator stood between a letter and a combining mark', () => {
    // NFKC composes e + U+0301 only once the hyphen between them is gone.
    expect(normaliseIdentifier('e-\u0301')).toBe('é');
    const tricky = fc.string({
      unit: fc.constantFrom(
        'e',
        'a',
        'カ',
        'ｶ',
        '1',
        '\u0301',
        '\u0308',
        '\u3099',
        'ﾞ',
        ...SEPARATORS,
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(tricky, (text) => {
        const once = normaliseIdentifier(text);
        expect(normaliseIdentifier(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('recovers the digits from any typed form of them', () => {
    const typedDigits = digitString(11).chain((digits) =>
      asTyped(digits).map((typed) => ({ digits, typed })),
    );
    fc.assert(
      fc.property(typedDigits, ({ digits, typed }) => {
        expect(normaliseIdentifier(typed)).toBe(digits);
      }),
    );
  });
});
