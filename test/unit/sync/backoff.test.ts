import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/sync/backoff';

describe('backoff', () => {
  it('grows with attempts and never exceeds five minutes', () => {
    const highest = (attempts: number) => backoffDelay(attempts, () => 1);
    expect(highest(0)).toBe(2_000);
    expect(highest(1)).toBe(4_000);
    expect(highest(3)).toBe(16_000);
    expect(highest(50)).toBe(300_000);
  });

  it('is jittered: a crowd reconnecting after an outage spreads out (R6)', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelay(10));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(1_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(300_000);
    expect(new Set(delays).size).toBeGreaterThan(150);
  });
});
