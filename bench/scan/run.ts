// Scanning benchmark on generated photos: how often each decoder reads right, wrong or not at all,
// and how long it takes. Prints figures only; it asserts nothing about time.
//   node --import tsx bench/scan/run.ts [--count 200] [--cards 50] [--camera 20] [--seed 1]
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { createBarcodeDecoder, createTesseractDecoder, type FrameDecoder } from '../../src/scan';
import { makeCard, makeSlip, type Fixture } from '../../scripts/fixtures/fixtures';
import { nodeTesseractFiles } from '../../scripts/fixtures/node-io';
import { measureClips } from './clips';

type Outcome = 'correct' | 'wrong' | 'flagged' | 'unread';

interface Tally {
  readonly label: string;
  readonly outcomes: Record<Outcome, number>;
  readonly ms: number[];
}

/**
 * How one decode ended against the truth. `wrong` is a clean value that is not the truth. With
 * `expectNothing` (a QR decoder on a slip) anything found is wrong and nothing is correct.
 */
function judge(
  fixture: Fixture,
  found: Awaited<ReturnType<FrameDecoder['decode']>>,
  expectNothing: boolean,
): Outcome {
  if (expectNothing) return found.length === 0 ? 'correct' : 'wrong';
  const mine = found.filter((c) => c.kind === fixture.kind);
  const clean = mine.filter((c) => !c.needsConfirmation);
  if (clean.some((c) => c.value !== fixture.value)) return 'wrong';
  if (fixture.expect === 'clean') {
    if (clean.length > 0) return 'correct';
    return mine.length > 0 ? 'flagged' : 'unread';
  }
  // A printed code with a bad check digit: correct means read and flagged.
  return mine.some((c) => c.value === fixture.value)
    ? 'correct'
    : mine.length > 0
      ? 'flagged'
      : 'unread';
}

async function measure(
  label: string,
  decoder: FrameDecoder,
  count: number,
  make: (index: number) => Fixture,
  expectNothing = false,
): Promise<Tally> {
  const tally: Tally = { label, outcomes: { correct: 0, wrong: 0, flagged: 0, unread: 0 }, ms: [] };
  for (let i = 0; i < count; i += 1) {
    const fixture = make(i);
    const start = performance.now();
    const found = await decoder.decode(fixture.image);
    tally.ms.push(performance.now() - start);
    const outcome = judge(fixture, found, expectNothing);
    tally.outcomes[outcome] += 1;
    if (outcome !== 'correct') {
      // Conditions only, never the numbers (synthetic, but the habit matters).
      console.error(`${label} #${i}: ${outcome} ${JSON.stringify(fixture.conditions)}`);
    }
    process.stderr.write(`\r${label}: ${i + 1}/${count}   `);
  }
  process.stderr.write('\n');
  return tally;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function printTable(tallies: readonly Tally[]): void {
  const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
  const header = ['set', 'n', 'correct', 'wrong', 'flagged', 'unread', 'median ms', 'p90 ms'];
  const rows = tallies.map((t) => {
    const n = t.ms.length;
    const { correct, wrong, flagged, unread } = t.outcomes;
    return [
      t.label,
      String(n),
      pct(correct, n),
      String(wrong),
      String(flagged),
      pct(unread, n),
      quantile(t.ms, 0.5).toFixed(0),
      quantile(t.ms, 0.9).toFixed(0),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(format(row));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '200' },
      cards: { type: 'string', default: '50' },
      camera: { type: 'string', default: '20' },
      clips: { type: 'string', default: '10' },
      'bad-check': { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
    },
  });
  const [count, cards, camera, badChecks, seed] = [
    values.count,
    values.cards,
    values.camera,
    values['bad-check'],
    values.seed,
  ].map(Number) as [number, number, number, number, number];
  const files = nodeTesseractFiles();
  if (!files) throw new Error('ocr-data-missing: see docs/scan.md');
  const tesseract = createTesseractDecoder(files);
  const zxing = createBarcodeDecoder({ engine: 'zxing' });
  // Load the worker, language data and zxing before the clock starts.
  await Promise.all([tesseract.prepare(), zxing.prepare()]);

  const tallies = [
    await measure('slips 1280×960, tesseract', tesseract, count, (i) => makeSlip(seed, i)),
    await measure('bad check digit, tesseract', tesseract, badChecks, (i) =>
      makeSlip(seed, 10_000 + i, { badCheck: true }),
    ),
    await measure('camera 640×480, tesseract', tesseract, camera, (i) =>
      makeSlip(seed, 20_000 + i, { width: 640, height: 480 }),
    ),
    await measure('card backs 1280×960, zxing', zxing, cards, (i) => makeCard(seed, i)),
    // What trying the QR first costs on every slip frame, where there is none.
    await measure(
      'slips (no QR, correct = nothing), zxing',
      zxing,
      Math.min(count, 50),
      (i) => makeSlip(seed, i),
      true,
    ),
  ];
  const clips = await measureClips([zxing, tesseract], seed, Number(values.clips));
  await tesseract.dispose();
  await zxing.dispose();

  const cpu = cpus();
  console.log(`Scan benchmark, ${new Date().toISOString().slice(0, 10)}, seed ${seed}`);
  console.log(
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  console.log(`Language data: ${files.langPath}${files.gzip ? ' (gz)' : ''}`);
  console.log('');
  printTable(tallies);
  console.log('');
  const clipCount = clips.correct + clips.wrong + clips.unread;
  console.log(
    `Clips 640×480 (QR then OCR, frames voting): ${clips.correct}/${clipCount} read correctly, ` +
      `${clips.wrong} wrong, ${clips.unread} unread; median time to a correct read ` +
      `${Math.round(quantile(clips.msToRead, 0.5))} ms, p90 ${Math.round(quantile(clips.msToRead, 0.9))} ms`,
  );
  console.log('');
  console.log(
    'wrong = a clean value that is not the truth (must be 0); flagged = a misread that the',
  );
  console.log(
    'check digit caught and marked needsConfirmation; ms = decode time of one image/frame.',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
