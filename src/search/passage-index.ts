// The search index over passages: BM25 over our own terms (stop words
// dropped, Porter2 stems), questions as OR queries, fuzzy matching only when
// an exact search finds nothing.
//
// It scores exactly as MiniSearch does with the options in `options()` (same
// BM25 variant, field lengths, OR combination, and its "quality" factor: the
// score times the number of question terms matched), and tests check that it
// ranks the same. It keeps its postings in flat typed arrays instead of
// MiniSearch's nested Maps: a tenth of the memory, queries several times
// faster, and it saves and loads as a few array buffers.
import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { isShouting, termOf, terms, words } from '../nlp/terms.js';
import { Growable } from '../util/growable.js';
import { runToEnd } from '../util/slices.js';
import { bm25Idf, type IdfSource } from './term-stats.js';
import { Vocabulary } from './vocabulary.js';

/** Completions a prefix stands for in as-you-type search. */
export const PREFIX_EXPANSIONS = 12;

/** Bump when anything below changes what the index holds. */
export const INDEX_CONFIG_VERSION = 2;

/** What the index sees of a passage. */
export interface IndexedText {
  /** Ids are positions: 0, 1, 2… in the order added. */
  id: number;
  title: string;
  text: string;
}

/**
 * Textbook BM25 (Robertson's k1 = 1.2, b = 0.75, and no BM25+ lower bound:
 * d = 0) with title and text as equal fields. MiniSearch's defaults are
 * k = 1.2, b = 0.7, d = 0.5. Checked, not tuned, on BEIR SciFact
 * (`npm run eval -- scifact`): the neighbourhood is flat within ±0.003.
 */
export const SEARCH_TUNING = {
  bm25: { k: 1.2, b: 0.75, d: 0 },
  titleBoost: 1,
} as const;

/** MiniSearch's weights for fuzzy and prefix matches, and its cap on edit distance. */
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;
const MAX_FUZZY = 6;
/** Passages whose matched terms make the "did you mean" suggestions. */
const SUGGEST_PASSAGES = 200;

/** Fields in scoring order; `text` is the one the ranker's document frequencies come from. */
export const FIELDS = ['title', 'text'] as const;
const TEXT = 1;

export interface PassageHit {
  id: number;
  score: number;
  /** Index terms of the passage that the question matched (the corpus's spelling, for a fuzzy match). */
  matched: string[];
}

/** One field's postings: for term t, docs[offsets[t]…offsets[t+1]) in id order, with their term counts. */
export interface FieldPostings {
  offsets: Uint32Array;
  docs: Uint32Array;
  freqs: Uint16Array;
  /** Distinct terms per passage (MiniSearch's field length). */
  lengths: Uint16Array;
  /** Running mean of `lengths`, computed as MiniSearch does. */
  avgLength: number;
}

/** Everything the index holds, as plain arrays: what the cache saves. */
export interface PassageIndexData {
  documentCount: number;
  terms: string[];
  /** A readable word for each term (a stem is not one: "coalit"). */
  surface: string[];
  fields: FieldPostings[];
}

/** Extra index terms to search for, each with a weight below an exact question term's 1. */
export interface SearchOptions {
  expansions?: { term: string; weight: number }[];
}

interface QuerySpec {
  /** Adds to the score without counting as a matched question term. */
  expansion?: boolean;
  term: string;
  fuzzy: number | false;
  prefix: boolean;
  /** Instead of `term`: these index terms, with their weights (the completions of a word being typed). */
  alternatives?: { term: string; weight: number }[];
}

interface Derived {
  id: number;
  weight: number;
}

/** Document frequencies in the `text` field, for the sentence ranker. */
class TextFieldStats implements IdfSource {
  readonly df: { get(term: string): number | undefined; has(term: string): boolean };

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly postings: FieldPostings,
    readonly documents: number,
  ) {
    const count = (term: string) => {
      const id = vocabulary.id(term);
      return id < 0 ? 0 : (postings.offsets[id + 1] ?? 0) - (postings.offsets[id] ?? 0);
    };
    this.df = { get: (t) => count(t) || undefined, has: (t) => count(t) > 0 };
  }

  idf(term: string): number {
    return bm25Idf(this.documents, this.df.get(term) ?? 0);
  }
}

