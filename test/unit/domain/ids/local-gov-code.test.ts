import { describe, expect, it } from 'vitest';
import {
  checkLocalGovCode,
  localGovCodeCheckDigit,
  localGovCodeFromFiveDigits,
} from '../../../../src/domain/ids';
import { LOCAL_GOV_CODE_WEIGHTS } from '../../../../src/domain/ids/local-gov-code';
import { exactCatchRates, localGovCheck, residueOf } from './check-digit-analysis';

const allValidCodes = Array.from({ length: 100_000 }, (_, n) => {
  const five = String(n).padStart(5, '0');
  return `${five}${localGovCheck(residueOf(five, LOCAL_GOV_CODE_WEIGHTS))}`;
});

describe('checkLocalGovCode', () => {
  it.each([
    ['131016', 'Chiyoda'],
    ['131059', 'Bunkyo'],
    ['132250', 'Inagi'],
    ['172014', 'Kanazawa'],
    ['282171', 'Kawanishi'],
    ['012084', 'Kitami'],
    ['092011', 'Utsunomiya'],
  ])('accepts %s (%s)', (code) => {
    expect(checkLocalGovCode(code)).toEqual({ ok: true, value: code, warnings: [] });
  });

  it.each([
    ['131017', 'check-digit'],
    ['012080', 'check-digit'],
    ['', 'empty'],
    ['13105', 'length'],
    ['13105X', 'not-digits'],
  ])('refuses %j: %s', (typed, error) => {
    expect(checkLocalGovCode(typed)).toEqual({ ok: false, error });
  });

  it('differs from the personal numbers at r = 0 and r = 1', () => {
    // 00000: r = 0 → 1, where the personal number rule gives 0.
    expect(localGovCodeCheckDigit('00000')).toBe(1);
    // 00006: r = 2·6 = 12 ≡ 1 → 0; 00003: r = 6 → 5.
    expect(localGovCodeCheckDigit('00006')).toBe(0);
    expect(localGovCodeCheckDigit('00003')).toBe(5);
  });

  it('accepts all 100 000 codes the rule can make', () => {
    const refused = allValidCodes.filter((code) => !checkLocalGovCode(code).ok);
    expect(refused).toEqual([]);
  });

  it('misses exactly the single-digit changes between residues 0 and 10 (checked on every code)', () => {
    // The check digit function alone (checkLocalGovCode adds only normalisation, tested above),
    // so that 5.4 million changes take a moment.
    const passes = (code: string): boolean =>
      localGovCodeCheckDigit(code.slice(0, 5)) === Number(code[5]);
    let changes = 0;
    let missed = 0;
    let unexpected = 0;
    for (const code of allValidCodes) {
      const before = residueOf(code, LOCAL_GOV_CODE_WEIGHTS);
      for (let position = 0; position < 6; position += 1) {
        const weight = LOCAL_GOV_CODE_WEIGHTS[position] ?? 0;
        for (let digit = 0; digit < 10; digit += 1) {
          const old = Number(code[position]);
          if (old === digit) continue;
          const changed = `${code.slice(0, position)}${digit}${code.slice(position + 1)}`;
          const after = (((before + weight * (digit - old)) % 11) + 11) % 11;
          const blind = position < 5 && before !== after && before % 10 === after % 10;
          const ok = passes(changed);
          changes += 1;
          if (ok) missed += 1;
          if (ok !== blind) unexpected += 1;
        }
      }
    }
    expect(unexpected).toBe(0);
    expect(changes).toBe(5_400_000);
    expect(missed).toBe(81_820);
    expect(1 - missed / changes).toBeCloseTo(0.984848, 6);
  });

  it('catches 97.74 % of adjacent transpositions (checked on every code)', () => {
    let swaps = 0;
    let missed = 0;
    for (const code of allValidCodes) {
      for (let i = 0; i < 5; i += 1) {
        if (code[i] === code[i + 1]) continue;
        swaps += 1;
        const swapped = `${code.slice(0, i)}${code[i + 1]}${code[i]}${code.slice(i + 2)}`;
        if (checkLocalGovCode(swapped).ok) missed += 1;
      }
    }
    expect(swaps).toBe(450_000);
    expect(missed).toBe(10_184);
  });

  it('agrees with the exact residue count used for the longer numbers', () => {
    const rates = exactCatchRates(LOCAL_GOV_CODE_WEIGHTS, localGovCheck);
    expect(rates.substitution).toMatchObject({ total: 5_400_000, caught: 5_400_000 - 81_820 });
    expect(rates.transposition).toMatchObject({ total: 450_000, caught: 450_000 - 10_184 });
  });
});

describe('localGovCodeFromFiveDigits', () => {
  it('adds the check digit to a 5-digit code', () => {
    expect(localGovCodeFromFiveDigits('13105')).toBe('131059');
    expect(localGovCodeFromFiveDigits('01208')).toBe('012084');
  });

  it('refuses anything but 5 digits', () => {
    expect(localGovCodeFromFiveDigits('1310')).toBeNull();
    expect(localGovCodeFromFiveDigits('1310a')).toBeNull();
  });
});
