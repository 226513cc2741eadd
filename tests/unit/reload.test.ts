// Hot reload without Discord: rebuild beside the running engine, swap whole,
// report what changed, keep the old engine when a rebuild fails, and notice
// changes in the folder by itself.
import { mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { EngineHolder, Reloader, type ReloadOutcome } from '../../src/engine/reload.js';

const quiet = pino({ level: 'silent' });
const A = 'Rocket fire hit the air base on Friday night. Nobody was hurt in the attack, officials said.\n';
const B = 'The council met again in March. Dealers said the market would stay quiet until then.\n';
const C = 'Ferries ran again by noon after the harbour reopened on Monday following the storm.\n';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function setup(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-reload-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const build = async () => {
    const engine = await Engine.build(dir);
    if (engine.corpus.documents.length === 0) throw new Error(`no usable articles in ${dir}`);
    return engine;
  };
  const holder = new EngineHolder(await build());
  const reloader = new Reloader({ holder, build, log: quiet, dir, debounceMs: 150 });
  return { dir, holder, reloader };
}

const okReport = (o: ReloadOutcome) => {
  if (!o.ok) throw new Error(`reload failed: ${o.reason}`);
  return o.report;
};

describe('Reloader', () => {
  it('reports added, removed and changed files, and swaps in the new engine', async () => {
    const { dir, holder, reloader } = await setup({ 'a.txt': A, 'b.txt': B });
    const before = holder.current;
    await writeFile(path.join(dir, 'c.txt'), C);
    await unlink(path.join(dir, 'a.txt'));
    await writeFile(path.join(dir, 'b.txt'), `${B}\nA second paragraph about the council's next meeting in April.\n`);
    const r = okReport(await reloader.reload('command'));
    expect(r.added).toEqual(['c.txt']);
    expect(r.removed).toEqual(['a.txt']);
    expect(r.changed).toEqual(['b.txt']);
    expect(r.documents).toBe(2);
    expect(r.passages).toBe(holder.current.corpus.passages.length);
    expect(r.ms).toBeGreaterThanOrEqual(0);
    expect(holder.current).not.toBe(before);
    // The old engine still answers from the old text (for questions in flight).
    expect(before.corpus.documents.map((d) => d.file)).toEqual(['a.txt', 'b.txt']);
    expect(holder.current.ask('When did the ferries run again?').kind).toBe('answer');
  });

  it('reports nothing changed when nothing did', async () => {
    const { reloader } = await setup({ 'a.txt': A });
    const r = okReport(await reloader.reload('command'));
    expect([r.added, r.removed, r.changed]).toEqual([[], [], []]);
  });

  it('keeps the old engine and says why when the rebuild fails', async () => {
    const { dir, holder, reloader } = await setup({ 'a.txt': A });
    const before = holder.current;
    await unlink(path.join(dir, 'a.txt'));
    await writeFile(path.join(dir, 'broken.txt'), '');
    const o = await reloader.reload('command');
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.reason).toMatch(/no usable articles/);
    expect(holder.current).toBe(before);
  });

  it('runs one rebuild at a time; requests during a rebuild share one follow-up', async () => {
    const { holder, reloader } = await setup({ 'a.txt': A });
    let builds = 0;
    let running = 0;
    let overlap = false;
    const slow = new Reloader({
      holder,
      log: quiet,
      dir: '.',
      build: async () => {
        builds++;
        running++;
        if (running > 1) overlap = true;
        await new Promise((r) => setTimeout(r, 50));
        running--;
        return holder.current;
      },
    });
    const first = slow.reload('command');
    expect(slow.reload('watch')).toBe(first); // not started yet: it will see this change too
    await new Promise((r) => setTimeout(r, 10)); // now it is running
    const second = slow.reload('command');
    const third = slow.reload('watch');
    expect(second).toBe(third);
    await Promise.all([first, second, third]);
    expect(builds).toBe(2);
    expect(overlap).toBe(false);
    reloader.close();
  });

  it('rebuilds by itself after files change in the watched folder (debounced: one rebuild)', async () => {
    const { dir, holder, reloader } = await setup({ 'a.txt': A });
    // A symbolic link loop must not stop the watching (Node's recursive watcher fails on one).
    await symlink('loop-b.txt', path.join(dir, 'loop-a.txt'));
    await symlink('loop-a.txt', path.join(dir, 'loop-b.txt'));
    await mkdir(path.join(dir, 'sub'));
    const before = holder.current;
    reloader.watch();
    try {
      await new Promise((r) => setTimeout(r, 100));
      await writeFile(path.join(dir, 'b.txt'), B);
      await writeFile(path.join(dir, 'sub', 'c.txt'), C);
      const deadline = Date.now() + 10_000;
      while (holder.current === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(holder.current).not.toBe(before);
      // Both writes fell in one debounce window, or a second rebuild followed: either way the end state has both.
      await new Promise((r) => setTimeout(r, 600));
      expect(holder.current.corpus.documents.map((d) => d.file)).toEqual(['a.txt', 'b.txt', 'sub/c.txt']);
      // A change inside the subfolder alone is noticed too.
      const second = holder.current;
      await writeFile(path.join(dir, 'sub', 'c.txt'), `${C}\nThe ferries ran late again on Tuesday.\n`);
      while (holder.current === second && Date.now() < deadline + 10_000) await new Promise((r) => setTimeout(r, 50));
      expect(holder.current).not.toBe(second);
    } finally {
      reloader.close();
    }
  });
});

describe('Engine answer cache', () => {
  it('gives the very same result to a repeated question', async () => {
    const { holder } = await setup({ 'a.txt': A, 'b.txt': B });
    const first = holder.current.ask('What hit the air base?');
    expect(holder.current.ask('What hit the air base?')).toBe(first);
  });
});
