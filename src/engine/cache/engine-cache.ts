// The saved index (CACHE_DIR): everything an Engine holds, keyed by a hash of
// the corpus files (names, sizes, contents) and of the index configuration.
// A start with the same files loads it; any change means a rebuild. A file
// that is corrupt, partial or from another version is reported and rebuilt,
// never trusted.
//
// Extension point: each part of the engine is one `CacheSection` in
// `SECTIONS`, with its own name and version. To save a new part (a timeline),
// add a field to EngineData, a section here that writes and reads it, and
// fill it in EngineBuilder.finish(). Bump a section's version whenever what
// it saves changes; the key then changes and old files are rebuilt.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { mkdirSync, readdirSync, readFileSync, rmSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listCorpusFiles } from '../../corpus/load.js';
import type { CorpusWarning, SourceDocument, Story } from '../../corpus/types.js';
import type { EngineData } from '../engine-builder.js';
import { TAGGER_VERSION } from '../../dates/tag-dates.js';
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { INDEX_CONFIG_VERSION, PassageIndex, type IndexedField } from '../../search/passage-index.js';
import { yieldToEventLoop } from '../../util/slices.js';
import { DIMENSIONS, embeddingsFile } from '../../nlp/word-vectors.js';
import { TIMELINE_VERSION } from '../../timeline/timeline-index.js';
import {
  CacheError,
  CACHE_FORMAT_VERSION,
  openCacheFile,
  SectionWriter,
  writeCacheFile,
  type CacheFileReader,
  type SectionReader,
} from './cache-file.js';

interface CacheSection {
  name: string;
  version: number;
  /** May yield to the event loop as it goes (a save while serving). */
  write(data: EngineData, out: SectionWriter): void | Promise<void>;
  /** Fill in this section's part of the engine data. */
  read(input: SectionReader, into: Partial<EngineData>): void;
}

const corpusSection: CacheSection = {
  name: 'corpus',
  // 2: where a listing page's further stories begin; 3: and their titles (SourceDocument.stories); 4: only a page of
  // two links or more is a listing, and a story opens with a photo or a dateline.
  version: 4,
  write(data, out) {
    const docs = data.documents;
    out.strings(
      'ids',
      docs.map((d) => d.id),
    );
    out.strings(
      'files',
      docs.map((d) => d.file),
    );
    out.strings(
      'titles',
      docs.map((d) => d.title),
    );
    out.strings(
      'dates',
      docs.map((d) => d.date ?? ''),
    );
    const first = new Uint32Array(docs.length + 1);
    docs.forEach((d, i) => (first[i + 1] = (first[i] as number) + d.passages.length));
    out.typed('firstPassage', first);
    // Few documents are listing pages: their stories by document index.
    const stories = Object.fromEntries(docs.flatMap((d, i) => (d.stories?.length ? [[i, d.stories]] : [])));
    out.json('meta', { warnings: data.warnings, duplicates: data.duplicates, stories });
  },
  read(input, into) {
    const [ids, files, titles, dates] = ['ids', 'files', 'titles', 'dates'].map((n) => input.strings(n).all()) as [
      string[],
      string[],
      string[],
      string[],
    ];
    const first = input.typed('firstPassage', 'u32');
    if (first.length !== ids.length + 1) throw new CacheError('corpus: document counts disagree');
    const meta = input.json<{
      warnings: CorpusWarning[];
      duplicates: number;
      stories: Record<string, Story[]>;
    }>('meta');
    into.documents = ids.map((id, i): SourceDocument => {
      const stories = meta.stories[i];
      return {
        index: i,
        id,
        file: files[i] ?? '',
        title: titles[i] ?? '',
        date: dates[i] || null,
        passages: Array.from({ length: (first[i + 1] ?? 0) - (first[i] ?? 0) }, (_, k) => (first[i] ?? 0) + k),
        ...(stories ? { stories } : {}),
      };
    });
    into.warnings = meta.warnings;
    into.duplicates = meta.duplicates;
  },
};

const passagesSection: CacheSection = {
  name: 'passages',
  // 2: a wire sentence carried on across a blank line (src/corpus/paragraphs.ts).
  version: 2,
  write(data, out) {
    const p = data.passages;
    for (const name of ['doc', 'paragraph', 'part', 'start', 'end'] as const) out.typed(name, p[name]);
    out.typed('split', p.split);
    out.strings('texts', data.texts);
  },
  read(input, into) {
    const [doc, paragraph, part, start, end] = (['doc', 'paragraph', 'part', 'start', 'end'] as const).map((n) =>
      input.typed(n, 'u32'),
    ) as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
    into.passages = { doc, paragraph, part, start, end, split: input.typed('split', 'u8') };
    // Decoded one passage at a time when asked for: most are never read.
    into.texts = input.strings('texts');
    if (into.texts.length !== doc.length) throw new CacheError('passages: counts disagree');
  },
};

