// Lighthouse (mobile, default throttling) against the production build served by the API.
// Prints the category scores; run with `npm run lighthouse`. Figures go in docs/performance.md.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../test/helpers/chromium';
import { distDir, startServer } from '../test/helpers/server';

const paths =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/applications', '/settings'];
const server = await startServer({ staticDir: distDir });
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: chromiumArgs,
});
try {
  for (const path of paths) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (result?.lhr.runtimeError)
      console.log(`${path}: Lighthouse could not measure (${result.lhr.runtimeError.code})`);
    const categories = result?.lhr.categories ?? {};
    const scores = Object.values(categories).map(
      (c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`,
    );
    console.log(`${path}: ${scores.join(' · ')}`);
    const audits = result?.lhr.audits ?? {};
    for (const id of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ]) {
      const audit = audits[id];
      if (audit) console.log(`  ${audit.title}: ${audit.displayValue ?? ''}`);
    }
    for (const audit of Object.values(audits)) {
      if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
        console.log(`  failing: ${audit.id}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