/** Adds passages one at a time, so a large corpus can be indexed between yields to the event loop. */
export class PassageIndexBuilder {
  private readonly vocabulary = new Vocabulary();
  private readonly surface: (string | undefined)[] = [];
  private readonly fields = FIELDS.map(() => ({
    terms: new Growable(Uint32Array, 1 << 16),
    docs: new Growable(Uint32Array, 1 << 16),
    freqs: new Growable(Uint16Array, 1 << 16),
    lengths: new Growable(Uint16Array, 1 << 12),
    avgLength: 0,
  }));
  private count = 0;

  /** The vocabulary being built: other per-passage data (sentence words) can share its ids. */
  get terms(): Vocabulary {
    return this.vocabulary;
  }

  add(item: IndexedText): void {
    if (item.id !== this.count)
      throw new Error(`passage ids must be positions: expected ${this.count}, got ${item.id}`);
    const values = [item.title, item.text];
    values.forEach((value, f) => {
      const field = this.fields[f];
      if (!field) return;
      // Every passage of a document has its title: count the title's terms once.
      const counts = f === 0 && value === this.lastTitle[0] ? this.lastTitle[1] : this.termCounts(value);
      if (f === 0) this.lastTitle = [value, counts];
      // MiniSearch's running mean, so scores match it to the last bit.
      field.avgLength = (field.avgLength * this.count + counts.size) / (this.count + 1);
      field.lengths.push(Math.min(counts.size, 0xffff));
      for (const [id, n] of counts) {
        field.terms.push(id);
        field.docs.push(this.count);
        field.freqs.push(Math.min(n, 0xffff));
      }
    });
    this.count++;
  }

  private lastTitle: [string, Map<number, number>] = ['', new Map<number, number>()];