const sentencesSection: CacheSection = {
  name: 'sentences',
  // 2: one sentence splitter (src/nlp/sentences.ts); wire headlines, paragraphs and ¶ numbers as a reader counts them.
  // 3: no boundary after a given name written short ("Alex. Brown and Sons").
  version: 3,
  write(data, out) {
    const s = data.sentences;
    for (const name of ['passageStart', 'start', 'end', 'properStart', 'proper', 'wordStart'] as const)
      out.typed(name, s[name]);
    out.typed('kinds', s.kinds);
    out.typed('wordTerm', s.wordTerm);
    out.typed('wordFlags', s.wordFlags);
  },
  read(input, into) {
    const u32 = (n: string) => input.typed(n, 'u32');
    into.sentences = {
      passageStart: u32('passageStart'),
      start: u32('start'),
      end: u32('end'),
      properStart: u32('properStart'),
      proper: u32('proper'),
      wordStart: u32('wordStart'),
      kinds: input.typed('kinds', 'u8'),
      wordTerm: input.typed('wordTerm', 'i32'),
      wordFlags: input.typed('wordFlags', 'u8'),
    };
  },
};

/**
 * MiniSearch's saved index is written as JSON arrays of about this many characters each. Small
 * pieces: loadJS takes one piece's entries at a time (readMini), so what JSON.parse makes of a
 * piece is garbage before the next young-generation collection and never gets promoted. On the
 * archive, 4 MB pieces took a warm start's index load 0.2 s longer than 32 kB ones (8 kB: the same).
 */
const INDEX_CHUNK_CHARS = 32 << 10;

/** Writes a MiniSearch with its own serialisation; its term list split into pieces, each a JSON array. */
async function writeMini(out: SectionWriter, name: string, mini: MiniSearch<IndexedField>): Promise<void> {
  const { index, ...rest } = mini.toJSON();
  out.json(name, rest);
  const pieces: string[] = [];
  let parts: string[] = [];
  let size = 0;
  let slice = performance.now();
  for (const entry of index) {
    // A turn for the event loop every 20 ms: a rebuild saved while serving keeps answering.
    if (performance.now() - slice > 20) {
      await yieldToEventLoop();
      slice = performance.now();
    }
    const json = JSON.stringify(entry);
    parts.push(json);
    size += json.length + 1;
    if (size >= INDEX_CHUNK_CHARS) {
      pieces.push(`[${parts.join(',')}]`);
      parts = [];
      size = 0;
    }
  }
  if (parts.length) pieces.push(`[${parts.join(',')}]`);
  out.strings(`${name}Index`, pieces);
}

function readMini(input: SectionReader, name: string, options: Options<IndexedField>): MiniSearch<IndexedField> {
  const rest = input.json<Omit<AsPlainObject, 'index'>>(name);
  const pieces = input.strings(`${name}Index`);
  // loadJS reads the term list once, front to back (for…of): handed a generator, it gets one
  // piece parsed at a time, so the whole list never sits in memory as plain objects beside the index.
  function* entries(): Generator<AsPlainObject['index'][number]> {
    for (let i = 0; i < pieces.length; i++) yield* JSON.parse(pieces.get(i)) as AsPlainObject['index'];
  }
  try {
    const index = entries() as unknown as AsPlainObject['index'];
    return MiniSearch.loadJS<IndexedField>({ ...rest, index }, options);
  } catch (err) {
    throw new CacheError(`index: MiniSearch cannot load ${name} (${err instanceof Error ? err.message : String(err)})`);
  }
}

