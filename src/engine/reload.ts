// Hot reload: the engine in use sits in a holder; a rebuild happens beside it
// and is swapped in whole, so a question always runs on one complete index.
// Handlers read the holder once per interaction (ctx.engine), so questions in
// flight finish on the engine they started with. A failed rebuild keeps the
// old engine and says why.
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Engine } from './engine.js';
import type { Logger } from '../runtime/log.js';

export class EngineHolder {
  /** Empty while the first engine loads (the bot may already be online then). */
  constructor(private engine?: Engine) {}

  get loaded(): boolean {
    return this.engine !== undefined;
  }

  get current(): Engine {
    if (!this.engine) throw new Error('the engine is still loading');
    return this.engine;
  }

  /** The first engine, once loaded. */
  set(engine: Engine): Engine {
    this.engine = engine;
    return engine;
  }

  /** Swap in a new engine; returns the old one (still used by work that captured it). */
  swap(next: Engine): Engine {
    const old = this.current;
    this.engine = next;
    return old;
  }
}

/** `peer`: /reload ran on another shard process. */
export type ReloadTrigger = 'watch' | 'command' | 'peer';

export interface ReloadReport {
  /** Corpus files (relative paths) new, gone, or with different text. */
  added: string[];
  removed: string[];
  changed: string[];
  documents: number;
  passages: number;
  /** Files skipped in the new build (each already logged with its reason). */
  skipped: number;
  ms: number;
}

export type ReloadOutcome = { ok: true; report: ReloadReport } | { ok: false; reason: string; ms: number };

/** A file's content as indexed: what decides "changed". */
function signatures(engine: Engine): Map<string, string> {
  const { documents, passages } = engine.corpus;
  const out = new Map<string, string>();
  for (const d of documents) {
    const hash = createHash('sha1').update(`${d.title}\n${d.date ?? ''}\n`);
    for (const p of d.passages) hash.update(passages[p]?.text ?? '').update('\n');
    out.set(d.file, hash.digest('base64'));
  }
  return out;
}

export function diffCorpora(before: Engine, after: Engine): Pick<ReloadReport, 'added' | 'removed' | 'changed'> {
  const a = signatures(before);
  const b = signatures(after);
  return {
    added: [...b.keys()].filter((f) => !a.has(f)),
    removed: [...a.keys()].filter((f) => !b.has(f)),
    changed: [...b.keys()].filter((f) => a.has(f) && a.get(f) !== b.get(f)),
  };
}

export interface ReloaderOptions {
  holder: EngineHolder;
  /** Builds a fresh engine from the corpus folder; throws when there is nothing usable. */
  build: () => Promise<Engine>;
  log: Logger;
  /** The folder to watch. */
  dir: string;
  /** Quiet time after the last change before rebuilding (editors write in bursts). */
  debounceMs?: number;
}

export class Reloader {
  private tail: Promise<unknown> = Promise.resolve();
  private queued: Promise<ReloadOutcome> | null = null;
  private readonly watchers = new Map<string, FSWatcher>();
  private watching = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly debounceMs: number;

  constructor(private readonly options: ReloaderOptions) {
    this.debounceMs = options.debounceMs ?? 1000;
  }

  /**
   * Rebuild and swap. Rebuilds run one at a time; requests that arrive while
   * one runs share a single follow-up rebuild (which sees all their changes).
   */
  reload(trigger: ReloadTrigger): Promise<ReloadOutcome> {
    if (this.queued) return this.queued;
    const next = this.tail.then(() => {
      this.queued = null;
      return this.rebuild(trigger);
    });
    this.queued = next;
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async rebuild(trigger: ReloadTrigger): Promise<ReloadOutcome> {
    const { holder, build, log, dir } = this.options;
    const t0 = performance.now();
    let fresh: Engine;
    try {
      fresh = await build();
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const ms = Math.round(performance.now() - t0);
      log.error({ trigger, dir, reason, ms }, 'corpus reload failed; still answering from the previous index');
      return { ok: false, reason, ms };
    }
    const old = holder.swap(fresh);
    const report: ReloadReport = {
      ...diffCorpora(old, fresh),
      documents: fresh.corpus.documents.length,
      passages: fresh.corpus.passages.length,
      skipped: fresh.corpus.warnings.length,
      ms: Math.round(performance.now() - t0),
    };
    log.info(
      {
        trigger,
        added: report.added.length,
        removed: report.removed.length,
        changed: report.changed.length,
        documents: report.documents,
        passages: report.passages,
        skipped: report.skipped,
        ms: report.ms,
      },
      'corpus reloaded',
    );
    return { ok: true, report };
  }

  /**
   * Watch the corpus folder and its subfolders; a burst of changes triggers
   * one rebuild after `debounceMs` of quiet. Each folder gets its own plain
   * (non-recursive) watcher: Node's recursive watcher on Linux stats every
   * entry and fails on a symbolic link loop, which a corpus may well hold.
   */
  watch(): void {
    if (this.watching) return;
    this.watching = true;
    void this.watchFolders();
  }

  private async watchFolders(): Promise<void> {
    const { dir, log } = this.options;
    let folders: string[];
    try {
      folders = await listFolders(dir);
    } catch (err) {
      log.warn({ err, dir }, 'cannot watch the corpus folder; use /reload after changes');
      return;
    }
    if (folders.length === 0)
      log.warn({ dir }, 'cannot watch the corpus folder (not found); use /reload after changes');
    for (const folder of folders) {
      if (!this.watching || this.watchers.has(folder)) continue;
      try {
        // persistent: false — a watcher alone must never keep the process alive.
        const w = watch(folder, { persistent: false }, (_event, file) => {
          if (file && String(file).startsWith('.')) return; // editor swap files and the like
          clearTimeout(this.timer);
          this.timer = setTimeout(() => {
            this.reload('watch').catch((err: unknown) => log.error({ err }, 'reload after a corpus change failed'));
            void this.watchFolders(); // pick up new subfolders
          }, this.debounceMs);
        });
        w.on('error', (err) => {
          log.warn({ err, folder }, 'stopped watching a corpus folder; use /reload after changes there');
          w.close();
          this.watchers.delete(folder);
        });
        this.watchers.set(folder, w);
      } catch (err) {
        log.warn({ err, folder }, 'cannot watch a corpus folder; use /reload after changes there');
      }
    }
  }

  close(): void {
    this.watching = false;
    clearTimeout(this.timer);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }
}

/** `dir` and every folder below it (following links to folders, once each; hidden ones skipped). */
async function listFolders(dir: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = async (abs: string): Promise<void> => {
    const real = await realpath(abs).catch(() => null);
    if (real === null || seen.has(real)) return;
    seen.add(real);
    out.push(abs);
    const entries = await readdir(abs, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) await walk(path.join(abs, e.name));
      else if (e.isSymbolicLink()) {
        const target = await realpath(path.join(abs, e.name)).catch(() => null);
        if (
          target !== null &&
          (await readdir(target).then(
            () => true,
            () => false,
          ))
        )
          await walk(path.join(abs, e.name));
      }
    }
  };
  await walk(dir);
  return out;
}
