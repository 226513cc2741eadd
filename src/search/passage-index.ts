// The search index over passages: MiniSearch itself, with our term pipeline
// (stop words dropped, Porter2 stems) as its tokenizer, textbook BM25 as its
// scoring, questions as OR queries, fuzzy and prefix matching only when an
// exact search finds nothing, and its autoSuggest for "did you mean".
//
// Beside MiniSearch, worked out once while indexing and saved with it: the
// vocabulary (term ids, which the sentence store shares), a readable word for
// each stem, and each term's document frequency per field (the sentence
// ranker's idf, and which words are worth a search).
import MiniSearch, { type Options, type Query, type SearchOptions, type SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { isShouting, terms, termOf, words } from '../nlp/terms.js';
import { editDistance } from '../util/edit-distance.js';
import { BM25, bm25Idf, type IdfSource } from './term-stats.js';
import { Vocabulary } from '../util/vocabulary.js';

/** Completions a prefix stands for in as-you-type search. */
export const PREFIX_EXPANSIONS = 12;

/** Bump when anything below changes what the index holds. */
export const INDEX_CONFIG_VERSION = 3;

/** What the index sees of a passage. */
export interface IndexedText {
  /** Ids are positions: 0, 1, 2… in the order added. */
  id: number;
  title: string;
  text: string;
}

/** BM25 (see term-stats.ts) with title and text as equal fields. */
export const SEARCH_TUNING = {
  bm25: BM25,
  titleBoost: 1,
} as const;

/** How far a "did you mean" suggestion may be from the word asked (MiniSearch's fuzzy share of its length). */
const SUGGEST_FUZZY = 0.3;

/** Fields in scoring order; `text` is the one the ranker's document frequencies come from. */
export const FIELDS = ['title', 'text'] as const;

export interface PassageHit {
  id: number;
  score: number;
  /** Index terms of the passage that the question matched (the corpus's spelling, for a fuzzy match). */
  matched: string[];
}

/** An extra index term (an already processed stem) searched with a question, weighted below its words. */
export interface Expansion {
  term: string;
  /** In (0, 1): how much a match counts against a match of a question word. */
  weight: number;
}

export interface SearchExtras {
  /** Terms near the question's in meaning (another word for the same thing), ORed into the search. */
  expansions?: readonly Expansion[];
}

/** Everything the index holds: what the cache saves. */
export interface PassageIndexData {
  /** MiniSearch itself, saved with its own toJSON and loaded with loadJS. */
  mini: MiniSearch<IndexedText>;
  /** Term ids (shared with the sentence store). */
  terms: string[];
  /** A readable word for each term (a stem is not one: "coalit"). */
  surface: string[];
  /** Passages whose text holds each term, by term id. */
  textDf: Uint32Array;
  /** Passages whose title holds each term, by term id. */
  titleDf: Uint32Array;
}

/** Query strings we make are terms already processed: MiniSearch splits them at spaces, nothing more. */
const SPLIT = (text: string): string[] => text.split(' ').filter(Boolean);
const AS_IS = (term: string): string => term;

/** Document frequencies in the `text` field, for the sentence ranker. */
class TextFieldStats implements IdfSource {
  readonly df: { get(term: string): number | undefined; has(term: string): boolean };

  constructor(
    vocabulary: Vocabulary,
    textDf: Uint32Array,
    readonly documents: number,
  ) {
    const count = (term: string) => {
      const id = vocabulary.id(term);
      return id < 0 ? 0 : (textDf[id] ?? 0);
    };
    this.df = { get: (t) => count(t) || undefined, has: (t) => count(t) > 0 };
  }

  idf(term: string): number {
    return bm25Idf(this.documents, this.df.get(term) ?? 0);
  }
}

/** The MiniSearch options of the index; `tokenize` is our term pipeline unless given. */
function miniOptions(tokenize: (text: string, field?: string) => string[] = terms): Options<IndexedText> {
  return {
    fields: [...FIELDS],
    storeFields: [],
    tokenize,
    // Terms come out of `tokenize` processed (stop words dropped, stemmed).
    processTerm: AS_IS,
    searchOptions: {
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
      boost: { title: SEARCH_TUNING.titleBoost },
      bm25: { ...SEARCH_TUNING.bm25 },
    },
    autoSuggestOptions: { combineWith: 'AND', prefix: true, fuzzy: SUGGEST_FUZZY },
  };
}

/** Adds passages one at a time, so a large corpus can be indexed between yields to the event loop. */
export class PassageIndexBuilder {
  private readonly vocabulary = new Vocabulary();
  private readonly surface: (string | undefined)[] = [];
  private readonly textDf: number[] = [];
  private readonly titleDf: number[] = [];
  // The terms of the passage being added, worked out here once (for the counts above) and handed to
  // MiniSearch through its tokenizer; every passage of a document repeats the title: worked out once.
  private pending: { title: [string, string[]]; text: [string, string[]] } = { title: ['', []], text: ['', []] };
  private lastTitle: [string, string[], number[]] = ['', [], []];
  private readonly mini = new MiniSearch<IndexedText>(
    miniOptions((text, field) => {
      const p = field === 'title' ? this.pending.title : field === 'text' ? this.pending.text : undefined;
      return p && p[0] === text ? p[1] : terms(text);
    }),
  );
  private count = 0;

  /** The vocabulary being built: other per-passage data (sentence words) can share its ids. */
  get terms(): Vocabulary {
    return this.vocabulary;
  }

  add(item: IndexedText): void {
    if (item.id !== this.count)
      throw new Error(`passage ids must be positions: expected ${this.count}, got ${item.id}`);
    if (item.title !== this.lastTitle[0]) {
      const [list, ids] = this.termsOf(item.title);
      this.lastTitle = [item.title, list, [...new Set(ids)]];
    }
    const [text, textIds] = this.termsOf(item.text);
    for (const id of new Set(textIds)) this.textDf[id] = (this.textDf[id] ?? 0) + 1;
    for (const id of this.lastTitle[2]) this.titleDf[id] = (this.titleDf[id] ?? 0) + 1;
    this.pending = { title: [item.title, this.lastTitle[1]], text: [item.text, text] };
    this.mini.add(item);
    this.count++;
  }

  /** Terms of `value` in order, and their ids. */
  private termsOf(value: string): [string[], number[]] {
    const list: string[] = [];
    const ids: number[] = [];
    const shouting = isShouting(value);
    for (const w of words(value)) {
      const t = termOf(w, shouting);
      if (t === null) continue;
      const id = this.vocabulary.intern(t);
      // Ids can be taken by the sentence store's words too: fill by id.
      this.surface[id] ??= /^\p{Lu}{2,}$/u.test(w) && !shouting ? w : w.toLowerCase();
      list.push(t);
      ids.push(id);
    }
    return [list, ids];
  }

  finish(): PassageIndex {
    return PassageIndex.fromData(this.finishData());
  }

  /** The index as data (what an Engine and the saved index hold). Call once every term is interned. */
  finishData(): PassageIndexData {
    const size = this.vocabulary.size;
    for (let i = 0; i < size; i++) this.surface[i] ??= this.vocabulary.term(i);
    const counts = (xs: number[]) => Uint32Array.from({ length: size }, (_, i) => xs[i] ?? 0);
    return {
      mini: this.mini,
      terms: this.vocabulary.terms,
      surface: this.surface as string[],
      textDf: counts(this.textDf),
      titleDf: counts(this.titleDf),
    };
  }
}

export class PassageIndex {
  readonly vocabulary: Vocabulary;
  /** Document frequencies of the `text` field, for the sentence ranker. */
  readonly stats: TextFieldStats;
  /** The MiniSearch index itself. */
  readonly mini: MiniSearch<IndexedText>;
  private prefixMap: SearchableMap<number> | undefined;

  private constructor(private readonly data: PassageIndexData) {
    this.vocabulary = new Vocabulary(data.terms);
    this.mini = data.mini;
    if (data.textDf.length !== data.terms.length || data.titleDf.length !== data.terms.length)
      throw new Error('index data: term counts disagree');
    this.stats = new TextFieldStats(this.vocabulary, data.textDf, data.mini.documentCount);
  }

  static fromData(data: PassageIndexData): PassageIndex {
    return new PassageIndex(data);
  }

  /** What to save. The structures are the index's own: do not modify them. */
  toData(): PassageIndexData {
    return this.data;
  }

  /** The options the index's MiniSearch is made and loaded with. */
  static options(): Options<IndexedText> {
    return miniOptions();
  }

  /** Index every text. */
  static build(items: Iterable<IndexedText>): PassageIndex {
    const builder = new PassageIndexBuilder();
    for (const item of items) builder.add(item);
    return builder.finish();
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** A readable word for an index term ("coalition" for "coalit"). */
  surfaceOf(term: string): string {
    const id = this.vocabulary.id(term);
    return id < 0 ? term : (this.data.surface[id] ?? term);
  }

  /** Passages holding a term, in text or title. */
  private passagesWith(id: number): number {
    return id < 0 ? 0 : (this.data.textDf[id] ?? 0) + (this.data.titleDf[id] ?? 0);
  }

  /** Index terms starting with `prefix`, with how many passages hold each (from memory; for autocomplete). */
  termsWithPrefix(prefix: string, limit = 25): { term: string; passages: number }[] {
    const out: { term: string; passages: number }[] = [];
    for (const [term, id] of this.prefixes().atPrefix(prefix)) {
      out.push({ term, passages: this.passagesWith(id) });
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Passages for a question, best first: one MiniSearch search (an OR query of
   * its terms, BM25). Falls back to fuzzy and prefix matching when nothing
   * matches exactly. `expansions` are further index terms searched with the
   * question's, each counting `weight` of a question word's match.
   */
  search(question: string, limit = 20, extras: SearchExtras = {}): PassageHit[] {
    // Every term, a repeated one again (MiniSearch scores it again). Leaving out words most passages
    // hold made searches faster but lost answers that needed them ("Bank of England", "U.S. banks").
    const qterms = terms(question);
    if (qterms.length === 0) return [];
    const expansions = new Map<string, number>();
    for (const e of extras.expansions ?? [])
      if (!qterms.includes(e.term) && this.vocabulary.id(e.term) >= 0 && e.weight > 0)
        expansions.set(e.term, Math.max(expansions.get(e.term) ?? 0, Math.min(e.weight, 1)));
    const query = [...qterms, ...expansions.keys()].join(' ');
    const options: SearchOptions = { tokenize: SPLIT, processTerm: AS_IS };
    if (expansions.size) options.boostTerm = (t) => expansions.get(t) ?? 1;
    let results = this.mini.search(query, options);
    // Typos in longer words only: at one edit a short word matches too much ("bake" → "make", "base").
    if (results.length === 0)
      results = this.mini
        .search(qterms.join(' '), {
          ...options,
          fuzzy: (t) => (t.length >= 6 ? 0.2 : false),
          prefix: (t) => t.length >= 5,
        })
        // Ties in passage order: MiniSearch lists them as its term tree yields them, which loading reorders.
        .sort((a, b) => nearly(b.score) - nearly(a.score) || (a.id as number) - (b.id as number));
    if (expansions.size) results = requalify(results, expansions);
    return results.slice(0, limit).map(toHit);
  }

  /** Up to `max` index terms that start with `prefix`, most frequent first. */
  expandPrefix(prefix: string, max = PREFIX_EXPANSIONS): string[] {
    if (!prefix) return [];
    const found: { term: string; df: number }[] = [];
    for (const [term, id] of this.prefixes().atPrefix(prefix)) {
      const df = this.passagesWith(id);
      if (df > 0) found.push({ term, df: this.data.textDf[id] ?? 0 });
    }
    return found
      .sort((x, y) => y.df - x.df)
      .slice(0, max)
      .map((x) => x.term);
  }

  /**
   * As-you-type search: `whole` index terms as they are, `partial` as
   * prefixes (the forms of the word being typed; any may match). A prefix
   * stands for its most frequent completions only, which bounds the cost
   * however short it is (MiniSearch's own prefix search would take them all).
   * Every word must match; when that finds fewer than `limit`, passages that
   * match some words follow. For autocomplete.
   */
  searchPrefix(whole: readonly string[], partial: readonly string[], limit = 25): PassageHit[] {
    const typed = new Set(partial);
    const completions = [...new Set(partial.flatMap((p) => this.expandPrefix(p)))];
    const queries: Query[] = [];
    if (whole.length) queries.push({ queries: [whole.join(' ')], combineWith: 'AND' });
    // The word being typed: any of its completions; one counts less than the word as typed.
    if (completions.length)
      queries.push({
        queries: [completions.join(' ')],
        combineWith: 'OR',
        boostTerm: (t) => (typed.has(t) ? 1 : MINI_PREFIX_WEIGHT),
      });
    if (queries.length === 0) return [];
    const options: SearchOptions = { tokenize: SPLIT, processTerm: AS_IS };
    // A prefix's completions are its most frequent words: scoring every passage that holds one
    // costs most. Only passages with all the whole words can be AND matches: MiniSearch skips the
    // rest (a document boost of 0) before it scores them. Same results, a fraction of the work.
    let boostDocument: SearchOptions['boostDocument'];
    if (whole.length && completions.length) {
      const holding = new Set(
        this.mini.search(whole.join(' '), { ...options, combineWith: 'AND' }).map((r) => r.id as number),
      );
      boostDocument = (id) => (holding.has(id as number) ? 1 : 0);
    }
    const results = this.mini
      .search({ queries, combineWith: 'AND' }, boostDocument ? { ...options, boostDocument } : options)
      .slice(0, limit)
      .map(toHit);
    if (results.length < limit && queries.length > 1) {
      const seen = new Set(results.map((r) => r.id));
      for (const r of this.mini.search({ queries, combineWith: 'OR' }, options)) {
        if (results.length >= limit) break;
        if (!seen.has(r.id as number)) results.push(toHit(r));
      }
    }
    return results;
  }

  /** Corpus words close to the words asked, for "did you mean": one or two per question word (MiniSearch's autoSuggest). */
  suggest(question: string, limit = 5): string[] {
    const out = new Set<string>();
    // Only words the articles do not use need a suggestion; a fuzzy lookup of a common word costs
    // tens of milliseconds at 100,000 passages and suggests nothing the member did not type.
    for (const t of new Set(terms(question).filter((x) => this.passagesWith(this.vocabulary.id(x)) === 0))) {
      const near = this.mini
        .autoSuggest(t, { tokenize: SPLIT, processTerm: AS_IS })
        // Ties alphabetically: MiniSearch lists them as its term tree yields them, which loading reorders.
        .sort(
          (a, b) =>
            nearly(b.score) - nearly(a.score) ||
            (a.suggestion < b.suggestion ? -1 : a.suggestion > b.suggestion ? 1 : 0),
        )
        // Within a suggestion, the closest spelling first (MiniSearch lists its terms in tree order).
        .flatMap((s) => [...s.terms].sort((a, b) => editDistance(t, a) - editDistance(t, b) || (a < b ? -1 : 1)))
        .filter((w) => w !== t);
      for (const w of [...new Set(near)].slice(0, 2)) out.add(this.surfaceOf(w));
      if (out.size >= limit) break;
    }
    return [...out].slice(0, limit);
  }

  /** A radix tree over the vocabulary for prefix lookups (MiniSearch's own SearchableMap), built on first use. */
  private prefixes(): SearchableMap<number> {
    this.prefixMap ??= SearchableMap.from(
      this.data.terms.flatMap((t, i) => (this.passagesWith(i) > 0 ? [[t, i] as [string, number]] : [])),
    );
    return this.prefixMap;
  }
}

/** A score to 9 significant digits: sums of the same terms in another order differ in the last bits. */
const nearly = (x: number): number => Number(x.toPrecision(9));

/** MiniSearch's weight for a prefix match. */
const MINI_PREFIX_WEIGHT = 0.375;

function toHit(r: SearchResult): PassageHit {
  return { id: r.id as number, score: r.score, matched: r.terms };
}

/**
 * MiniSearch multiplies a passage's score by how many query terms it matched.
 * An expansion is not a word of the question: it counts its weight, not one
 * (a passage matching "purchase" and its neighbour "buy" is not twice as good);
 * at least 1, as MiniSearch's own count.
 */
function requalify(results: SearchResult[], expansions: ReadonlyMap<string, number>): SearchResult[] {
  return results
    .map((r) => {
      const raw = r.score / (r.queryTerms.length || 1);
      const quality = r.queryTerms.reduce((q, t) => q + (expansions.get(t) ?? 1), 0);
      return { ...r, score: raw * Math.max(quality, 1) };
    })
    .sort((a, b) => b.score - a.score);
}
