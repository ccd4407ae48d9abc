// Runs every test: unit, server, then the browser tests (Chromium, then WebKit) against a fresh
// production build.
// Prints one closing line "N passed, N failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { webkitMissing } from '../test/helpers/webkit-install';

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
const missingForWebKit = webkitMissing();
if (missingForWebKit) {
  console.error(`The WebKit suite cannot run: ${missingForWebKit}`);
  process.exit(2);
}

mkdirSync('.tmp', { recursive: true });

// The same server suite runs a second time on a real PostgreSQL: the one in DATABASE_URL, or the
// local one `npm run setup` prepares. In CI it must be there; elsewhere its absence is said.
const localPostgres = 'postgres://madoguchi:madoguchi@127.0.0.1:5432/madoguchi';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function serverSuiteOnPostgres(): Promise<void> {
  const url = process.env.DATABASE_URL ?? localPostgres;
  if (await reachable(url)) {
    console.log('\nServer suite again, on PostgreSQL');
    vitest('server', 'server-postgres', { ...process.env, DATABASE_URL: url });
  } else if (process.env.CI) {
    console.error('PostgreSQL is not reachable and CI requires it (npm run setup starts it).');
    broken = true;
  } else {
    console.warn(
      '\nPostgreSQL not reachable: the server suite ran on PGlite only (npm run setup starts one).',
    );
  }
}
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

function vitest(project: string, label = project, env: NodeJS.ProcessEnv = process.env): void {
  const report = `.tmp/vitest-${label}.json`;
  const args = ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json'];
  const ok =
    spawnSync('npx', [...args, `--outputFile.json=${report}`], { stdio: 'inherit', env }).status ===
    0;
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
// First on the embedded PGlite, whatever the environment says.
const withoutPostgres = { ...process.env };
delete withoutPostgres.DATABASE_URL;
vitest('server', 'server', withoutPostgres);
await serverSuiteOnPostgres();
if (run('npx', ['vite', 'build', '--logLevel', 'warn'])) {
  vitest('browser');
  vitest('webkit');
} else broken = true;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
