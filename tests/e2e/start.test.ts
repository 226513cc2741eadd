// npm start as a new user runs it: bin/start.mjs compiles src/ to plain
// JavaScript (dist/) when a source changed, then runs it; without a token,
// the console answers questions from stdin.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runWithInput } from '../support/bot-process.js';

const cache = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-start-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const start = (stdin: string) =>
  runWithInput(
    process.execPath,
    ['bin/start.mjs'],
    stdin,
    { PATH: process.env.PATH, HOME: process.env.HOME, CORPUS_DIR: 'corpus', CACHE_DIR: cache },
    120_000,
  );

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
