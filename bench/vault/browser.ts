// The unlock as a person feels it: in Chromium, from pressing "Unlock" to the open app, with the
// default Argon2id parameters, on the production build. Prints figures only.
//   npm run build && node --import tsx bench/vault/browser.ts
import { launchChromium } from '../../test/helpers/chromium';
import { distDir, startServer } from '../../test/helpers/server';
import { AppPage } from '../../test/e2e/pages/app-page';

const runs = 5;
const server = await startServer({ staticDir: distDir });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ locale: 'en-US' });
  const app = await AppPage.open(context, server.url);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await app.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await app.page.getByLabel('Passphrase', { exact: true }).fill('test passphrase for madoguchi');
    const start = performance.now();
    await app.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await app.waitUntilOpen();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `Chromium unlock, ${runs} runs: median ${times[Math.floor(runs / 2)]!.toFixed(0)} ms, ` +
      `min ${times[0]!.toFixed(0)} ms, max ${times[runs - 1]!.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  await server.close();
}
