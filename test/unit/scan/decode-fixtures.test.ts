// The real text decoder (tesseract.js, Node build, local language data) on generated photos.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTesseractDecoder, type FrameDecoder } from '../../../src/scan';
import { makeBlank, makeSlip } from '../../../scripts/fixtures/fixtures';
import { nodeTesseractFiles } from '../../../scripts/fixtures/node-io';

const SEED = 20_250;
const SLIPS = 8;
const mild = { rotationDeg: 4, perspective: 0.01, blurPx: 0, glare: null, light: 0.9, shadow: 0 };

let decoder: FrameDecoder;

beforeAll(() => {
  const files = nodeTesseractFiles();
  if (!files) {
    throw new Error(
      'No English tesseract data: apt-get install tesseract-ocr-eng, or npm i @tesseract.js-data/eng',
    );
  }
  decoder = createTesseractDecoder(files);
});
afterAll(() => decoder.dispose());

describe('tesseract decoder on generated slips', { timeout: 120_000 }, () => {
  it(`reads at least ${SLIPS - 1} of ${SLIPS} slips and never a wrong clean number`, async () => {
    let correct = 0;
    for (let i = 0; i < SLIPS; i += 1) {
      const slip = makeSlip(SEED, i);
      const found = await decoder.decode(slip.image);
      for (const c of found.filter((f) => !f.needsConfirmation)) {
        expect(c, `slip ${i}`).toMatchObject({ kind: 'resident-record-code', value: slip.value });
      }
      if (found.some((c) => c.value === slip.value && !c.needsConfirmation)) correct += 1;
    }
    expect(correct).toBeGreaterThanOrEqual(SLIPS - 1);
  });

  it('flags a printed code with a bad check digit, never reads it as clean', async () => {
    const slip = makeSlip(SEED, 1, { badCheck: true, photo: mild });
    expect(slip.expect).toBe('needs-confirmation');
    expect(await decoder.decode(slip.image)).toEqual([
      expect.objectContaining({
        value: slip.value,
        needsConfirmation: true,
        warnings: ['check-digit'],
      }),
    ]);
  });

  it('says ocr-unavailable when the language data is not where it was told', async () => {
    const missing = createTesseractDecoder({ langPath: '/nonexistent/tessdata', gzip: false });
    await expect(missing.prepare()).rejects.toMatchObject({ code: 'ocr-unavailable' });
    await missing.dispose();
  });

  it('finds nothing on a blank frame', async () => {
    expect(await decoder.decode(makeBlank(640, 480))).toEqual([]);
  });

  it('reads a slip from a 640×480 camera frame', async () => {
    const slip = makeSlip(SEED, 2, { width: 640, height: 480, photo: { ...mild, fill: 0.9 } });
    expect((await decoder.decode(slip.image)).map((c) => c.value)).toEqual([slip.value]);
  });
});
