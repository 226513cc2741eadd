// Broken corpus files, one of each kind the issue lists: each is skipped with
// exactly one warning naming the file and the reason, and the rest load.
import { unlinkSync } from 'node:fs';
import { chmod, mkdtemp, mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import type * as Fs from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus, MAX_FILE_BYTES } from '../../src/corpus/load.js';
import type { CorpusWarning } from '../../src/corpus/types.js';

// Root reads a chmod-000 file anyway, so an unreadable file is also simulated
// by making the read itself fail with EACCES for files named "forbidden-*".
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    readFile: (async (file: Parameters<typeof real.readFile>[0], ...rest: never[]) => {
      const name = typeof file === 'string' ? file : file instanceof URL ? file.pathname : '';
      if (name.includes('forbidden-'))
        throw Object.assign(new Error(`EACCES: permission denied, open '${name}'`), { code: 'EACCES' });
      return real.readFile(file, ...rest);
    }) as typeof real.readFile,
  };
});

// The loader reads synchronously (async reads left the CPU idle during builds): fail that read too.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof Fs>();
  const readFileSync = ((file: Parameters<typeof real.readFileSync>[0], ...rest: never[]) => {
    const name = typeof file === 'string' ? file : file instanceof URL ? file.pathname : '';
    if (name.includes('forbidden-'))
      throw Object.assign(new Error(`EACCES: permission denied, open '${name}'`), { code: 'EACCES' });
    return real.readFileSync(file, ...rest);
  }) as typeof real.readFileSync;
  return { ...real, default: { ...real, readFileSync }, readFileSync };
});

const GOOD = 'Rocket fire hit the air base on Friday night. Nobody was hurt in the attack, officials said.\n';
const OTHER = 'The council met again in March. Dealers said the market would stay quiet until then.\n';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-faults-'));
  dirs.push(dir);
  return dir;
}

async function load(dir: string) {
  const seen: CorpusWarning[] = [];
  const corpus = await loadCorpus(dir, { onWarning: (w) => seen.push(w) });
  // One warning per file, and the callback saw exactly what the corpus records.
  expect(seen).toEqual(corpus.warnings);
  expect(new Set(seen.map((w) => w.file)).size).toBe(seen.length);
  return { corpus, reasons: Object.fromEntries(seen.map((w) => [w.file, w.reason])) };
}

describe('corpus faults', () => {
  it('skips every kind of broken file with one warning each and loads the rest', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'good-1.txt'), ` date 2020-01-06\n${GOOD}`);
    await writeFile(path.join(dir, 'good-2.md'), OTHER);
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 8, 0xff, 0x00]));
    await writeFile(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners said prices rose.', 'latin1'));
    await writeFile(path.join(dir, 'misdated.txt'), ` date 2020-13-45\n${GOOD}`);
    // 50 MB without writing 50 MB: a sparse file.
    await writeFile(path.join(dir, 'huge.txt'), GOOD);
    await truncate(path.join(dir, 'huge.txt'), 50 * 1024 * 1024);
    await writeFile(path.join(dir, 'forbidden-secret.txt'), GOOD);
    await symlink(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    await symlink('loop-a.txt', path.join(dir, 'loop-b.txt'));
    await symlink('loop-b.txt', path.join(dir, 'loop-a.txt'));
    await mkdir(path.join(dir, 'sub'));
    await symlink('..', path.join(dir, 'sub', 'up')); // a folder loop: walked once, not forever

    const { corpus, reasons } = await load(dir);
    expect(corpus.documents.map((d) => d.file)).toEqual(['good-1.txt', 'good-2.md']);
    expect(Object.keys(reasons).sort()).toEqual(
      [
        'binary.txt',
        'dangling.txt',
        'empty.txt',
        'forbidden-secret.txt',
        'huge.txt',
        'latin1.txt',
        'loop-a.txt',
        'loop-b.txt',
        'misdated.txt',
      ].sort(),
    );
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['misdated.txt']).toMatch(/date.*2020-13-45/);
    expect(reasons['huge.txt']).toMatch(/too large \(50\.0 MB/);
    expect(reasons['forbidden-secret.txt']).toMatch(/permission denied/);
    expect(reasons['dangling.txt']).toMatch(/broken link.*(not found|dangling)/);
    expect(reasons['loop-a.txt']).toMatch(/loop/);
    expect(reasons['loop-b.txt']).toMatch(/loop/);
  });

  it('never reads a file over the size limit (it is judged by its size alone)', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'ok.txt'), GOOD);
    await writeFile(path.join(dir, 'just-over.txt'), GOOD);
    await truncate(path.join(dir, 'just-over.txt'), MAX_FILE_BYTES + 1);
    const { corpus, reasons } = await load(dir);
    expect(corpus.documents).toHaveLength(1);
    expect(reasons['just-over.txt']).toMatch(/too large/);
  });

  it.skipIf(process.getuid?.() === 0)('skips a file without read permission (chmod 000)', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'ok.txt'), GOOD);
    await writeFile(path.join(dir, 'locked.txt'), OTHER);
    await chmod(path.join(dir, 'locked.txt'), 0o000);
    const { corpus, reasons } = await load(dir);
    expect(corpus.documents).toHaveLength(1);
    expect(reasons['locked.txt']).toMatch(/permission denied/);
  });

  it('skips a file that disappears between listing and reading', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.txt'), GOOD);
    await writeFile(path.join(dir, 'b.txt'), OTHER);
    await writeFile(path.join(dir, 'c.txt'), 'A third article about the harbour reopening on Monday morning.\n');
    let removed = false;
    const seen: CorpusWarning[] = [];
    const corpus = await loadCorpus(dir, {
      onWarning: (w) => seen.push(w),
      // After the first file is read, another one vanishes (an editor's save, a sync client).
      onProgress: () => {
        if (removed) return;
        removed = true;
        unlinkSync(path.join(dir, 'b.txt'));
      },
    });
    expect(corpus.documents.map((d) => d.file)).toEqual(['a.txt', 'c.txt']);
    expect(seen).toEqual([{ file: 'b.txt', reason: expect.stringMatching(/not found|deleted/) as string }]);
  });

  it('loads nothing, without throwing, from a folder of only broken files', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'misdated.txt'), ` date 2020-13-45\n${GOOD}`);
    const { corpus } = await load(dir);
    expect(corpus.documents).toEqual([]);
    expect(corpus.warnings).toHaveLength(2);
  });
});