const indexSection: CacheSection = {
  name: 'index',
  version: INDEX_CONFIG_VERSION,
  async write(data, out) {
    const ix = data.index;
    await writeMini(out, 'mini', ix.mini);
    await writeMini(out, 'titles', ix.titles);
    out.typed('articleStart', ix.articleStart);
    out.strings('terms', ix.terms);
    out.strings('surface', ix.surface);
    out.typed('textDf', ix.textDf);
    out.typed('titleDf', ix.titleDf);
  },
  read(input, into) {
    const terms = input.strings('terms').all();
    // Copies, not views: a view would keep this section's whole buffer (MiniSearch's JSON) alive.
    const textDf = input.typed('textDf', 'u32').slice();
    const titleDf = input.typed('titleDf', 'u32').slice();
    if (textDf.length !== terms.length || titleDf.length !== terms.length)
      throw new CacheError('index: sizes disagree');
    // Its passage count is checked against the passages section's once both are read (readSections).
    const mini = readMini(input, 'mini', PassageIndex.options());
    const titles = readMini(input, 'titles', PassageIndex.titleOptions());
    const articleStart = input.typed('articleStart', 'u32').slice();
    if (articleStart.length !== titles.documentCount + 1 || articleStart.at(-1) !== mini.documentCount)
      throw new CacheError('index: article counts disagree');
    into.index = { mini, titles, articleStart, terms, surface: input.strings('surface').all(), textDf, titleDf };
  },
};

const datesSection: CacheSection = {
  name: 'dates',
  version: TAGGER_VERSION,
  write(data, out) {
    const d = data.dates;
    for (const name of ['first', 'start', 'end', 'sentence'] as const) out.typed(name, d[name]);
    out.typed('granularity', d.granularity);
    out.typed('flags', d.flags);
    out.strings('values', d.values);
  },
  read(input, into) {
    const u32 = (n: string) => input.typed(n, 'u32');
    const values = input.strings('values');
    const first = u32('first');
    if ((first.at(-1) ?? 0) !== values.length) throw new CacheError('dates: counts disagree');
    into.dates = {
      first,
      start: u32('start'),
      end: u32('end'),
      sentence: u32('sentence'),
      granularity: input.typed('granularity', 'u8'),
      flags: input.typed('flags', 'u8'),
      values,
    };
  },
};

/** Word vectors (src/nlp/word-vectors.ts): absent when the embeddings package was not installed at build time. */
const vectorsSection: CacheSection = {
  name: 'vectors',
  // 3: synonyms include WordNet's derivationally related forms. 4: two-word verbs' synonyms (phrases).
  // 5: and their synonyms the corpus lacks, for what the verb means. 6: the corpus terms rare in GloVe.
  version: 6,
  write(data, out) {
    const v = data.vectors;
    out.json('meta', { present: Boolean(v), corpusTerms: v?.corpusTerms ?? 0 });
    out.strings('terms', v?.terms ?? []);
    // int8 saved as its bytes (the file's typed blobs are unsigned or wider).
    const q = v?.vectors ?? new Int8Array(0);
    out.typed('vectors', new Uint8Array(q.buffer, q.byteOffset, q.byteLength));
    out.strings('antonyms', v?.antonyms ?? []);
    out.strings('synonyms', v?.synonyms ?? []);
    out.strings('phrases', v?.phrases ?? []);
    out.strings('rare', v?.rare ?? []);
  },
  read(input, into) {
    const meta = input.json<{ present: boolean; corpusTerms: number }>('meta');
    if (!meta.present) {
      into.vectors = null;
      return;
    }
    const terms = input.strings('terms').all();
    const bytes = input.typed('vectors', 'u8');
    const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (vectors.length !== terms.length * DIMENSIONS) throw new CacheError('vectors: sizes disagree');
    into.vectors = {
      terms,
      corpusTerms: meta.corpusTerms,
      vectors,
      antonyms: input.strings('antonyms').all(),
      synonyms: input.strings('synonyms').all(),
      phrases: input.strings('phrases').all(),
      rare: input.strings('rare').all(),
    };
  },
};

/** The date → sentences index: built once from the date mentions, then loaded (a warm start skips building it). */
const timelineSection: CacheSection = {
  name: 'timeline',
  version: TIMELINE_VERSION,
  write(data, out) {
    const t = data.timeline;
    if (!t) throw new Error('cannot save an engine whose timeline is not built');
    out.strings('days', t.days);
    for (const name of ['dayStart', 'passage', 'sentence', 'mentionStart', 'mentions'] as const)
      out.typed(name, t[name]);
    out.typed('inherited', t.inherited);
  },
  read(input, into) {
    const u32 = (n: string) => input.typed(n, 'u32');
    const days = input.strings('days').all();
    const dayStart = u32('dayStart');
    const passage = u32('passage');
    const mentionStart = u32('mentionStart');
    if (dayStart.length !== days.length + 1 || dayStart.at(-1) !== passage.length)
      throw new CacheError('timeline: day counts disagree');
    if (mentionStart.length !== passage.length + 1) throw new CacheError('timeline: entry counts disagree');
    into.timeline = {
      days,
      dayStart,
      passage,
      sentence: u32('sentence'),
      inherited: input.typed('inherited', 'u8'),
      mentionStart,
      mentions: u32('mentions'),
    };
  },
};

