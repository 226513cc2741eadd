// The search index over passages: MiniSearch itself, with our term pipeline
// (stop words dropped, Porter2 stems) as its tokenizer, textbook BM25 as its
// scoring, questions as OR queries, fuzzy and prefix matching only when an
// exact search finds nothing, and its autoSuggest for "did you mean".
//
// Two MiniSearch instances: passage texts, and article titles (one document
// per article). Every passage of an article has its title: indexed on each
// passage, titles were a third of all postings (load time and memory). A
// passage's score is MiniSearch's BM25 over its text plus its article's over
// the title, times the question words either matched, as one MiniSearch with
// both fields scores it (exactly so when an article is one passage).
//
// Beside MiniSearch, worked out once while indexing and saved with it: the
// vocabulary (term ids, which the sentence store shares), a readable word for
// each stem, and each term's document frequency per field (the sentence
// ranker's idf, and which words are worth a search).
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { isShouting, terms, termOf, words } from '../nlp/terms.js';
import { editDistance } from '../util/edit-distance.js';
import { BM25, bm25Idf, type IdfSource } from './term-stats.js';
import { Vocabulary } from '../util/vocabulary.js';

/** Completions a prefix stands for in as-you-type search. */
export const PREFIX_EXPANSIONS = 12;

/** Bump when anything below changes what the index holds. */
// 4: titles in their own MiniSearch, one document per article.
// 5: "US", "United States" and "American" one term.
// 6: a short title before a name is its word spelled out ("Gen." → general).
// 7: an irregular verb form that is a noun first keeps its own term ("drug", "crew", "wound").
// 8: "won't" and "don't" are no "win" and no "Don".
// 9: a two-word verb with no one-word synonym stands for its hypernym's words ("spell out" → specify).
export const INDEX_CONFIG_VERSION = 9;

/** What the index sees of a passage. */
export interface IndexedText {
  /** Ids are positions: 0, 1, 2… in the order added. */
  id: number;
  /** Its article (passages of one article come one after another); each passage its own article when absent. */
  doc?: number;
  title: string;
  text: string;
}

/** What each of the two MiniSearch instances holds of a document: a passage's text, or an article's title. */
export interface IndexedField {
  id: number;
  title?: string;
  text?: string;
}

/** BM25 (see term-stats.ts) with title and text as equal fields. */
export const SEARCH_TUNING = {
  bm25: BM25,
  titleBoost: 1,
} as const;

/** How far a "did you mean" suggestion may be from the word asked (MiniSearch's fuzzy share of its length). */
const SUGGEST_FUZZY = 0.3;

/** The passage index's field; the ranker's document frequencies come from it. */
const TEXT_FIELDS = ['text'];
/** The article index's field. */
const TITLE_FIELDS = ['title'];

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
  /** A factor on the scores of an article's passages (MiniSearch's `boostDocument`), by article. */
  articleBoost?: (article: number) => number;
  /** Question terms that count less than a whole word's match (MiniSearch's `boostTerm`), by term. */
  termWeights?: ReadonlyMap<string, number>;
}

