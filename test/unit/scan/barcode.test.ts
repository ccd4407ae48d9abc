import { afterAll, describe, expect, it } from 'vitest';
import { barcodeCandidates, createBarcodeDecoder } from '../../../src/scan';
import { makeBlank, makeCard, makeSlip } from '../../../scripts/fixtures/fixtures';

describe('barcodeCandidates', () => {
  it('takes a lone Individual Number from the payload', () => {
    expect(barcodeCandidates('983205673214')).toEqual([
      {
        kind: 'individual-number',
        value: '983205673214',
        source: 'barcode',
        needsConfirmation: false,
        warnings: [],
      },
    ]);
    expect(barcodeCandidates('No=983205673214;')).toHaveLength(1);
  });

  it('rejects a wrong check digit, two numbers, and letters in place of digits', () => {
    expect(barcodeCandidates('983205673210')).toEqual([]);
    expect(barcodeCandidates('983205673214 379474484458')).toEqual([]);
    expect(barcodeCandidates('9832O5673214')).toEqual([]);
    expect(barcodeCandidates('1983205673214')).toEqual([]);
  });

  it('reads a resident record code too, flagged when its check digit is off', () => {
    expect(barcodeCandidates('24727059608')).toEqual([
      expect.objectContaining({ needsConfirmation: false }),
    ]);
    expect(barcodeCandidates('25208017644')).toEqual([
      expect.objectContaining({ needsConfirmation: true }),
    ]);
  });
});

describe('createBarcodeDecoder (zxing)', () => {
  const decoder = createBarcodeDecoder({ engine: 'zxing' });
  afterAll(() => decoder.dispose());

  it.each([0, 1, 2, 3])('reads the QR code on generated card %i', async (index) => {
    const card = makeCard(7, index);
    expect((await decoder.decode(card.image)).map((c) => [c.kind, c.value])).toEqual([
      ['individual-number', card.value],
    ]);
  });

  it('finds nothing on a blank frame or a slip without a barcode', async () => {
    expect(await decoder.decode(makeBlank())).toEqual([]);
    expect(await decoder.decode(makeSlip(7, 0).image)).toEqual([]);
  });

  it('reports that no native detector exists here instead of guessing', async () => {
    const native = createBarcodeDecoder({ engine: 'native' });
    await expect(native.decode(makeBlank())).rejects.toMatchObject({ code: 'barcode-unavailable' });
  });
});