/** The engine's parts, in file order. */
export const SECTIONS: CacheSection[] = [
  corpusSection,
  passagesSection,
  sentencesSection,
  datesSection,
  indexSection,
  vectorsSection,
  timelineSection,
];

/** Content hashes of corpus files as last seen: name → [size, mtime ms, SHA-1]. */
type SeenHashes = Record<string, [number, number, string]>;
const HASHES_FILE = 'corpus-hashes.json';

function readSeenHashes(cacheDir: string | undefined): SeenHashes {
  if (!cacheDir) return {};
  try {
    return JSON.parse(readFileSync(path.join(cacheDir, HASHES_FILE), 'utf8')) as SeenHashes;
  } catch {
    return {};
  }
}

/**
 * The cache key: a hash of every corpus file's name, size and content (the
 * same files the loader reads), of the format and section versions, and of
 * whether word vectors are on.
 * Like git's index, a file whose size and modification time are unchanged
 * since the last start keeps the content hash recorded then (in CACHE_DIR),
 * so a warm start stats 19,000 files instead of reading them; any other file
 * is read and hashed. `npm run cli -- index --force` rehashes everything.
 */
export async function corpusKey(dir: string, cacheDir?: string): Promise<string> {
  return (await beginCorpusKey(dir, cacheDir)).key;
}

/**
 * `corpusKey` in two steps: resolves once the files are listed and their stats are under way on
 * a worker thread (most of a warm start's key on the archive), to the key's promise; this thread
 * is free for other work meanwhile (decoding the saved index it expects to use).
 */
export async function beginCorpusKey(dir: string, cacheDir?: string): Promise<{ key: Promise<string> }> {
  const files = await listCorpusFiles(dir);
  // The worker runs on its own thread from here on, however busy this one gets.
  const stats = statFiles(dir, files);
  return { key: keyFrom(dir, files, stats, readSeenHashes(cacheDir)) };
}

async function keyFrom(dir: string, files: string[], stats: Promise<Float64Array>, seen: SeenHashes): Promise<string> {
  const sizes = await stats;
  const now: SeenHashes = {};
  // One line per file, hashed in one update at the end: 19,000 small updates cost more than the hashing.
  // Whether word vectors go into the index is part of what it holds: an index saved without them (the
  // package missing, or WORD_VECTORS=off) is not the one to load once they are there, nor the other way round.
  const vectors = embeddingsFile() ? 'vectors' : 'no vectors';
  const lines = [
    `format ${CACHE_FORMAT_VERSION}; ${SECTIONS.map((s) => `${s.name} ${s.version}`).join(', ')}; ${vectors}\n`,
  ];
  let slice = performance.now();
  for (const [i, file] of files.entries()) {
    // Reads on a first start add up: a turn for the event loop every 20 ms.
    if (performance.now() - slice > 20) {
      await yieldToEventLoop();
      slice = performance.now();
    }
    const size = sizes[2 * i] ?? -1;
    const mtime = sizes[2 * i + 1] ?? 0;
    const prior = seen[file];
    let entry: [number, number, string] | null = null;
    if (size < 0) entry = null;
    else if (prior && prior[0] === size && prior[1] === mtime) entry = prior;
    else {
      try {
        const content = readFileSync(path.join(dir, file));
        entry = [content.length, mtime, createHash('sha1').update(content).digest('hex')];
      } catch {
        entry = null;
      }
    }
    if (!entry) {
      lines.push(`${file}\0unreadable\n`);
      continue;
    }
    now[file] = entry;
    lines.push(`${file}\0${entry[0]}\0${entry[2]}\n`);
  }
  lastHashes.set(dir, now);
  return createHash('sha256').update(lines.join('')).digest('hex');
}

