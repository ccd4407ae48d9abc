// The two scripts end to end: generate fixtures on disk, then read them back with scan-image.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBarcodeDecoder, type ScanImage } from '../../../src/scan';

const run = promisify(execFile);
const node = (script: string, args: string[]) =>
  run(process.execPath, ['--import', 'tsx', script, ...args], { maxBuffer: 1 << 24 });

interface Manifest {
  items: { file: string; kind: string; value: string; expect: string }[];
  clips: {
    file: string;
    kind: string;
    value: string;
    frames: number;
    width: number;
    height: number;
  }[];
}

let dir: string;
let manifest: Manifest;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'madoguchi-scan-'));
  await node('scripts/fixtures/generate.ts', [
    ...['--count', '3', '--cards', '1', '--bad-check', '1', '--clips', '2', '--frames', '4'],
    ...['--seed', '11', '--out', dir],
  ]);
  manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** RGBA of one frame of a Y4M clip (studio-range BT.601, the inverse of the generator's). */
function y4mFrame(bytes: Buffer, index: number): ScanImage {
  const header = bytes.subarray(0, bytes.indexOf(0x0a)).toString('latin1');
  const width = Number(/ W(\d+)/u.exec(header)?.[1]);
  const height = Number(/ H(\d+)/u.exec(header)?.[1]);
  const frameSize = (width * height * 3) / 2;
  const start = header.length + 1 + index * (6 + frameSize) + 6;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const c = (bytes[start + y * width + x] ?? 0) - 16;
      const ci = start + width * height + (y >> 1) * (width >> 1) + (x >> 1);
      const d = (bytes[ci] ?? 0) - 128;
      const e = (bytes[ci + (width * height) / 4] ?? 0) - 128;
      const o = (y * width + x) * 4;
      data[o] = 1.164 * c + 1.596 * e;
      data[o + 1] = 1.164 * c - 0.392 * d - 0.813 * e;
      data[o + 2] = 1.164 * c + 2.017 * d;
      data[o + 3] = 255;
    }
  }
  return { data, width, height };
}

describe('scripts/fixtures/generate.ts', () => {
  it('writes the images and clips its manifest lists', async () => {
    expect(manifest.items.map((i) => i.expect)).toEqual([
      'clean',
      'clean',
      'clean',
      'needs-confirmation',
      'clean',
    ]);
    for (const item of manifest.items)
      expect((await stat(join(dir, item.file))).size).toBeGreaterThan(10_000);
    for (const clip of manifest.clips) {
      const header = `YUV4MPEG2 W640 H480 F5:1 Ip A1:1 C420jpeg\n`;
      const bytes = await readFile(join(dir, clip.file));
      expect(bytes.subarray(0, header.length).toString('latin1')).toBe(header);
      expect(bytes.length).toBe(header.length + clip.frames * (6 + (640 * 480 * 3) / 2));
    }
  });

  it('puts a readable QR code in the card clip once the camera has focused', async () => {
    const clip = manifest.clips.find((c) => c.kind === 'individual-number');
    expect(clip).toBeDefined();
    const frame = y4mFrame(await readFile(join(dir, clip?.file ?? '')), (clip?.frames ?? 1) - 1);
    const found = await createBarcodeDecoder({ engine: 'zxing' }).decode(frame);
    expect(found.map((c) => c.value)).toEqual([clip?.value]);
  });
});

describe('scripts/scan-image.ts', { timeout: 120_000 }, () => {
  it('prints one JSON line per file, and nothing else on stdout', async () => {
    const junk = join(dir, 'not-an-image.png');
    await writeFile(junk, 'hello');
    const files = [...manifest.items.map((i) => join(dir, i.file)), junk];
    const { stdout } = await node('scripts/scan-image.ts', files);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(files.length);
    expect(lines.at(-1)).toEqual({ file: junk, error: 'unreadable-file' });
    manifest.items.forEach((item, i) => {
      expect(lines[i]).toEqual({
        file: join(dir, item.file),
        kind: item.kind,
        value: item.value,
        warnings: item.expect === 'clean' ? [] : ['check-digit'],
        needsConfirmation: item.expect !== 'clean',
      });
    });
  });
});
