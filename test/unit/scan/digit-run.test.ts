import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIndividualNumber, checkResidentRecordCode } from '../../../src/domain';
import { OCR_CORRECTED, findIdNumbers, findResidentRecordCode } from '../../../src/scan';

const VALID = '24727059608';

const values = (text: string): string[] => findIdNumbers(text).map((c) => c.value);

describe('findIdNumbers', () => {
  it.each([
    ['住民票コード 2472 7059 608'],
    ['2472-7059-608'],
    ['２４７２　７０５９　６０８'],
    ['24727059608'],
    ['No.24727059608様'],
    ['247 27059 608'],
    ['2472 ー 7059 − 608'],
  ])('finds the code in %j, clean', (text) => {
    expect(findIdNumbers(text)).toEqual([
      {
        kind: 'resident-record-code',
        value: VALID,
        source: 'text',
        needsConfirmation: false,
        warnings: [],
      },
    ]);
  });

  it('reads confusable letters as digits when the check digit then passes', () => {
    const [found] = findIdNumbers('2472 7O59 6O8');
    expect(found).toMatchObject({ value: VALID, needsConfirmation: false });
    expect(found?.warnings).toContain(OCR_CORRECTED);
  });

  it('drops a corrected reading whose check digit fails, rather than flag it', () => {
    // B → 8 gives 24727059688, whose check digit is wrong.
    expect(findIdNumbers('2472 7059 6B8')).toEqual([]);
  });

  it('flags plain digits with a wrong check digit instead of passing them as clean', () => {
    expect(findIdNumbers('2520 8017 644')).toEqual([
      expect.objectContaining({
        value: '25208017644',
        needsConfirmation: true,
        warnings: ['check-digit'],
      }),
    ]);
  });

  it('takes a 4-4-3 group out of a longer run, but never slices a long number', () => {
    expect(values('1 2472 7059 608')).toContain(VALID);
    expect(values('24727059608 1')).toContain(VALID);
    expect(values('124727059608000')).toEqual([]);
    expect(values('2472705960812')).toEqual([]);
  });

  it('does not join digits across lines', () => {
    expect(values('2472 7059\n608')).toEqual([]);
  });

  it('treats words of confusable letters as words', () => {
    expect(values('SOS 2472 7059 608 Il')).toEqual([VALID]);
  });

  it('finds Individual Numbers and rejects a wrong check digit outright', () => {
    expect(findIdNumbers('個人番号 9832 0567 3214')).toEqual([
      expect.objectContaining({
        kind: 'individual-number',
        value: '983205673214',
        needsConfirmation: false,
      }),
    ]);
    expect(findIdNumbers('9832 0567 3210')).toEqual([]);
    expect(findIdNumbers('379474484458', { kinds: ['resident-record-code'] })).toEqual([]);
  });

  it('never returns a clean value the domain would warn about, whatever the noise', () => {
    const alphabet = fc.constantFrom(...'0123456789 -OolISZBGgq|ab\n'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')),
        (text) => {
          for (const c of findIdNumbers(text)) {
            const check =
              c.kind === 'resident-record-code'
                ? checkResidentRecordCode(c.value)
                : checkIndividualNumber(c.value);
            expect(check.ok).toBe(true);
            if (check.ok) expect(check.warnings.length > 0).toBe(c.needsConfirmation);
            if (c.warnings.includes(OCR_CORRECTED)) expect(c.needsConfirmation).toBe(false);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds any valid code however it is spaced, whatever words surround it', () => {
    const validCode = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })
      .map((d) => d.join(''))
      .map((body) => {
        for (let c = 0; c <= 9; c += 1) {
          const check = checkResidentRecordCode(`${body}${c}`);
          if (check.ok && check.warnings.length === 0) return `${body}${c}`;
        }
        throw new Error('unreachable: one check digit always fits');
      });
    const separator = fc.constantFrom(' ', '-', '　', ' - ', '');
    const word = fc.constantFrom('住民票コード', 'Code:', '様', 'ABC', '');
    fc.assert(
      fc.property(
        validCode,
        separator,
        word,
        word,
        fc.boolean(),
        (code, sep, before, after, wide) => {
          let printed = `${code.slice(0, 4)}${sep}${code.slice(4, 8)}${sep}${code.slice(8)}`;
          if (wide)
            printed = printed.replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
          expect(values(`${before} ${printed} ${after}`)).toEqual([code]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('findResidentRecordCode', () => {
  it('prefers the one clean code over a flagged one', () => {
    expect(findResidentRecordCode('2520 8017 644\n2472 7059 608')?.value).toBe(VALID);
  });

  it('gives nothing when two different clean codes are in view', () => {
    expect(findResidentRecordCode('2472 7059 608\n2484 6016 224')).toBeNull();
  });

  it('gives nothing for text without a code', () => {
    expect(findResidentRecordCode('令和6年4月1日 東京都文京区春日1-16-21')).toBeNull();
  });
});
