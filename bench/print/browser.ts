// Print benchmark in Chromium: the print module built for the browser (minified, as a lazy chunk
// would be), the font fetched from our origin. Time to the first PDF (font cold: fetched and
// parsed) and warm, bytes per paper, and the module's size. Prints figures only.
//   node --import tsx bench/print/browser.ts
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { PAPER_FONT } from '../../src/print/font/font-asset';
import { launchChromium } from '../../test/helpers/chromium';
import { loadFixture, seedCities, TODAY } from '../../test/unit/print/fixtures';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, '.tmp/bench-print');

await build({
  configFile: false,
  logLevel: 'warn',
  root,
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'browser-entry.ts'),
      formats: ['es'],
      fileName: 'bench',
    },
  },
});
const bundle = readFileSync(resolve(outDir, 'bench.js'));
console.log(
  `print module for the browser: ${(bundle.length / 1024).toFixed(0)} KB, ` +
    `${(gzipSync(bundle).length / 1024).toFixed(0)} KB gzip; font ${(statSync(resolve(root, PAPER_FONT.packageFile)).size / 1024 / 1024).toFixed(1)} MB`,
);

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  if (url === PAPER_FONT.url) {
    response.setHeader('content-type', 'font/ttf');
    createReadStream(resolve(root, PAPER_FONT.packageFile)).pipe(response);
  } else if (url === '/bench.js') {
    response.setHeader('content-type', 'text/javascript');
    response.end(bundle);
  } else {
    response.setHeader('content-type', 'text/html');
    response.end('<!doctype html><meta charset="utf-8"><title>print bench</title>');
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await launchChromium();
try {
  for (const round of [1, 2, 3]) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(base);
    const importMs = await page.evaluate(async (url) => {
      const start = performance.now();
      await import(url);
      return performance.now() - start;
    }, '/bench.js');
    const times: { city: string; ms: number; bytes: number }[] = [];
    for (const city of [...seedCities, ...seedCities]) {
      const { payload, municipality, household } = loadFixture(city);
      const args = [payload, municipality, { captionLocale: 'en', household, today: TODAY }];
      const result = await page.evaluate(
        (input) =>
          (
            globalThis as unknown as {
              timeOne: (a: unknown) => Promise<{ ms: number; bytes: number }>;
            }
          ).timeOne(input),
        args,
      );
      times.push({ city, ...result });
    }
    const [first, ...rest] = times;
    const warm = rest.map((t) => t.ms).toSorted((a, b) => a - b);
    console.log(
      `round ${round}: module import ${importMs.toFixed(0)} ms; first PDF (font fetched + parsed) ` +
        `${first!.ms.toFixed(0)} ms; warm median ${warm[Math.floor(warm.length / 2)]!.toFixed(0)} ms, ` +
        `min ${warm[0]!.toFixed(0)} ms, max ${warm[warm.length - 1]!.toFixed(0)} ms`,
    );
    if (round === 1) {
      console.log(
        `bytes: ${times
          .slice(0, 5)
          .map((t) => `${t.city} ${(t.bytes / 1024).toFixed(1)} KB`)
          .join(', ')}`,
      );
    }
    await page.context().close();
  }
} finally {
  await browser.close();
  server.close();
}
