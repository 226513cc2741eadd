// String lists in the saved index are encoded a piece at a time; what is read
// back must be what was written, across piece boundaries and for any UTF-16
// (lone surrogates included, which UTF-8 stores as U+FFFD).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openCacheFile, SectionWriter, writeCacheFile } from '../../src/engine/cache/cache-file.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

it('round-trips long and unusual string lists', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-cache-strings-'));
  dirs.push(dir);
  // Over 3 MB in all, so the list is written in several pieces.
  const long = Array.from({ length: 4000 }, (_, i) => `passage ${i} `.repeat(70) + 'é€😀');
  const odd = ['', 'a\uD800', '\uDC00b', 'x\u0000y', '😀'.repeat(3)];
  const writer = new SectionWriter();
  writer.strings('long', long);
  writer.strings('odd', odd);
  writer.typed('numbers', new Uint32Array([1, 2, 3]));
  const key = 'k'.repeat(64);
  const file = path.join(dir, 'index.ndx');
  await writeCacheFile(file, key, [{ name: 'test', version: 1, writer }]);
  const section = await (await openCacheFile(file, key)).section('test');
  expect(section?.strings('long').all()).toEqual(long);
  // Lone surrogates cannot be stored in UTF-8: they come back as U+FFFD, each on its own.
  expect(section?.strings('odd').all()).toEqual(['', 'a\uFFFD', '\uFFFDb', 'x\u0000y', '😀'.repeat(3)]);
  expect([...(section?.typed('numbers', 'u32') ?? [])]).toEqual([1, 2, 3]);
});
