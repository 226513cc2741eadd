// The engine as configured (CORPUS_DIR, CACHE_DIR), with what happened logged:
// skipped files, whether the saved index was used, and why not.
import path from 'node:path';
import { ConfigError, type Config } from '../runtime/config.js';
import type { Engine } from './engine.js';
import { loadOrBuild, type CacheEvent, type EngineLoadOptions } from './load-or-build.js';
import type { Logger } from '../runtime/log.js';

export function logCacheEvent(log: Logger, e: CacheEvent): void {
  const ms = 'ms' in e ? Math.round(e.ms) : undefined;
  switch (e.kind) {
    case 'hit':
      return log.info({ event: 'index-cache', result: 'hit', file: e.file, ms }, 'loaded the saved index');
    case 'miss':
      // A damaged or outdated file is worth a warning; a first start is not.
      if (e.reason.startsWith('saved index'))
        return log.warn({ event: 'index-cache', result: 'rebuild', reason: e.reason }, 'rebuilding the index');
      return log.info({ event: 'index-cache', result: 'miss', reason: e.reason }, 'building the index');
    case 'saved':
      return log.info({ event: 'index-cache', result: 'saved', file: e.file, bytes: e.bytes, ms }, 'saved the index');
    case 'save-failed':
      return log.warn(
        { event: 'index-cache', result: 'save-failed', reason: e.reason },
        'could not save the index; the next start will build it again (check CACHE_DIR)',
      );
  }
}

export async function loadEngine(
  config: Config,
  log: Logger,
  extra: Pick<EngineLoadOptions, 'readOnly' | 'reload' | 'onProgress'> = {},
): Promise<Engine> {
  const dir = path.resolve(config.corpusDir);
  const t0 = performance.now();
  const cacheDir = config.cacheDir === null ? null : path.resolve(config.cacheDir);
  const engine = await loadOrBuild(dir, cacheDir, {
    ...extra,
    onWarning: (w) => log.warn({ file: w.file, reason: w.reason }, `skipped corpus file ${w.file}: ${w.reason}`),
    onCache: (e) => logCacheEvent(log, e),
  });
  const { documents, passages, duplicates } = engine.corpus;
  if (documents.length === 0)
    throw new ConfigError(
      'CORPUS_DIR',
      `no usable .txt or .md articles in ${dir}; point CORPUS_DIR at a folder of articles`,
    );
  log.info(
    {
      corpusDir: dir,
      documents: documents.length,
      passages: passages.length,
      duplicates,
      from: engine.origin,
      ms: Math.round(performance.now() - t0),
    },
    engine.origin === 'cache' ? 'corpus loaded' : 'corpus indexed',
  );
  return engine;
}
