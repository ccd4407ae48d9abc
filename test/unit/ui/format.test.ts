import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/ui/format';

describe('formatDate', () => {
  it('shows the stored date', () => {
    expect(formatDate('1988-11-02', 'en')).toBe('November 2, 1988');
    expect(formatDate('2024-02-29', 'en')).toBe('February 29, 2024');
  });

  it('keeps a year below 100 as it is, not as 19xx', () => {
    expect(formatDate('0088-11-02', 'en')).not.toContain('1988');
    expect(formatDate('0088-11-02', 'en')).toContain('88');
  });
});
