import { describe, expect, it } from 'vitest';
import { LETTER_TARIFFS, letterPostageYen, letterTariffOn } from '../../../../src/domain/payment';

describe('letter postage', () => {
  it('is ¥110 for a standard letter since 2024-10-01, ¥410 express', () => {
    expect(letterPostageYen({ express: false, on: '2024-10-01' })).toBe(110);
    expect(letterPostageYen({ express: true, on: '2025-06-01' })).toBe(410);
    expect(letterPostageYen({ express: false })).toBe(110);
  });

  it('uses the first tariff for earlier dates and the latest without a date', () => {
    expect(letterTariffOn('2020-01-01')).toBe(LETTER_TARIFFS[0]);
    expect(letterTariffOn()).toBe(LETTER_TARIFFS.at(-1));
  });
});
