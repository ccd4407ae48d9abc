// Print benchmark (Node): time to the first PDF from a cold process, warm renders, bytes per paper.
// Prints figures only.   node --import tsx bench/print/run.ts
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { renderPapers } from '../../src/print';
import { font, loadFixture, seedCities, TODAY } from '../../test/unit/print/fixtures';

const root = resolve(import.meta.dirname, '../..');

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()[0]?.toFixed(1)}`,
);

// Cold: a new process each time (module import + font read + first render, one paper).
const colds = Array.from({ length: 3 }, () => {
  const line = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/print/cold.ts', 'kitami'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return JSON.parse(line) as {
    importMs: number;
    fontReadMs: number;
    firstPdfMs: number;
    totalMs: number;
  };
});
console.log(
  `cold (median of 3 processes): import ${fmt(median(colds.map((c) => c.importMs)))}, ` +
    `font read ${fmt(median(colds.map((c) => c.fontReadMs)))}, ` +
    `first PDF ${fmt(median(colds.map((c) => c.firstPdfMs)))}, ` +
    `total ${fmt(median(colds.map((c) => c.totalMs)))}`,
);

// Warm: module loaded and font bytes in memory; each paper still embeds and subsets the font.
await font();
for (const city of seedCities) {
  const { payload, municipality, household } = loadFixture(city);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 8; i += 1) {
    const startedAt = performance.now();
    const pdf = await renderPapers(payload, municipality, {
      captionLocale: 'en',
      household,
      fontBytes: font,
      today: TODAY,
    });
    times.push(performance.now() - startedAt);
    bytes = pdf.length;
  }
  console.log(
    `warm ${city.padEnd(9)}: median ${fmt(median(times))}, min ${fmt(Math.min(...times))}; ` +
      `${(bytes / 1024).toFixed(1)} KB`,
  );
}
