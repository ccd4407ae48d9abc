import { describe, expect, it } from 'vitest';
import {
  checkPostcode,
  checkResidenceCardNumber,
  formatPostcode,
  formatResidenceCardNumber,
} from '../../../../src/domain/ids';

describe('checkResidenceCardNumber', () => {
  it.each([
    ['AB12345678CD', 'AB12345678CD'],
    ['ab12345678cd', 'AB12345678CD'],
    ['ＡＢ１２３４５６７８ＣＤ', 'AB12345678CD'],
    ['AB 1234 5678 CD', 'AB12345678CD'],
  ])('accepts %j as %s', (typed, value) => {
    expect(checkResidenceCardNumber(typed)).toEqual({ ok: true, value, warnings: [] });
  });

  it.each([
    ['', 'empty'],
    ['AB1234567CD', 'length'],
    ['AB123456789CD', 'length'],
    ['A123456789CD', 'format'],
    ['AB12345678C1', 'format'],
    ['ABCD12345678', 'format'],
  ])('refuses %j: %s', (typed, error) => {
    expect(checkResidenceCardNumber(typed)).toEqual({ ok: false, error });
  });

  it('formats 2-8-2', () => {
    expect(formatResidenceCardNumber('ab12345678cd')).toBe('AB 12345678 CD');
    expect(formatResidenceCardNumber('nonsense')).toBe('nonsense');
  });
});

describe('checkPostcode', () => {
  it.each([
    ['112-8555', '1128555'],
    ['〒112-8555', '1128555'],
    ['１１２－８５５５', '1128555'],
    ['112ー8555', '1128555'],
    ['1128555', '1128555'],
  ])('accepts %j as %s', (typed, value) => {
    expect(checkPostcode(typed)).toEqual({ ok: true, value, warnings: [] });
  });

  it.each([
    ['', 'empty'],
    ['〒', 'empty'],
    ['112-855', 'length'],
    ['112-85555', 'length'],
    ['112-855a', 'not-digits'],
  ])('refuses %j: %s', (typed, error) => {
    expect(checkPostcode(typed)).toEqual({ ok: false, error });
  });

  it('formats 3-4', () => {
    expect(formatPostcode('1128555')).toBe('112-8555');
    expect(formatPostcode('〒１１２８５５５')).toBe('112-8555');
    expect(formatPostcode('112')).toBe('112');
  });
});
