import { describe, expect, it } from 'vitest';
import { factValue, knownFact, unknownFact } from '../../../../src/domain';

describe('Fact', () => {
  it('carries a value with its source, or says it is unknown', () => {
    expect(knownFact(300, 'seeds/000')).toEqual({ known: true, value: 300, source: 'seeds/000' });
    expect(factValue(knownFact(300, 'seeds/000'))).toBe(300);
    expect(factValue(unknownFact)).toBeUndefined();
  });
});
