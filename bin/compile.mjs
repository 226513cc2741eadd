// TypeScript compiled to plain JavaScript with esbuild, one file per source
// file (no bundling: every path taken relative to import.meta.url still
// holds), into a folder that mirrors the repository's, and only when a source
// is newer than the last compile. Why: bin/start.mjs. A new tree replaces the
// old one whole (renamed into place); a bot already running from the old one
// keeps the modules it has loaded.
import { build, version } from 'esbuild';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.compiled.json';

/** Every TypeScript source below `dir` (relative to the repository), sorted. */
export function sourcesIn(dir) {
  const walk = (rel) =>
    readdirSync(path.join(ROOT, rel), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(`${rel}/${e.name}`)
        : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
          ? [`${rel}/${e.name}`]
          : [],
    );
  return walk(dir).sort();
}

/**
 * Compile `files` (relative to the repository) into `outdir`, mirroring their
 * paths, unless it already holds them as they are now (same files, same
 * modification times, same esbuild). Returns whether it compiled.
 */
export async function compile(files, outdir) {
  const out = path.resolve(ROOT, outdir);
  const print = JSON.stringify({
    esbuild: version,
    files,
    times: files.map((f) => statSync(path.join(ROOT, f)).mtimeMs),
  });
  const current = () => {
    try {
      return readFileSync(path.join(out, STAMP), 'utf8') === print;
    } catch {
      return false; // not compiled yet
    }
  };
  if (current()) return false;
  // Compiled beside `outdir` and swapped in, so a start running at the same time never reads half a tree.
  const tmp = `${out}.tmp-${process.pid}`;
  await build({
    entryPoints: files.map((f) => path.join(ROOT, f)),
    outdir: tmp,
    outbase: ROOT,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
  });
  writeFileSync(path.join(tmp, STAMP), print);
  // Two starts at once both compile: the second keeps the first's tree rather than swap it under it.
  if (current()) {
    rmSync(tmp, { recursive: true, force: true });
    return false;
  }
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
  return true;
}