/** Plain JavaScript for the worker: each file's size and modification time, -1 for a file that cannot be stat'ed. */
const STAT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const path = require('node:path');
const { dir, files } = workerData;
const out = new Float64Array(files.length * 2);
for (let i = 0; i < files.length; i++) {
  let s;
  try { s = statSync(path.join(dir, files[i])); } catch { s = undefined; }
  out[2 * i] = s ? s.size : -1;
  out[2 * i + 1] = s ? s.mtimeMs : 0;
}
parentPort.postMessage(out, [out.buffer]);
`;

/** Sizes and modification times (pairs), stat'ed on a worker thread; on this thread if a worker cannot run. */
function statFiles(dir: string, files: readonly string[]): Promise<Float64Array> {
  return new Promise<Float64Array>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(STAT_WORKER, { eval: true, workerData: { dir, files } });
    } catch {
      resolve(statHere(dir, files));
      return;
    }
    let done = false;
    worker.once('message', (m: Float64Array) => {
      done = true;
      resolve(m);
    });
    const fallBack = () => {
      if (!done) resolve(statHere(dir, files));
      done = true;
    };
    worker.once('error', fallBack);
    worker.once('exit', fallBack);
  });
}

function statHere(dir: string, files: readonly string[]): Float64Array {
  const out = new Float64Array(files.length * 2);
  files.forEach((file, i) => {
    try {
      const s = statSync(path.join(dir, file));
      out[2 * i] = s.size;
      out[2 * i + 1] = s.mtimeMs;
    } catch {
      out[2 * i] = -1;
    }
  });
  return out;
}

/** Save the hashes `corpusKey` worked out for `dir` (small: a line per file), atomically. */
export function writeSeenHashes(cacheDir: string, dir: string): void {
  try {
    const tmp = path.join(cacheDir, `${HASHES_FILE}.tmp-${process.pid}`);
    writeFileSync(tmp, JSON.stringify(lastHashes.get(dir) ?? {}));
    renameSync(tmp, path.join(cacheDir, HASHES_FILE));
  } catch {
    // Only an optimisation: the next start hashes the files again.
  }
}

/** The hashes the last `corpusKey` call worked out, saved with the index. */
const lastHashes = new Map<string, SeenHashes>();

/** Where the saved index for `key` lives. */
export const fileFor = (cacheDir: string, key: string): string => path.join(cacheDir, `index-${key.slice(0, 24)}.ndx`);

export async function saveEngine(
  data: EngineData,
  cacheDir: string,
  key: string,
): Promise<{ file: string; bytes: number }> {
  mkdirSync(cacheDir, { recursive: true });
  const file = fileFor(cacheDir, key);
  const sections: { name: string; version: number; writer: SectionWriter }[] = [];
  for (const s of SECTIONS) {
    const writer = new SectionWriter();
    await s.write(data, writer);
    sections.push({ name: s.name, version: s.version, writer });
    // Between sections, a turn for whatever else is waiting (interactions, when reloading while serving).
    await yieldToEventLoop();
  }
  const bytes = await writeCacheFile(file, key, sections);
  // Indexes of earlier corpus versions, and temporary files a crash left behind.
  for (const other of readdirSync(cacheDir))
    if (/^index-[0-9a-f]+\.ndx(\.tmp-\d+-\d+)?$/.test(other) && path.join(cacheDir, other) !== file)
      rmSync(path.join(cacheDir, other), { force: true });
  return { file, bytes };
}

/**
 * The engine data in a cache file. The search index first: decoding it is most of a load,
 * and the other sections' bytes arrive meanwhile.
 */
export async function readSections(file: CacheFileReader): Promise<EngineData> {
  const into: Partial<EngineData> = {};
  const order = [indexSection, ...SECTIONS.filter((s) => s !== indexSection)];
  for (const s of order) {
    const input = await file.section(s.name);
    if (input.version !== s.version)
      throw new CacheError(`${s.name} section is version ${input.version}, expected ${s.version}`);
    s.read(input, into);
  }
  if (into.index?.mini.documentCount !== into.passages?.doc.length)
    throw new CacheError('index: passage counts disagree');
  return into as EngineData;
}

/** The engine data saved in `file`, checked; for `key`, or (null) whatever key it was made for. */
export async function loadSaved(file: string, key: string | null): Promise<{ key: string; data: EngineData }> {
  const reader = await openCacheFile(file, key, indexSection.name);
  return { key: reader.key, data: await readSections(reader) };
}

/** The saved index files in `cacheDir`, newest first (a save leaves one: it removes the others). */
export function savedFiles(cacheDir: string): string[] {
  try {
    return readdirSync(cacheDir)
      .filter((f) => /^index-[0-9a-f]+\.ndx$/.test(f))
      .map((f) => ({ file: path.join(cacheDir, f), mtime: statSync(path.join(cacheDir, f)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime)
      .map((x) => x.file);
  } catch {
    return [];
  }
}
