// The architecture, kept: src/ is layered, and a module imports only from its
// own folder or from a layer below it; no import cycles, and nothing in src/
// reaches outside it (evaluation code lives in eval/ and scripts/).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/**
 * Bottom to top. Shared helpers first; the pure core (no Discord, no terminal,
 * no process state) in the order its parts build on each other; the process's
 * configuration and logging; the engine that holds a corpus and its indexes,
 * with its saved form; the front-ends; and src/index.ts, which wires them.
 * Folders on one row are peers and must not import each other.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['util'], // small data structures and helpers, no domain knowledge
  ['nlp'], // words, terms, sentences, word vectors (wink-nlp)
  ['dates'], // date mentions in text (chrono-node), the calendar
  ['corpus'], // articles → passages, their sentences and dates, stored as columns
  ['search'], // the passage index (MiniSearch), autocomplete
  ['timeline'], // date → sentences, the day report
  ['answer'], // questions → ranked, cited sentences
  ['runtime'], // configuration, logging, signals
  ['engine'], // the engine: built or loaded from the saved index, reloaded
  ['bot', 'cli'], // the front-ends: Discord, the terminal
  ['index.ts'], // the process: wires a front-end to an engine
];

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesBelow(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative module specifiers: static imports, re-exports and dynamic import(). */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(SPECIFIER)].map((m) =>
    path.resolve(path.dirname(file), (m[1] ?? '').replace(/\.js$/, '.ts')),
  );
}

/** The top-level folder (or file) of src/ a path belongs to. */
const unitOf = (file: string) => path.relative(SRC, file).split(path.sep)[0] ?? '';
const layerOf = (unit: string) => LAYERS.findIndex((row) => row.includes(unit));

const files = filesBelow(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => path.relative(SRC, f);

describe('src/ layers', () => {
  it('names every folder of src/ in a layer', () => {
    const units = [...new Set(files.map(unitOf))];
    expect(units.filter((u) => layerOf(u) === -1)).toEqual([]);
  });

  it('imports only from the same folder or a layer below', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph)
      for (const target of targets) {
        const from = unitOf(file);
        const to = unitOf(target);
        if (target.startsWith(SRC + path.sep) && from === to) continue;
        const ok = target.startsWith(SRC + path.sep) && layerOf(to) !== -1 && layerOf(to) < layerOf(from);
        if (!ok) wrong.push(`${rel(file)} → ${path.relative(SRC, target)}`);
      }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (!graph.has(t)) continue;
        if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].map(rel).join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('sees the imports it checks', () => {
    // A guard for the checks above: were the pattern to stop matching, they would pass on nothing.
    const engine = graph.get(path.join(SRC, 'engine', 'engine.ts')) ?? [];
    expect(engine.map(unitOf)).toEqual(expect.arrayContaining(['answer', 'corpus', 'search', 'timeline']));
  });
});
