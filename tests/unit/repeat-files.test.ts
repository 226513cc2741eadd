// Files that only repeat other files are not faults: they are indexed once,
// and reported in one warning for all of them rather than one line each
// (a wire archive holds hundreds of re-sent stories).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { CorpusWarning } from '../../src/corpus/types.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const STORY =
  ' date 1987-03-02\nWHEAT EXPORTS RISE\nWheat exports from the port rose sharply in February, traders said.\n';

it('reports whole-file repeats in one warning, and still warns per broken file', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-repeats-'));
  dirs.push(dir);
  await writeFile(path.join(dir, 'a.txt'), STORY);
  for (const name of ['b.txt', 'c.txt', 'd.txt']) await writeFile(path.join(dir, name), STORY);
  await writeFile(path.join(dir, 'empty.txt'), '');
  const seen: CorpusWarning[] = [];
  const corpus = await loadCorpus(dir, { onWarning: (w) => seen.push(w) });
  expect(corpus.documents.map((d) => d.file)).toEqual(['a.txt']);
  const repeats = seen.filter((w) => /repeats another file/.test(w.reason));
  expect(repeats).toHaveLength(1);
  expect(repeats[0]?.file).toBe('b.txt and 2 more');
  expect(seen.filter((w) => w.file === 'empty.txt')).toHaveLength(1);
});
