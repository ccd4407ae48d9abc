import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WebKitBrowser } from './webkit';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}
declare const axe: { run(context: Document, options: object): Promise<AxeResult> };

/**
 * axe's findings on the page as WebKit renders it, with the rules of the Chromium helper
 * (test/helpers/axe.ts: WCAG 2.2 AA and best practices), one line each.
 */
export async function axeViolationsInWebKit(browser: WebKitBrowser): Promise<string[]> {
  await browser.execute(axeSource);
  return browser.executeAsync((done: (lines: string[]) => void) => {
    void axe
      .run(document, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      })
      .then((results) =>
        done(
          results.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ),
      );
  });
}
