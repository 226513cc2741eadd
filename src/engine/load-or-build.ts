// Loading or building an engine: the one place that decides. The saved index
// (./cache) deals in EngineData only; the engine knows nothing of files on disk.
import path from 'node:path';
import type { LoadOptions } from '../corpus/load.js';
import { isErrorCode } from '../util/errors.js';
import { compactHeap } from '../runtime/heap.js';
import { beginCorpusKey, fileFor, loadSaved, saveEngine, savedFiles, writeSeenHashes } from './cache/engine-cache.js';
import type { EngineData } from './engine-builder.js';
import { Engine } from './engine.js';

export interface EngineLoadOptions extends LoadOptions {
  /** Load a saved index but never write one (shard processes: the manager saves it). */
  readOnly?: boolean;
  /** A reload while serving: the files changed, so the newest saved index is not decoded before the key wants it. */
  reload?: boolean;
  /** Cache events (hit, miss and why, saved), for the log. */
  onCache?: (event: CacheEvent) => void;
}

export type CacheEvent =
  | { kind: 'hit'; file: string; ms: number }
  | { kind: 'miss'; reason: string }
  | { kind: 'saved'; file: string; bytes: number; ms: number }
  | { kind: 'save-failed'; reason: string };

/**
 * The engine for the files below `dir`: the saved index in `cacheDir` when there
 * is a good one for these files; else built, and saved unless read-only.
 * `cacheDir` null or undefined: build, save nothing.
 */
export async function loadOrBuild(
  dir: string,
  cacheDir: string | null | undefined,
  options: EngineLoadOptions = {},
): Promise<Engine> {
  // Room to grow while decoding a saved index; collected early while building and, after, serving.
  compactHeap(false);
  try {
    return await loadOrBuildEngine(dir, cacheDir, options);
  } finally {
    compactHeap(true);
  }
}

async function loadOrBuildEngine(
  dir: string,
  cacheDir: string | null | undefined,
  options: EngineLoadOptions,
): Promise<Engine> {
  if (!cacheDir) {
    compactHeap(true);
    return Engine.build(dir, options);
  }
  const t0 = performance.now();
  // A warm start overlaps its two slow parts: the corpus files' stats (for the key, on a worker
  // thread) and decoding the newest saved index (here), the right one unless the files changed.
  // Not on a reload: the files did change, and decoding the old index would only hold up answers.
  const keying = (await beginCorpusKey(dir, cacheDir)).key;
  keying.catch(() => undefined); // awaited below, after the decode; this only keeps an early failure from counting as unhandled
  const newest = options.reload ? undefined : savedFiles(cacheDir)[0];
  let early: { key: string; data: EngineData } | null = null;
  try {
    early = newest ? await loadSaved(newest, null) : null;
  } catch {
    // Damaged: reported below if it is the one these files want.
  }
  const key = await keying;
  const file = fileFor(cacheDir, key);
  if (early && (early.key !== key || newest !== file)) early = null; // not kept through a build
  let reason = 'no saved index for these corpus files';
  try {
    const data = early ? early.data : (await loadSaved(file, key)).data;
    early = null;
    const engine = await Engine.open(data, performance.now() - t0, 'cache');
    // New modification times with the same contents (a checkout, a touch): remember the hashes,
    // or every later start would read and hash those files again.
    if (!options.readOnly) writeSeenHashes(cacheDir, dir);
    for (const w of data.warnings) options.onWarning?.(w);
    options.onCache?.({ kind: 'hit', file, ms: performance.now() - t0 });
    return engine;
  } catch (err) {
    if (!isErrorCode(err, 'ENOENT'))
      reason = `saved index ${path.basename(file)} not used: ${err instanceof Error ? err.message : String(err)}`;
  }
  options.onCache?.({ kind: 'miss', reason });
  compactHeap(true);
  const engine = await Engine.build(dir, options);
  if (!options.readOnly) {
    const t1 = performance.now();
    try {
      const saved = await saveEngine(engine.data, cacheDir, key);
      // Written after the index, so it never vouches for a missing one.
      writeSeenHashes(cacheDir, dir);
      options.onCache?.({ kind: 'saved', file: saved.file, bytes: saved.bytes, ms: performance.now() - t1 });
    } catch (err) {
      options.onCache?.({ kind: 'save-failed', reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return engine;
}
