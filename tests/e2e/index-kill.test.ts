// Issue 15: the process is killed (SIGKILL) while it writes the saved index,
// then started again. It must start: on the old file or on a rebuild, never
// on a broken file. The write goes to a temporary file renamed into place.
import { spawn } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/bot-process.js';

const WORDS =
  'army bank border budget cabinet ceasefire court crisis currency deal debt drought election embassy export factory farm flood harbour inflation loan market merger minister navy oil parliament pipeline port price protest railway reactor rebel refinery reserve senate shipment strike summit tanker tariff trade treaty union vote wheat'.split(
    ' ',
  );

/** A corpus large enough that writing its index takes a moment: dated articles of varied sentences. */
async function writeCorpus(dir: string, articles: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const word = () => WORDS[next() % WORDS.length] ?? 'news';
  for (let a = 0; a < articles; a++) {
    const paragraphs = Array.from({ length: 6 }, (_, p) =>
      Array.from(
        { length: 4 },
        (_, s) => `The ${word()} of ${word()} ${a}-${p}-${s} met the ${word()} on ${1 + (next() % 28)} March 2020.`,
      ).join(' '),
    );
    await writeFile(
      path.join(dir, `a${String(a).padStart(4, '0')}.txt`),
      `Report ${a} on the ${word()}\n date 2020-03-${String(1 + (a % 28)).padStart(2, '0')}\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  /** Whether a temporary index file existed when the process was killed. */
  killedMidWrite: boolean;
}

/** `npm run cli -- <args>`, killed with SIGKILL as soon as a temporary index file appears (when `kill`). */
function cli(args: string[], env: NodeJS.ProcessEnv, cacheDir: string, kill: boolean): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let killedMidWrite = false;
    let watcher: FSWatcher | undefined;
    if (kill)
      watcher = watch(cacheDir, (_event, name) => {
        if (!killedMidWrite && name && /\.ndx\.tmp-/.test(name)) {
          killedMidWrite = true;
          child.kill('SIGKILL');
        }
      });
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      resolve({ code, signal, output, killedMidWrite });
    });
  });
}

describe('killed while writing the saved index', () => {
  let dir: string;
  let corpus: string;
  let cache: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-kill-'));
    corpus = path.join(dir, 'corpus');
    cache = path.join(dir, 'cache');
    await mkdir(cache, { recursive: true });
    await writeCorpus(corpus, 300);
    env = { PATH: process.env.PATH, HOME: process.env.HOME, CORPUS_DIR: corpus, CACHE_DIR: cache, LOG_LEVEL: 'warn' };
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const indexFiles = async () => (await readdir(cache)).filter((f) => /^index-[0-9a-f]+\.ndx$/.test(f));

  it('starts again on a rebuild when there was no saved index', async () => {
    const killed = await cli(['index', '--force'], env, cache, true);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.killedMidWrite).toBe(true);
    // The write did not finish: no index file under its real name, only (perhaps) a temporary one.
    expect(await indexFiles()).toEqual([]);

    const again = await cli(['ask', 'What did the minister of the harbour meet?'], env, cache, false);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/\[1\]|couldn't find/i);
    expect(await indexFiles()).toHaveLength(1);
    // Started again, and this time from the file the last run saved.
    const third = await cli(['index'], env, cache, false);
    expect(third.code, third.output).toBe(0);
    expect(third.output).toMatch(/up to date/);
  }, 240_000);

  it('starts again on the old file when a rebuild was killed while saving', async () => {
    const before = await indexFiles();
    expect(before).toHaveLength(1);
    // A new article: the next start rebuilds, and is killed while it saves the new index.
    const extra = path.join(corpus, 'zz-extra.txt');
    await writeFile(
      extra,
      'Extra report\n date 2020-03-30\n\nThe tanker of the harbour met the navy on 30 March 2020.\n',
    );
    const killed = await cli(['index'], env, cache, true);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.killedMidWrite).toBe(true);
    expect(await indexFiles()).toEqual(before);
    // The article taken away again: the old file is whole, and the start uses it.
    await rm(extra);
    const again = await cli(['index'], env, cache, false);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/up to date/);
    expect(again.output).toContain(before[0]);
  }, 240_000);
});
