import { describe, expect, it } from 'vitest';
import { estimateSkew } from '../../../src/scan/skew';
import { rotate, toGray } from '../../../src/scan/image';
import { makeSlip } from '../../../scripts/fixtures/fixtures';

const steady = { perspective: 0, blurPx: 0, noiseSigma: 0, glare: null, shadow: 0, light: 1 };
const degrees = (radians: number): number => (radians * 180) / Math.PI;

describe('estimateSkew', () => {
  it.each([0, 9, -12])('finds a slip turned by %i° to within 1.5°', (turn) => {
    const gray = toGray(makeSlip(3, 0, { photo: { ...steady, rotationDeg: turn } }).image);
    expect(Math.abs(degrees(estimateSkew(gray)) - turn)).toBeLessThan(1.5);
  });

  it('leaves the slip level once turned back', () => {
    const gray = toGray(makeSlip(3, 1, { photo: { ...steady, rotationDeg: 11 } }).image);
    const level = rotate(gray, -estimateSkew(gray));
    expect(Math.abs(degrees(estimateSkew(level)))).toBeLessThan(1);
  });

  it('says 0 for a frame with no ink', () => {
    const blank = { data: new Uint8Array(200 * 100).fill(200), width: 200, height: 100 };
    expect(estimateSkew(blank)).toBe(0);
  });
});
