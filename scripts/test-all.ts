// Runs every test: unit, server, then the browser tests against a fresh production build.
// Prints one closing line "N passed, N failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromiumPaths = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
if (!chromiumPaths.some((path) => path && existsSync(path))) {
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium   (or: npm run setup)\n' +
      '  Elsewhere: set CHROME_PATH to a Chromium or Chrome binary.',
  );
  process.exit(2);
}

mkdirSync('.tmp', { recursive: true });
let passed = 0;
let failed = 0;
let broken = false;

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

interface VitestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
}

function vitest(project: string): void {
  const report = `.tmp/vitest-${project}.json`;
  const ok = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8')) as VitestSummary;
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    if (summary.numTotalTests === 0) broken = true;
  } else {
    broken = true;
  }
  if (!ok) broken = true;
}

vitest('unit');
vitest('server');
if (run('npx', ['vite', 'build', '--logLevel', 'warn'])) vitest('browser');
else broken = true;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
