// npm run papers:png — every page of the seed cities' sample papers as PNG in
// docs/screenshots/papers/, made with `npm run paper` (the app's own print code) and pdftoppm.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs/screenshots/papers');
const samples: [city: string, lang: 'en' | 'ja'][] = [
  ['kanazawa', 'en'],
  ['inagi', 'en'],
  ['bunkyo', 'en'],
  ['kawanishi', 'en'],
  ['kitami', 'en'],
  ['kanazawa', 'ja'],
];

mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) if (file.endsWith('.png')) rmSync(join(outDir, file));
const work = mkdtempSync(join(tmpdir(), 'madoguchi-papers-'));
try {
  for (const [city, lang] of samples) {
    const dir = join(work, `${city}-${lang}`);
    const line = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/paper.ts',
        `test/fixtures/papers/${city}.json`,
        '--out',
        dir,
        '--lang',
        lang,
        '--today',
        '2026-12-06',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const { file, pages } = JSON.parse(line) as { file: string; pages: number };
    execFileSync('pdftoppm', ['-r', '80', '-gray', '-png', file, join(outDir, `${city}-${lang}`)]);
    console.log(`${city} (${lang}): ${pages} pages`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