  /** Term id → occurrences in `value`, in order of first occurrence. */
  private termCounts(value: string): Map<number, number> {
    const counts = new Map<number, number>();
    const shouting = isShouting(value);
    for (const w of words(value)) {
      const t = termOf(w, shouting);
      if (t === null) continue;
      const id = this.vocabulary.intern(t);
      // Ids can be taken by the sentence store's words too: fill by id.
      this.surface[id] ??= /^\p{Lu}{2,}$/u.test(w) && !shouting ? w : w.toLowerCase();
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  finish(): PassageIndex {
    return PassageIndex.fromData(this.finishData());
  }

  /** The index as plain data (what an Engine and the saved index hold). */
  finishData(): PassageIndexData {
    return runToEnd(this.finishSteps());
  }

  /** The sort as steps that yield between slices: finishData runs them straight through, EngineBuilder a slice per turn. */
  *finishSteps(): Generator<void, PassageIndexData, void> {
    const size = this.vocabulary.size;
    for (let i = 0; i < size; i++) this.surface[i] ??= this.vocabulary.term(i);
    const fields: FieldPostings[] = [];
    for (const f of this.fields) {
      // Read once by the sort below: views, not copies, at the moment memory peaks.
      const termIds = f.terms.view();
      const docs = f.docs.view();
      const freqs = f.freqs.view();
      // Counting sort by term; postings stay in passage order within a term.
      const offsets = new Uint32Array(size + 1);
      for (const t of termIds) offsets[t + 1] = (offsets[t + 1] ?? 0) + 1;
      for (let t = 0; t < size; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
      yield;
      const fill = offsets.slice(0, size);
      const outDocs = new Uint32Array(docs.length);
      const outFreqs = new Uint16Array(docs.length);
      for (let i = 0; i < termIds.length; i++) {
        const t = termIds[i] as number;
        const at = fill[t] as number;
        fill[t] = at + 1;
        outDocs[at] = docs[i] as number;
        outFreqs[at] = freqs[i] as number;
        if ((i & SORT_SLICE) === SORT_SLICE) yield;
      }
      fields.push({ offsets, docs: outDocs, freqs: outFreqs, lengths: f.lengths.finish(), avgLength: f.avgLength });
      yield;
    }
    return { documentCount: this.count, terms: this.vocabulary.terms, surface: this.surface as string[], fields };
  }
}

/** Postings placed between yields (a mask: 2^20 - 1, about 10 ms). */
const SORT_SLICE = (1 << 20) - 1;

export class PassageIndex {
  readonly vocabulary: Vocabulary;
  /** Document frequencies of the `text` field, for the sentence ranker. */
  readonly stats: TextFieldStats;
  private readonly fields: FieldPostings[];
  private fuzzyMap: SearchableMap<number> | undefined;
  // Scratch space for one query, reused: stamps say which query or spec last touched a passage.
  private readonly acc: Float64Array;
  private readonly specScore: Float64Array;
  private readonly matchedTerms: Uint16Array;
  private readonly queryStamp: Uint32Array;
  private readonly specStamp: Uint32Array;
  private stamp = 0;

  private constructor(private readonly data: PassageIndexData) {
    this.vocabulary = new Vocabulary(data.terms);
    this.fields = data.fields;
    const text = data.fields[TEXT];
    if (!text || data.fields.length !== FIELDS.length) throw new Error('index data has the wrong fields');
    this.stats = new TextFieldStats(this.vocabulary, text, data.documentCount);
    const n = data.documentCount;
    this.acc = new Float64Array(n);
    this.specScore = new Float64Array(n);
    this.matchedTerms = new Uint16Array(n);
    this.queryStamp = new Uint32Array(n);
    this.specStamp = new Uint32Array(n);
  }

  static fromData(data: PassageIndexData): PassageIndex {
    return new PassageIndex(data);
  }

  /** What to save. The arrays are the index's own: do not modify them. */
  toData(): PassageIndexData {
    return this.data;
  }

  /** MiniSearch options that score exactly as this index does (for comparison benchmarks and tests). */
  static options(): Options<IndexedText> {
    return {
      fields: [...FIELDS],
      storeFields: [],
      tokenize: (text: string) => terms(text),
      processTerm: (term: string) => term,
      searchOptions: {
        combineWith: 'OR',
        prefix: false,
        fuzzy: false,
        boost: { title: SEARCH_TUNING.titleBoost },
        bm25: { ...SEARCH_TUNING.bm25 },
      },
    };
  }

  /** The same texts in a MiniSearch index with `options()`: the baseline this index is measured against. */
  static miniSearch(items: readonly IndexedText[]): MiniSearch<IndexedText> {
    const mini = new MiniSearch<IndexedText>(PassageIndex.options());
    mini.addAll(items);
    return mini;
  }

  /** Index every text. */
  static build(items: Iterable<IndexedText>): PassageIndex {
    const builder = new PassageIndexBuilder();
    for (const item of items) builder.add(item);
    return builder.finish();
  }

  get size(): number {
    return this.data.documentCount;
  }

  /** A readable word for an index term ("coalition" for "coalit"). */
  surfaceOf(term: string): string {
    const id = this.vocabulary.id(term);
    return id < 0 ? term : (this.data.surface[id] ?? term);
  }

  /** Index terms starting with `prefix`, with how many passages hold each (from memory; for autocomplete). */
  termsWithPrefix(prefix: string, limit = 25): { term: string; passages: number }[] {
    const out: { term: string; passages: number }[] = [];
    for (const [term, id] of this.fuzzy().atPrefix(prefix)) {
      out.push({ term, passages: this.postingCount(TEXT, id) + this.postingCount(0, id) });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Passages for a question, best first. Falls back to fuzzy and prefix matching when nothing matches exactly. */
  search(question: string, limit = 20, options: SearchOptions = {}): PassageHit[] {
    const qterms = terms(question);
    // Expansions (a question word's close neighbours) add score but do not count as matched question terms.
    const extra = (options.expansions ?? []).map(({ term, weight }) => ({
      term,
      fuzzy: false as const,
      prefix: false,
      alternatives: [{ term, weight }],
      expansion: true,
    }));
    let hits = this.run([...qterms.map((term) => ({ term, fuzzy: false as const, prefix: false })), ...extra], limit);
    // Typos in longer words only: at one edit a short word matches too much ("bake" → "make", "base").
    if (hits.length === 0)
      hits = this.run(
        qterms.map((term) => ({ term, fuzzy: term.length >= 6 ? 0.2 : false, prefix: term.length >= 5 })),
        limit,
      );
    return hits;
  }

  /** Up to `max` index terms that start with `prefix`, most frequent first. */
  expandPrefix(prefix: string, max = PREFIX_EXPANSIONS): string[] {
    if (!prefix) return [];
    const found: { term: string; df: number }[] = [];
    for (const [term, id] of this.fuzzy().atPrefix(prefix)) found.push({ term, df: this.postingCount(TEXT, id) });
    return found
      .sort((x, y) => y.df - x.df)
      .slice(0, max)
      .map((x) => x.term);
  }

  /**
   * As-you-type search: `whole` index terms as they are, `partial` as
   * prefixes (the forms of the word being typed; any may match). A prefix
   * stands for its most frequent completions only, which bounds the cost
   * however short it is. Every word must match; when that finds fewer than
   * `limit`, passages that match some words follow. For autocomplete.
   */
  searchPrefix(whole: readonly string[], partial: readonly string[], limit = 25): PassageHit[] {
    const typed = new Set(partial);
    const completions = [...new Set(partial.flatMap((p) => this.expandPrefix(p)))];
    const specs: QuerySpec[] = whole.map((term) => ({ term, fuzzy: false, prefix: false }));
    // The word being typed is one spec whatever it completes to; a completion counts less than the word as typed.
    if (completions.length)
      specs.push({
        term: completions.join(' '),
        fuzzy: false,
        prefix: false,
        alternatives: completions.map((t) => ({ term: t, weight: typed.has(t) ? 1 : PREFIX_WEIGHT })),
      });
    if (specs.length === 0) return [];
    const results = this.run(specs, limit, specs.length);
    if (results.length < limit && specs.length > 1) {
      const seen = new Set(results.map((r) => r.id));
      for (const r of this.run(specs, limit * 2)) {
        if (results.length >= limit) break;
        if (!seen.has(r.id)) results.push(r);
      }
    }
    return results;
  }

  /** Corpus words close to the words asked, for "did you mean": one or two per question word. */
  suggest(question: string, limit = 5): string[] {
    const out = new Set<string>();
    // Only words the articles do not use need a suggestion; a fuzzy lookup of a common word costs
    // tens of milliseconds at 100,000 passages and suggests nothing the member did not type.
    for (const t of new Set(terms(question).filter((x) => this.postingCount(TEXT, this.vocabulary.id(x)) === 0))) {
      // MiniSearch's autoSuggest: group the passages found by the set of terms they matched ("take make base").
      const groups = new Map<string, { score: number; count: number }>();
      const specs = [{ term: t, fuzzy: 0.3 as const, prefix: true }];
      // The best passages only: every passage a common prefix reaches would cost seconds at 100,000 passages.
      for (const hit of this.run(specs, SUGGEST_PASSAGES, specs.length)) {
        const phrase = hit.matched.join(' ');
        const g = groups.get(phrase);
        if (g) {
          g.score += hit.score;
          g.count++;
        } else groups.set(phrase, { score: hit.score, count: 1 });
      }
      const near = [...groups]
        .map(([phrase, g]) => ({ phrase, score: g.score / g.count }))
        .sort((a, b) => b.score - a.score)
        .flatMap((s) => s.phrase.split(' '));
      for (const w of [...new Set(near)].slice(0, 2)) out.add(this.surfaceOf(w));
      if (out.size >= limit) break;
    }
    return [...out].slice(0, limit);
  }

  private postingCount(field: number, id: number): number {
    const f = this.fields[field];
    return f ? (f.offsets[id + 1] ?? 0) - (f.offsets[id] ?? 0) : 0;
  }

  /** A radix tree over the vocabulary for prefix and fuzzy lookups, built on first use. */
  private fuzzy(): SearchableMap<number> {
    this.fuzzyMap ??= SearchableMap.from(this.data.terms.map((t, i) => [t, i] as [string, number]));
    return this.fuzzyMap;
  }

  /** The terms a spec searches for, with their weights, in MiniSearch's order: exact, prefix, fuzzy. */
  private expand(spec: QuerySpec): Derived[] {
    if (spec.alternatives)
      return spec.alternatives
        .map(({ term, weight }) => ({ id: this.vocabulary.id(term), weight }))
        .filter((x) => x.id >= 0);
    const out: Derived[] = [];
    const exact = this.vocabulary.id(spec.term);
    if (exact >= 0) out.push({ id: exact, weight: 1 });
    if (!spec.prefix && !spec.fuzzy) return out;
    const map = this.fuzzy();
    let fuzzyMatches: Map<string, [number, number]> | undefined;
    if (spec.fuzzy) {
      const maxDistance = Math.min(MAX_FUZZY, Math.round(spec.term.length * spec.fuzzy));
      if (maxDistance) fuzzyMatches = map.fuzzyGet(spec.term, maxDistance);
    }
    if (spec.prefix) {
      for (const [term, id] of map.atPrefix(spec.term)) {
        const distance = term.length - spec.term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(term);
        out.push({ id, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance) });
      }
    }
    if (fuzzyMatches) {
      for (const [term, [id, distance]] of fuzzyMatches) {
        if (!distance) continue;
        out.push({ id, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) });
      }
    }
    return out;
  }

  /**
   * Score every passage that holds a spec's terms, as MiniSearch's OR query
   * does, and keep the best `limit` in its order (score, then first found).
   * With `requireAll`, only passages matching that many distinct specs count.
   */
  private run(specs: QuerySpec[], limit: number, requireAll = 0): PassageHit[] {
    if (specs.length === 0 || limit <= 0) return [];
    const { k, b, d } = SEARCH_TUNING.bm25;
    const boosts = [SEARCH_TUNING.titleBoost, 1];
    const n = this.data.documentCount;
    const query = ++this.stamp;
    const touched: number[] = [];
    const expanded = specs.map((s) => this.expand(s));
    const firstOfTerm = specs.map((s, i) => !s.expansion && specs.findIndex((o) => o.term === s.term) === i);
    for (const [i, derived] of expanded.entries()) {
      const spec = ++this.stamp;
      const specDocs: number[] = [];
      for (const { id, weight } of derived) {
        for (let f = 0; f < this.fields.length; f++) {
          const field = this.fields[f] as FieldPostings;
          const from = field.offsets[id] as number;
          const to = field.offsets[id + 1] as number;
          const matching = to - from;
          if (matching === 0) continue;
          const idf = bm25Idf(n, matching);
          const w = weight * (boosts[f] ?? 1);
          const avg = field.avgLength;
          for (let p = from; p < to; p++) {
            const doc = field.docs[p] as number;
            const tf = field.freqs[p] as number;
            // MiniSearch's expression, term for term, so that scores and ties match it exactly.
            const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * (field.lengths[doc] as number)) / avg)));
            if (this.specStamp[doc] !== spec) {
              this.specStamp[doc] = spec;
              this.specScore[doc] = w * raw;
              specDocs.push(doc);
            } else this.specScore[doc] = (this.specScore[doc] as number) + w * raw;
          }
        }
      }
      for (const doc of specDocs) {
        if (this.queryStamp[doc] !== query) {
          this.queryStamp[doc] = query;
          this.acc[doc] = this.specScore[doc] as number;
          this.matchedTerms[doc] = 0;
          touched.push(doc);
        } else this.acc[doc] = (this.acc[doc] as number) + (this.specScore[doc] as number);
        // A repeated question word adds to the score but is one matched term.
        if (firstOfTerm[i]) this.matchedTerms[doc] = (this.matchedTerms[doc] as number) + 1;
      }
    }
    // The best `limit`, in MiniSearch's order: by score, ties by when first found.
    const top: { doc: number; score: number }[] = [];
    for (const doc of touched) {
      const matched = this.matchedTerms[doc] as number;
      if (matched < requireAll) continue;
      const score = (this.acc[doc] as number) * (matched || 1);
      if (top.length >= limit && score <= (top[top.length - 1] as { score: number }).score) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1] as { score: number }).score < score) at--;
      top.splice(at, 0, { doc, score });
      if (top.length > limit) top.pop();
    }
    return top.map(({ doc, score }) => ({ id: doc, score, matched: this.matchedIn(doc, expanded) }));
  }

  /** The derived terms found in a passage, each once, in the order they were searched. */
  private matchedIn(doc: number, expanded: Derived[][]): string[] {
    const out: string[] = [];
    for (const derived of expanded)
      for (const { id } of derived) {
        const term = this.vocabulary.term(id);
        if (!out.includes(term) && this.fields.some((f) => holds(f, id, doc))) out.push(term);
      }
    return out;
  }
}

/** Binary search of a term's postings for a passage. */
function holds(field: FieldPostings, id: number, doc: number): boolean {
  let lo = field.offsets[id] as number;
  let hi = (field.offsets[id + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = field.docs[mid] as number;
    if (v === doc) return true;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
