import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureFile } from './fixtures';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'madoguchi-paper-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function paper(args: string[]) {
  try {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/paper.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

// Each run starts Node with tsx: seconds on a busy two-core machine.
describe('npm run paper', { timeout: 60_000 }, () => {
  it('renders paper.pdf and prints one JSON line with its pages and size', async () => {
    const out = join(work, 'bunkyo');
    const { code, stdout } = await paper([fixtureFile('bunkyo'), '--out', out, '--lang', 'ja']);
    expect(code).toBe(0);
    const line = JSON.parse(stdout) as { file: string; pages: number; bytes: number };
    expect(line).toEqual({
      file: join(out, 'paper.pdf'),
      pages: 4,
      bytes: statSync(line.file).size,
    });
    expect(readFileSync(line.file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('names the problems of an invalid application, exits 2, and echoes no personal value', async () => {
    const application = JSON.parse(readFileSync(fixtureFile('bunkyo'), 'utf8')) as Record<
      string,
      unknown
    >;
    // Bunkyo refuses a copy with the Individual Number to a proxy.
    application.show = { ...(application.show as object), individualNumber: true };
    const input = join(work, 'invalid.json');
    writeFileSync(input, JSON.stringify(application));
    const { code, stdout } = await paper([input, '--out', join(work, 'invalid')]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      error: 'invalid-application',
      problems: [{ path: ['show', 'individualNumber'], reason: 'number-copy-not-for-proxy' }],
    });
    expect(stdout).not.toContain('髙橋');
  });

  it('rejects household details that are not kana', async () => {
    const application = JSON.parse(readFileSync(fixtureFile('kanazawa'), 'utf8')) as Record<
      string,
      unknown
    >;
    application.household = { householdHeadFurigana: 'Kitamura' };
    const input = join(work, 'bad-household.json');
    writeFileSync(input, JSON.stringify(application));
    const { code, stdout } = await paper([input, '--out', join(work, 'bad')]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({ error: 'invalid-household' });
    expect(stdout).not.toContain('Kitamura');
  });
});
