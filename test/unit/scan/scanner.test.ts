import { describe, expect, it } from 'vitest';
import { createScanner, pickSingle, type Candidate, type FrameDecoder } from '../../../src/scan';
import { makeBlank } from '../../../scripts/fixtures/fixtures';

const candidate = (value: string, needsConfirmation = false): Candidate => ({
  kind: value.length === 12 ? 'individual-number' : 'resident-record-code',
  value,
  source: 'ocr',
  needsConfirmation,
  warnings: needsConfirmation ? ['check-digit'] : [],
});

function fake(name: string, result: Candidate[], log: string[]): FrameDecoder {
  return {
    name,
    decode: () => {
      log.push(name);
      return Promise.resolve(result);
    },
    prepare: () => Promise.resolve(),
    dispose: () => {
      log.push(`dispose ${name}`);
      return Promise.resolve();
    },
  } satisfies FrameDecoder;
}

describe('createScanner', () => {
  it('stops at the first decoder that finds something', async () => {
    const log: string[] = [];
    const scanner = createScanner([
      fake('qr', [candidate('983205673214')], log),
      fake('ocr', [candidate('24727059608')], log),
    ]);
    expect((await scanner.decode(makeBlank())).map((c) => c.value)).toEqual(['983205673214']);
    expect(log).toEqual(['qr']);
  });

  it('falls through to the next decoder, and disposes all of them', async () => {
    const log: string[] = [];
    const scanner = createScanner([
      fake('qr', [], log),
      fake('ocr', [candidate('24727059608')], log),
    ]);
    expect((await scanner.decode(makeBlank())).map((c) => c.value)).toEqual(['24727059608']);
    await scanner.dispose();
    expect(log).toEqual(['qr', 'ocr', 'dispose qr', 'dispose ocr']);
  });
});

describe('pickSingle', () => {
  it('says nothing-found for no candidates', () => {
    expect(pickSingle([])).toEqual({ ok: false, error: 'nothing-found' });
  });

  it('prefers the one clean value over flagged ones', () => {
    const clean = candidate('24727059608');
    expect(pickSingle([candidate('25208017644', true), clean])).toEqual({
      ok: true,
      candidate: clean,
    });
  });

  it('returns a lone flagged value, still flagged', () => {
    const flagged = candidate('25208017644', true);
    expect(pickSingle([flagged])).toEqual({ ok: true, candidate: flagged });
  });

  it('is ambiguous with two values of equal standing', () => {
    expect(pickSingle([candidate('24727059608'), candidate('24846016224')])).toEqual({
      ok: false,
      error: 'ambiguous',
    });
  });
});
