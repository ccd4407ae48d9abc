// One cold start in a fresh Node process: load the print module, read the font, render one paper.
// Run by bench/print/run.ts; prints one JSON line of timings in ms.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const city = process.argv[2] ?? 'kitami';
const start = performance.now();
const print = await import('../../src/print/index');
const domain = await import('../../src/domain/procedures/application-payload');
const { findSeedMunicipality } = await import('../../src/domain/municipalities/seeds');
const imported = performance.now();
const fontFile = await readFile(resolve(root, print.PAPER_FONT.packageFile));
const font = new Uint8Array(fontFile);
const fontRead = performance.now();
const { household, ...application } = JSON.parse(
  await readFile(resolve(root, `test/fixtures/papers/${city}.json`), 'utf8'),
) as Record<string, unknown>;
const payload = domain.applicationPayloadSchema.parse(application);
const municipality = findSeedMunicipality(payload.municipalityCode);
if (!municipality) throw new Error('not a seed city');
const pdf = await print.renderPapers(payload, municipality, {
  captionLocale: 'en',
  household: household as Parameters<typeof print.renderPapers>[2]['household'],
  fontBytes: () => Promise.resolve(font),
  today: '2026-12-06',
});
const done = performance.now();
console.log(
  JSON.stringify({
    importMs: imported - start,
    fontReadMs: fontRead - imported,
    firstPdfMs: done - fontRead,
    totalMs: done - start,
    bytes: pdf.length,
  }),
);
