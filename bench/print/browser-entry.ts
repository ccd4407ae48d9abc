// The print module as the app loads it, for bench/print/browser.ts: font from our origin.
import { fontFromOrigin, renderPapers } from '../../src/print';

const fontBytes = fontFromOrigin();

async function timeOne(args: Parameters<typeof renderPapers>) {
  const start = performance.now();
  const pdf = await renderPapers(args[0], args[1], { ...args[2], fontBytes });
  return { ms: performance.now() - start, bytes: pdf.length };
}

Object.assign(globalThis, { timeOne });
