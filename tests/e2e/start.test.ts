// npm start as a new user runs it: bin/start.mjs compiles src/ to plain
// JavaScript (dist/) when a source changed, then runs it; without a token,
// the console answers questions from stdin.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cache = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-start-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

function start(stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/start.mjs'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CORPUS_DIR: 'corpus', CACHE_DIR: cache },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

describe('npm start (bin/start.mjs)', () => {
  it('runs the compiled engine: the console answers with a cited excerpt, and a second start does not recompile', async () => {
    const first = await start('How many Canadian troops are in Iraq?\n');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/troops/i);
    expect(first.stdout).toMatch(/searched \d+ passages in 4 articles/);
    const stamp = path.join(ROOT, 'dist', '.compiled.json');
    const compiledAt = statSync(stamp).mtimeMs;
    expect(statSync(path.join(ROOT, 'dist', 'src', 'index.js')).isFile()).toBe(true);
    const second = await start('embasy\n');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/couldn.t find .*embasy[^]*embassy/i);
    expect(statSync(stamp).mtimeMs).toBe(compiledAt);
  }, 180_000);
});