/** Everything the index holds: what the cache saves. */
export interface PassageIndexData {
  /** MiniSearch over passage texts (ids: passage positions), saved with its own toJSON and loaded with loadJS. */
  mini: MiniSearch<IndexedField>;
  /** MiniSearch over article titles (ids: 0, 1, 2… in passage order), likewise. */
  titles: MiniSearch<IndexedField>;
  /** Article a holds passages [articleStart[a], articleStart[a + 1]). */
  articleStart: Uint32Array;
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

/** The MiniSearch options of either index; `tokenize` is our term pipeline unless given. */
function miniOptions(
  fields: string[],
  tokenize: (text: string, field?: string) => string[] = terms,
): Options<IndexedField> {
  return {
    fields,
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
  private readonly articleStart: number[] = [];
  // The terms of the text or title being added, worked out here once (for the counts above) and handed
  // to MiniSearch through its tokenizer.
  private pending: [string, string[]] = ['', []];
  private lastTitleIds: number[] = [];
  private lastDoc: number | undefined;
  private readonly tokenize = (text: string): string[] => (this.pending[0] === text ? this.pending[1] : terms(text));
  private readonly mini = new MiniSearch<IndexedField>(miniOptions(TEXT_FIELDS, this.tokenize));
  private readonly titles = new MiniSearch<IndexedField>(miniOptions(TITLE_FIELDS, this.tokenize));
  private count = 0;

  /** The vocabulary being built: other per-passage data (sentence words) can share its ids. */
  get terms(): Vocabulary {
    return this.vocabulary;
  }

  add(item: IndexedText): void {
    if (item.id !== this.count)
      throw new Error(`passage ids must be positions: expected ${this.count}, got ${item.id}`);
    const doc = item.doc ?? -1 - item.id;
    if (doc !== this.lastDoc) {
      // A new article: its title goes into the title index once (ids: 0, 1, 2… in the order seen).
      const [list, ids] = this.termsOf(item.title);
      this.lastTitleIds = [...new Set(ids)];
      this.pending = [item.title, list];
      this.titles.add({ id: this.articleStart.length, title: item.title });
      this.articleStart.push(this.count);
      this.lastDoc = doc;
    }
    const [text, textIds] = this.termsOf(item.text);
    for (const id of new Set(textIds)) this.textDf[id] = (this.textDf[id] ?? 0) + 1;
    for (const id of this.lastTitleIds) this.titleDf[id] = (this.titleDf[id] ?? 0) + 1;
    this.pending = [item.text, text];
    this.mini.add({ id: item.id, text: item.text });
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
      titles: this.titles,
      articleStart: Uint32Array.from([...this.articleStart, this.count]),
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
  /** MiniSearch over the passages' texts. */
  readonly mini: MiniSearch<IndexedField>;
  /** MiniSearch over the articles' titles. */
  readonly titles: MiniSearch<IndexedField>;
  private prefixMap: SearchableMap<number> | undefined;
  /** The article of each passage. */
  private readonly articleOf: Uint32Array;
  /** Per passage, the number of the last search whose titles matched its article's (both()). */
  private marked = new Uint32Array(0);
  private markNumber = 0;

  private constructor(private readonly data: PassageIndexData) {
    this.vocabulary = new Vocabulary(data.terms);
    this.mini = data.mini;
    this.titles = data.titles;
    if (data.textDf.length !== data.terms.length || data.titleDf.length !== data.terms.length)
      throw new Error('index data: term counts disagree');
    const starts = data.articleStart;
    if (
      starts.length !== data.titles.documentCount + 1 ||
      starts[0] !== 0 ||
      starts[starts.length - 1] !== data.mini.documentCount
    )
      throw new Error('index data: article and passage counts disagree');
    this.articleOf = new Uint32Array(data.mini.documentCount);
    for (let a = 0; a + 1 < starts.length; a++) this.articleOf.fill(a, starts[a], starts[a + 1]);
    this.stats = new TextFieldStats(this.vocabulary, data.textDf, data.mini.documentCount);
  }

  static fromData(data: PassageIndexData): PassageIndex {
    return new PassageIndex(data);
  }

  /** What to save. The structures are the index's own: do not modify them. */
  toData(): PassageIndexData {
    return this.data;
  }

  /** The options the passage texts' MiniSearch is made and loaded with. */
  static options(): Options<IndexedField> {
    return miniOptions(TEXT_FIELDS);
  }

  /** The options the article titles' MiniSearch is made and loaded with. */
  static titleOptions(): Options<IndexedField> {
    return miniOptions(TITLE_FIELDS);
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
    const weights = extras.termWeights;
    if (expansions.size || weights?.size) options.boostTerm = (t) => expansions.get(t) ?? weights?.get(t) ?? 1;
    const articleBoost = extras.articleBoost;
    const boostPassage = articleBoost && ((id: unknown) => articleBoost(this.articleOf[id as number] ?? -1));
    const boostArticle = articleBoost && ((id: unknown) => articleBoost(id as number));
    let results = this.both(query, options, boostPassage, boostArticle);
    // Typos in longer words only: at one edit a short word matches too much ("bake" → "make", "base").
    const fuzzy = results.text.length === 0 && results.byArticle.size === 0;
    if (fuzzy)
      results = this.both(
        qterms.join(' '),
        { ...options, fuzzy: (t) => (t.length >= 6 ? 0.2 : false), prefix: (t) => t.length >= 5 },
        boostPassage,
        boostArticle,
      );
    const scoreOf = expansions.size ? (r: Scored) => requalified(r, expansions) : (r: Scored) => r.score;
    // Ties in passage order; fuzzy ties to 9 digits (MiniSearch lists fuzzy matches as its term tree
    // yields them, which loading reorders, and their sums differ in the last bits).
    const top = new Top(limit, scoreOf, fuzzy);
    this.addAll(results, top);
    return top.hits();
  }

  /** Passages of article `a`. */
  private passagesOf(a: number): [number, number] {
    const starts = this.data.articleStart;
    return [starts[a] ?? 0, starts[a + 1] ?? 0];
  }

  /**
   * One query in both indexes, as one MiniSearch over title and text would
   * answer it: per passage, its text's BM25 plus its article's title's, times
   * the query terms either matched (`addAll` adds them up).
   */
  private both(
    query: string,
    options: SearchOptions,
    boostPassage?: (id: unknown) => number,
    boostArticle?: (id: unknown) => number,
  ): Results {
    // MiniSearch's own results, as they are, for passages whose article's title does not match: most of
    // them, for a question of common words. Read in place (copied into a new array, or into a new object
    // each, they were a tenth of a search, most of it the garbage collector's).
    const text = this.mini.search(
      query,
      boostPassage ? { ...options, boostDocument: boostPassage } : options,
    ) as unknown as Scored[];
    const byArticle = new Map<number, Partial>();
    for (const r of this.titles.search(query, boostArticle ? { ...options, boostDocument: boostArticle } : options))
      byArticle.set(r.id as number, partialOf(r));
    if (byArticle.size === 0) return { text, byArticle, inTitled: () => false };
    // The passages of those articles, marked with this call's number: a lookup per text result that
    // allocates nothing.
    if (this.marked.length !== this.articleOf.length || this.markNumber === 0xffffffff) {
      this.marked = new Uint32Array(this.articleOf.length);
      this.markNumber = 0;
    }
    const mark = ++this.markNumber;
    const marked = this.marked;
    for (const a of byArticle.keys()) {
      const [from, to] = this.passagesOf(a);
      marked.fill(mark, from, to);
    }
    return { text, byArticle, inTitled: (id) => marked[id] === mark };
  }

  /** Results of `both` into `top`: in one pass over the text's results, which may run to tens of thousands. */
  private addAll(results: Results, top: Top): void {
    const textOf = new Map<number, Scored>();
    for (const r of results.text) {
      if (results.inTitled(r.id)) textOf.set(r.id, r);
      else top.add(r);
    }
    // A question of common words matches the titles of thousands of articles: each of their passages is scored
    // first, and made into a result only when it would be kept.
    for (const [a, title] of results.byArticle) {
      const [from, to] = this.passagesOf(a);
      for (let p = from; p < to; p++) {
        const r = textOf.get(p);
        if (top.passesOver(r ? scoreWithTitle(r, title) : titleScore(title))) continue;
        top.add(r ? withTitle(r, title) : scored(p, title));
      }
    }
  }

  /**
   * Each passage's shares of a query's score, from both indexes, before counting
   * the query terms matched. `inText` limits the passages scored (MiniSearch
   * skips the rest, a document boost of 0, before scoring them).
   */
  private partials(query: string, options: SearchOptions, inText?: (id: number) => boolean): Map<number, Partial> {
    const byPassage = new Map<number, Partial>();
    const textOptions: SearchOptions = inText
      ? { ...options, boostDocument: (id) => (inText(id as number) ? 1 : 0) }
      : options;
    for (const r of this.mini.search(query, textOptions)) byPassage.set(r.id as number, partialOf(r));
    const titleOptions: SearchOptions = inText
      ? {
          ...options,
          boostDocument: (id) => {
            const [from, to] = this.passagesOf(id as number);
            for (let p = from; p < to; p++) if (inText(p)) return 1;
            return 0;
          },
        }
      : options;
    for (const r of this.titles.search(query, titleOptions)) {
      const title = partialOf(r);
      const [from, to] = this.passagesOf(r.id as number);
      for (let p = from; p < to; p++) {
        if (inText && !inText(p)) continue;
        const text = byPassage.get(p);
        byPassage.set(p, text ? merge(text, title) : title);
      }
    }
    return byPassage;
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
    if (whole.length === 0 && completions.length === 0) return [];
    const options: SearchOptions = { tokenize: SPLIT, processTerm: AS_IS };
    // The whole words: a passage must hold every one, in its text or its title.
    const holding = whole.length ? this.partials(whole.join(' '), options) : undefined;
    if (holding) for (const [id, r] of holding) if (!whole.every((w) => r.queryTerms.includes(w))) holding.delete(id);
    // The word being typed: any of its completions; one counts less than the word as typed.
    const completing: SearchOptions = { ...options, boostTerm: (t) => (typed.has(t) ? 1 : MINI_PREFIX_WEIGHT) };
    // A prefix's completions are its most frequent words: scoring every passage that holds one
    // costs most. Only passages with all the whole words can match all: MiniSearch skips the rest
    // (a document boost of 0) before it scores them. Same results, a fraction of the work.
    const completed = completions.length
      ? this.partials(completions.join(' '), completing, holding && ((id) => holding.has(id)))
      : undefined;
    let all: Map<number, Partial>;
    if (holding && completed) {
      all = new Map();
      for (const [id, r] of completed) {
        const h = holding.get(id);
        if (h) all.set(id, merge(h, r));
      }
    } else all = (holding ?? completed) as Map<number, Partial>;
    const results = finish(all).slice(0, limit).map(toHit);
    if (results.length < limit && holding && completed) {
      // Then passages with some of the words: all the whole ones, or a completion.
      const some = new Map(holding);
      for (const [id, r] of this.partials(completions.join(' '), completing)) {
        const h = some.get(id);
        some.set(id, h ? merge(h, r) : r);
      }
      const seen = new Set(results.map((r) => r.id));
      for (const r of finish(some)) {
        if (results.length >= limit) break;
        if (!seen.has(r.id)) results.push(toHit(r));
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
      const near = [this.mini, this.titles]
        .flatMap((m) => m.autoSuggest(t, { tokenize: SPLIT, processTerm: AS_IS }))
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

/** One query's results from both indexes (see `both`). */
interface Results {
  /** MiniSearch's results over passage texts, as it returns them. */
  text: readonly Scored[];
  /** MiniSearch's results over titles, by article: each adds to every passage of its article. */
  byArticle: ReadonlyMap<number, Partial>;
  /** Whether a passage's article is in `byArticle` (its entry in `text` is then a part of its score). */
  inTitled: (id: number) => boolean;
}

/** A passage's result from both indexes. */
interface Scored {
  id: number;
  score: number;
  /** Index terms matched. */
  terms: string[];
  /** Query terms matched. */
  queryTerms: string[];
}

/** One index's share of a passage's score: before MiniSearch's multiplying by the query terms matched. */
interface Partial {
  raw: number;
  terms: string[];
  queryTerms: string[];
}

const partialOf = (r: Pick<SearchResult, 'score' | 'terms' | 'queryTerms'>): Partial => ({
  raw: r.score / (r.queryTerms.length || 1),
  terms: r.terms,
  queryTerms: r.queryTerms,
});

/** A passage's score from its article's title alone. */
const titleScore = (r: Partial): number => r.raw * (r.queryTerms.length || 1);

const scored = (id: number, r: Partial): Scored => ({
  id,
  score: titleScore(r),
  terms: r.terms,
  queryTerms: r.queryTerms,
});

/** Passages' scores, best first, as one MiniSearch's would be. */
function finish(byPassage: ReadonlyMap<number, Partial>): Scored[] {
  const out: Scored[] = [];
  for (const [id, r] of byPassage) out.push(scored(id, r));
  return byScore(out, true);
}

/**
 * Best first, ties in passage order. `near`: scores equal to 9 digits are ties (sums of the same terms in
 * another order differ in the last bits), each rounded once rather than in every comparison.
 */
function byScore<T extends Scored>(xs: T[], near: boolean): T[] {
  if (!near) return xs.sort((a, b) => b.score - a.score || a.id - b.id);
  const key = new Map(xs.map((x) => [x, nearly(x.score)]));
  return xs.sort((a, b) => (key.get(b) ?? 0) - (key.get(a) ?? 0) || a.id - b.id);
}

/** `a` and what of `b` it lacks, in order; `a` itself when it lacks nothing (the lists are a few terms). */
function joined(a: string[], b: readonly string[]): string[] {
  let out = a;
  for (const x of b)
    if (!out.includes(x)) {
      if (out === a) out = [...a];
      out.push(x);
    }
  return out;
}

/** A passage's text result with its article's title share: merge() without the intermediate objects. */
function withTitle(r: Scored, title: Partial): Scored {
  return {
    id: r.id,
    score: scoreWithTitle(r, title),
    terms: joined(r.terms, title.terms),
    queryTerms: joined(r.queryTerms, title.queryTerms),
  };
}

/** withTitle's score, without making the result: its text's share and its title's, times the query terms of both. */
function scoreWithTitle(r: Scored, title: Partial): number {
  let terms = r.queryTerms.length;
  for (const t of title.queryTerms) if (!r.queryTerms.includes(t)) terms++;
  return (r.score / (r.queryTerms.length || 1) + title.raw) * (terms || 1);
}

/** A passage's text and title shares together, as MiniSearch's OR adds the fields' scores. */
const merge = (a: Partial, b: Partial): Partial => ({
  raw: a.raw + b.raw,
  terms: joined(a.terms, b.terms),
  queryTerms: joined(a.queryTerms, b.queryTerms),
});

function toHit(r: Scored): PassageHit {
  return { id: r.id, score: r.score, matched: r.terms };
}

/**
 * MiniSearch multiplies a passage's score by how many query terms it matched.
 * An expansion is not a word of the question: it counts its weight, not one
 * (a passage matching "purchase" and its neighbour "buy" is not twice as good);
 * at least 1, as MiniSearch's own count.
 */
function requalified(r: Scored, expansions: ReadonlyMap<string, number>): number {
  const raw = r.score / (r.queryTerms.length || 1);
  let quality = 0;
  for (const t of r.queryTerms) quality += expansions.get(t) ?? 1;
  return raw * Math.max(quality, 1);
}

/**
 * The `limit` best passages by `scoreOf`, ties in passage order (`near`: scores equal to 9 digits are
 * ties), in whatever order they are added. One pass, keeping the best so far: the results of a question
 * of common words run to tens of thousands, and only the first few are wanted.
 */
class Top {
  private readonly top: { hit: PassageHit; key: number }[] = [];

  constructor(
    private readonly limit: number,
    /** At most the passage's MiniSearch score: a result scoring below the last kept is passed over unread. */
    private readonly scoreOf: (r: Scored) => number,
    private readonly near: boolean,
  ) {}

  /** A result of this MiniSearch score would be passed over unread. */
  passesOver(score: number): boolean {
    const last = this.top[this.top.length - 1];
    // (A hair above it: a score divided and multiplied again may come out a last bit higher.)
    return (
      this.limit <= 0 ||
      (this.top.length >= this.limit && last !== undefined && !this.near && score * (1 + 1e-12) < last.key)
    );
  }

  add(r: Scored): void {
    const top = this.top;
    const last = top[top.length - 1];
    const full = top.length >= this.limit;
    if (this.passesOver(r.score)) return;
    const score = this.scoreOf(r);
    const key = this.near ? nearly(score) : score;
    if (full && last && !(key > last.key || (key === last.key && r.id < last.hit.id))) return;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = top[mid] as { hit: PassageHit; key: number };
      if (m.key > key || (m.key === key && m.hit.id < r.id)) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, { hit: { id: r.id, score, matched: r.terms }, key });
    if (top.length > this.limit) top.pop();
  }

  hits(): PassageHit[] {
    return this.top.map((t) => t.hit);
  }
}
