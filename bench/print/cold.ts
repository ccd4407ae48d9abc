// One cold start in a fresh Node process: load the print module, read the font, render one paper.
// Run by bench/print/run.ts; prints one JSON line of timings in ms.
const start = performance.now();
const print = await import('../../src/print');
const { loadFixture, TODAY } = await import('../../test/unit/print/fixtures');
const { paperFontFromDisk } = await import('../../scripts/paper-font');
const imported = performance.now();
const fontBytes = paperFontFromDisk();
await fontBytes();
const fontRead = performance.now();
const { payload, municipality, household } = loadFixture(process.argv[2] ?? 'kitami');
const pdf = await print.renderPapers(payload, municipality, {
  captionLocale: 'en',
  household,
  fontBytes,
  today: TODAY,
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
