// The decision logic of the text decoder, with a scripted recogniser instead of tesseract.
import { describe, expect, it } from 'vitest';
import {
  createOcrDecoder,
  pickSingle,
  type RecognitionMode,
  type TextRecognizer,
  type TextWord,
} from '../../../src/scan';
import { makeBlank } from '../../../scripts/fixtures/fixtures';

/** Words laid out left to right on one row, at a given height in the 1280×960 working image. */
function row(text: string, y = 400): TextWord[] {
  let x = 200;
  return text.split(' ').map((word) => {
    const w = { text: word, confidence: 90, x0: x, y0: y, x1: x + word.length * 20, y1: y + 32 };
    x = w.x1 + 15;
    return w;
  });
}

function scripted(sparse: TextWord[], rereads: string[]) {
  const calls: RecognitionMode[] = [];
  const recognizer: TextRecognizer = {
    recognize(_image, mode) {
      calls.push(mode);
      if (mode === 'sparse') return Promise.resolve(sparse);
      const text = rereads.shift() ?? '';
      return Promise.resolve(text === '' ? [] : row(text, 10));
    },
    prepare: () => Promise.resolve(),
    dispose: () => Promise.resolve(),
  };
  return { recognizer, calls };
}

const frame = makeBlank(640, 480);

describe('createOcrDecoder', () => {
  it('accepts a code when the enlarged reread agrees with the first read', async () => {
    const { recognizer, calls } = scripted(row('住民票コード 2472 7059 608'), ['24727059608']);
    const found = await createOcrDecoder(recognizer).decode(frame);
    expect(found).toEqual([
      expect.objectContaining({ value: '24727059608', source: 'ocr', needsConfirmation: false }),
    ]);
    expect(calls).toEqual(['sparse', 'digit-line']);
  });

  it('returns nothing when the reads keep disagreeing', async () => {
    const { recognizer, calls } = scripted(row('2472 7059 608'), [
      '24846016224',
      '12345678903',
      '25208017643',
      '',
    ]);
    expect(await createOcrDecoder(recognizer).decode(frame)).toEqual([]);
    // Every planned reread was tried before giving up.
    expect(calls.filter((c) => c === 'digit-line')).toHaveLength(4);
  });

  it('recovers a row the first read got wrong when two rereads agree', async () => {
    const { recognizer } = scripted(row('2472 7O59 6?8'), ['24727059608', '24727059608']);
    expect((await createOcrDecoder(recognizer).decode(frame)).map((c) => c.value)).toEqual([
      '24727059608',
    ]);
  });

  it('needs three agreeing reads for a code with a wrong check digit, and flags it', async () => {
    const twice = scripted(row('2520 8017 644'), ['25208017644', '', '']);
    expect(await createOcrDecoder(twice.recognizer).decode(frame)).toEqual([]);
    const thrice = scripted(row('2520 8017 644'), ['25208017644', '25208017644']);
    expect(await createOcrDecoder(thrice.recognizer).decode(frame)).toEqual([
      expect.objectContaining({
        value: '25208017644',
        needsConfirmation: true,
        warnings: ['check-digit'],
      }),
    ]);
  });

  it('shows a flagged value that outvotes other flagged readings', async () => {
    const { recognizer } = scripted(row('7512 3782 784'), [
      '73123782784',
      '75123782784',
      '75123782784',
    ]);
    expect((await createOcrDecoder(recognizer).decode(frame)).map((c) => c.value)).toEqual([
      '75123782784',
    ]);
  });

  it('drops a flagged value when another read passed its check digit', async () => {
    const { recognizer } = scripted(row('9359 0884 312'), [
      '93590884312',
      '53590884312',
      '93590884312',
    ]);
    expect(await createOcrDecoder(recognizer).decode(frame)).toEqual([]);
  });

  it('joins a widely spaced code into one row', async () => {
    const date = row('令和6年4月1日', 360).map((w) => ({ ...w, y1: w.y0 + 24 }));
    // Sparse mode returns the groups as separate lines; gaps of 1.7× the digit height.
    const code = row('2472 7059 608', 400).map((w, i) => ({
      ...w,
      x0: w.x0 + i * 40,
      x1: w.x1 + i * 40,
    }));
    const { recognizer } = scripted([...date, ...code], ['24727059608']);
    expect((await createOcrDecoder(recognizer).decode(frame)).map((c) => c.value)).toEqual([
      '24727059608',
    ]);
  });

  it('gives a low-confidence first read no vote (kanji read as digits look like that)', async () => {
    const unsure = row('2472 7059 608').map((w) => ({ ...w, confidence: 6 }));
    const once = scripted(unsure, ['24727059608']);
    expect(await createOcrDecoder(once.recognizer).decode(frame)).toEqual([]);
    const twice = scripted(unsure, ['24727059608', '24727059608']);
    expect((await createOcrDecoder(twice.recognizer).decode(frame)).map((c) => c.value)).toEqual([
      '24727059608',
    ]);
  });

  it('does not reread rows with few digits', async () => {
    const { recognizer, calls } = scripted(row('令和6年4月1日 〒112'), []);
    expect(await createOcrDecoder(recognizer).decode(frame)).toEqual([]);
    expect(calls).toEqual(['sparse']);
  });

  it('reports every row it is sure of, so a photo with two codes is ambiguous', async () => {
    const { recognizer } = scripted(
      [...row('2472 7059 608', 300), ...row('2484 6016 224', 600)],
      ['24727059608', '24846016224'],
    );
    const found = await createOcrDecoder(recognizer).decode(frame);
    expect(found).toHaveLength(2);
    expect(pickSingle(found)).toEqual({ ok: false, error: 'ambiguous' });
  });

  it('refuses an image whose pixel buffer does not match its size', async () => {
    const { recognizer } = scripted([], []);
    await expect(
      createOcrDecoder(recognizer).decode({ data: new Uint8ClampedArray(10), width: 4, height: 4 }),
    ).rejects.toMatchObject({ code: 'image-invalid' });
  });
});
