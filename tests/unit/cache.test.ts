// The saved index: a round trip gives the same engine; a changed corpus, a
// damaged file or an old version is rebuilt, never trusted; writes are atomic.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCacheFile } from '../../src/engine/cache/cache-file.js';
import { corpusKey } from '../../src/engine/cache/engine-cache.js';
import type { AskResult } from '../../src/answer/compose.js';
import type { Passage } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine/engine.js';
import { loadOrBuild, type CacheEvent } from '../../src/engine/load-or-build.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { sentencesOf } from '../../src/corpus/passage-store.js';

const SEED = path.resolve(import.meta.dirname, '../../corpus');
/** What a reader sees of an answer (passages compared by content, not identity). */
const seen = (r: AskResult) =>
  r.kind === 'answer'
    ? {
        ...r,
        stats: 0,
        citations: r.citations.map((c) => ({ ...c, passage: plain(c.passage), document: c.document.id })),
      }
    : { ...r, stats: 0 };
const plain = (p: Passage) => ({
  id: p.id,
  key: p.key,
  doc: p.doc,
  paragraph: p.paragraph,
  part: p.part,
  start: p.start,
  end: p.end,
  text: p.text,
  sentences: sentencesOf(p).map((s) => ({ start: s.start, end: s.end, kinds: s.kinds, proper: s.proper })),
});

const QUESTIONS = ['How many Canadian troops are in Iraq?', 'Who is Christian Leuprecht?', 'embasy', 'sourdough bread'];

describe('saved index', () => {
  let root: string;
  let corpus: string;
  let cache: string;
  let events: CacheEvent[];
  const load = () => loadOrBuild(corpus, cache, { onCache: (e) => events.push(e) });
  const indexFiles = () => readdirSync(cache).filter((f) => f.endsWith('.ndx'));

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cache-'));
    corpus = path.join(root, 'corpus');
    cache = path.join(root, 'cache');
    cpSync(SEED, corpus, { recursive: true });
    events = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('saves on the first start and loads the same engine on the second', async () => {
    const built = await load();
    expect(built.origin).toBe('built');
    expect(events.map((e) => e.kind)).toEqual(['miss', 'saved']);
    events = [];
    const loaded = await load();
    expect(loaded.origin).toBe('cache');
    expect(events.map((e) => e.kind)).toEqual(['hit']);
    expect(loaded.corpus.documents).toEqual(built.corpus.documents);
    // Including where a listing page's stories begin.
    expect(loaded.corpus.documents.some((d) => d.stories?.length)).toBe(true);
    expect(loaded.corpus.passages.map(plain)).toEqual(built.corpus.passages.map(plain));
    for (const q of QUESTIONS) expect(seen(loaded.ask(q))).toEqual(seen(built.ask(q)));
    // The timeline is saved, not rebuilt: the same days, the same entries.
    expect(loaded.timeline.days.length).toBeGreaterThan(3);
    expect(loaded.timeline.days).toEqual(built.timeline.days);
    for (const day of built.timeline.days) expect(loaded.timeline.on(day)).toEqual(built.timeline.on(day));
  });

  it("saves MiniSearch's term list in pieces and loads it whole", async () => {
    // Made-up words, letters only, enough of them for a term list of several 32 kB pieces.
    const word = (i: number) =>
      'k' + [...i.toString(26).padStart(4, '0')].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
    const paragraphs = Array.from(
      { length: 40 },
      (_, p) => Array.from({ length: 100 }, (_, i) => word(p * 100 + i)).join(' ') + '.',
    );
    writeFileSync(path.join(corpus, 'glossary.txt'), paragraphs.join('\n\n'));
    const built = await load();
    const loaded = await load();
    expect(loaded.origin).toBe('cache');
    const file = await openCacheFile(path.join(cache, indexFiles()[0] ?? ''), null);
    expect((await file.section('index')).strings('miniIndex').length).toBeGreaterThan(2);
    expect(loaded.index.mini.termCount).toBe(built.index.mini.termCount);
    expect(loaded.index.mini.termCount).toBeGreaterThan(4000);
    for (const q of [word(17), word(3999), ...QUESTIONS]) expect(seen(loaded.ask(q))).toEqual(seen(built.ask(q)));
  });

  it('answers from the saved index exactly as an engine built in memory', async () => {
    await load();
    const loaded = await load();
    const fresh = Engine.fromCorpus(await loadCorpus(corpus));
    for (const q of QUESTIONS) expect(seen(loaded.ask(q))).toEqual(seen(fresh.ask(q)));
  });

  it('an index finished in slices (a build while serving) holds the same data as one finished at once', async () => {
    const sliced = await Engine.build(corpus);
    const atOnce = Engine.fromCorpus(await loadCorpus(corpus));
    const { mini: slicedMini, titles: slicedTitles, ...slicedRest } = sliced.data.index;
    const { mini: atOnceMini, titles: atOnceTitles, ...atOnceRest } = atOnce.data.index;
    expect(slicedRest).toEqual(atOnceRest);
    expect(slicedMini.toJSON()).toEqual(atOnceMini.toJSON());
    expect(slicedTitles.toJSON()).toEqual(atOnceTitles.toJSON());
    expect(sliced.data.sentences).toEqual(atOnce.data.sentences);
  });

  it('rebuilds when a corpus file changes, is added or removed, and keeps only the current file', async () => {
    await load();
    const first = indexFiles();
    const key = await corpusKey(corpus);
    const file = path.join(corpus, readdirSync(corpus)[0] as string);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/troops/, 'soldiers'));
    expect(await corpusKey(corpus)).not.toBe(key);
    events = [];
    expect((await load()).origin).toBe('built');
    expect(indexFiles()).toHaveLength(1);
    expect(indexFiles()).not.toEqual(first);
    writeFileSync(path.join(corpus, 'new.txt'), 'A new article about rockets and bakeries.\n');
    expect((await load()).origin).toBe('built');
    rmSync(path.join(corpus, 'new.txt'));
    expect((await load()).origin).toBe('built');
    expect((await load()).origin).toBe('cache');
  });

  it('keys an index saved without word vectors apart from one saved with them', async () => {
    const off = await corpusKey(corpus);
    const before = process.env.WORD_VECTORS;
    process.env.WORD_VECTORS = 'on';
    try {
      // With the package installed, vectors are on: another key, so the index saved without them is not loaded.
      expect(await corpusKey(corpus)).not.toBe(off);
    } finally {
      process.env.WORD_VECTORS = before;
    }
  });

  it('notices an edit that keeps the file size (content hashes are reused only for unchanged size and time)', async () => {
    await load();
    const file = path.join(corpus, readdirSync(corpus)[0] as string);
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/troops/, 'troop5');
    expect(edited).not.toBe(text);
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(file, edited);
    expect((await load()).origin).toBe('built');
    expect((await load()).origin).toBe('cache');
  });

  it.each([
    ['a flipped byte', (b: Buffer) => (b[b.length - 100] = (b[b.length - 100] ?? 0) ^ 0xff)],
    ['a truncated file', (b: Buffer) => b.subarray(0, b.length >> 1)],
    ['a wrong format version', (b: Buffer) => (b[15] = 99)],
    ['garbage', () => Buffer.from('not an index at all')],
    ['an empty file', () => Buffer.alloc(0)],
  ])('detects %s, says why, and rebuilds', async (_label, damage) => {
    await load();
    const [name] = indexFiles();
    const file = path.join(cache, name as string);
    const bytes = readFileSync(file);
    const out = damage(bytes);
    writeFileSync(file, Buffer.isBuffer(out) ? out : bytes);
    events = [];
    const engine = await load();
    expect(engine.origin).toBe('built');
    const miss = events.find((e) => e.kind === 'miss');
    expect(miss && 'reason' in miss ? miss.reason : '').toMatch(/^saved index index-\w+\.ndx not used: /);
    expect(events.map((e) => e.kind)).toEqual(['miss', 'saved']);
    expect((await load()).origin).toBe('cache');
  });

  it('leaves no temporary files and cleans up ones a crash left behind', async () => {
    await load();
    const [name] = indexFiles();
    writeFileSync(path.join(cache, `${name}.tmp-123-456`), 'half a file');
    writeFileSync(path.join(corpus, 'another.txt'), 'Another article, about rockets.\n');
    await load();
    expect(readdirSync(cache).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('does not write in read-only mode (shards), but still answers', async () => {
    const engine = await loadOrBuild(corpus, cache, { readOnly: true, onCache: (e) => events.push(e) });
    expect(engine.ask('Who is Christian Leuprecht?').kind).toBe('answer');
    expect(events.map((e) => e.kind)).toEqual(['miss']);
    expect(() => readdirSync(cache)).toThrow();
  });

  it('reports a cache folder it cannot write, and still answers', async () => {
    writeFileSync(cache, 'a file where the folder should be');
    const engine = await load();
    expect(engine.ask('Who is Christian Leuprecht?').kind).toBe('answer');
    expect(events.map((e) => e.kind)).toEqual(['miss', 'save-failed']);
  });

  it('replays the skipped-file warnings when loading', async () => {
    writeFileSync(path.join(corpus, 'empty.txt'), '');
    await load();
    const warnings: string[] = [];
    await loadOrBuild(corpus, cache, { onWarning: (w) => warnings.push(w.file) });
    expect(warnings).toEqual(['empty.txt']);
  });
});
