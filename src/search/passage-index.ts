// The search index over passages: MiniSearch with our own terms (stop words
// dropped, Porter2 stems), questions as OR queries, fuzzy matching only when
// an exact search finds nothing.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { isShouting, termOf, terms, words } from '../nlp/terms.js';
import { TermStats } from './term-stats.js';

/** Completions a prefix stands for in as-you-type search. */
export const PREFIX_EXPANSIONS = 12;

/** Bump when anything below changes what the index holds. */
export const INDEX_CONFIG_VERSION = 1;

/** What the index sees of a passage. */
export interface IndexedText {
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

export interface PassageHit {
  id: number;
  score: number;
  /** Index terms of the question that this passage contains. */
  matched: string[];
}

export class PassageIndex {
  private constructor(
    private readonly mini: MiniSearch<IndexedText>,
    readonly stats: TermStats,
    /** A readable word for each index term (a stem is not one: "coalit"). */
    private readonly surface: Map<string, string>,
  ) {}

  static options(): Options<IndexedText> {
    return {
      fields: ['title', 'text'],
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

  /** Index every text; document frequencies for the ranker come from the `text` field. */
  static build(items: Iterable<IndexedText>): PassageIndex {
    const stats = new TermStats();
    const surface = new Map<string, string>();
    const base = PassageIndex.options();
    let building = true;
    const mini = new MiniSearch<IndexedText>({
      ...base,
      searchOptions: { ...base.searchOptions },
      tokenize: (text: string, field?: string) => {
        if (!building) return terms(text);
        // While building, one pass gives the terms, their document
        // frequencies and a readable word for each.
        const shouting = isShouting(text);
        const out: string[] = [];
        for (const w of words(text)) {
          const t = termOf(w, shouting);
          if (t === null) continue;
          out.push(t);
          if (!surface.has(t)) surface.set(t, /^\p{Lu}{2,}$/u.test(w) && !shouting ? w : w.toLowerCase());
        }
        if (field === 'text') stats.addDocument(out);
        return out;
      },
    });
    mini.addAll(Array.isArray(items) ? (items as IndexedText[]) : [...items]);
    building = false;
    return new PassageIndex(mini, stats, surface);
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** Passages for a question, best first. Falls back to fuzzy and prefix matching when nothing matches exactly. */
  search(question: string, limit = 20): PassageHit[] {
    let results: SearchResult[] = this.mini.search(question);
    // Typos in longer words only: at one edit a short word matches too much ("bake" → "make", "base").
    if (results.length === 0)
      results = this.mini.search(question, {
        fuzzy: (t) => (t.length >= 6 ? 0.2 : false),
        prefix: (t) => t.length >= 5,
      });
    return results.slice(0, limit).map((r) => ({ id: r.id as number, score: r.score, matched: r.terms }));
  }

  /** Index terms of passage text, sorted, for prefix expansion; built on first use. */
  private sortedTerms: string[] | null = null;

  /** Up to `max` index terms that start with `prefix`, most frequent first. */
  expandPrefix(prefix: string, max = PREFIX_EXPANSIONS): string[] {
    const terms = (this.sortedTerms ??= [...this.stats.df.keys()].sort());
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((terms[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < terms.length && (terms[i] ?? '').startsWith(prefix); i++) found.push(terms[i] ?? '');
    const df = (t: string) => this.stats.df.get(t) ?? 0;
    return found.sort((a, b) => df(b) - df(a)).slice(0, max);
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
    const run = (combineWith: 'AND' | 'OR'): SearchResult[] =>
      this.mini.search({
        combineWith,
        // The terms are index terms already: no second tokenizing or stemming.
        tokenize: (s: string) => s.split(' '),
        processTerm: (t: string) => t,
        fuzzy: false,
        prefix: false,
        // A completion counts less than the word as typed, as MiniSearch weighs prefix matches.
        boostTerm: (t: string) => (typed.has(t) || whole.includes(t) ? 1 : 0.4),
        queries: [
          ...whole.map((t) => ({ queries: [t] })),
          ...(completions.length ? [{ queries: [completions.join(' ')], combineWith: 'OR' as const }] : []),
        ],
      });
    if (whole.length === 0 && completions.length === 0) return [];
    const results = run('AND').slice(0, limit);
    if (results.length < limit && whole.length + (completions.length ? 1 : 0) > 1) {
      const seen = new Set(results.map((r) => r.id as number));
      for (const r of run('OR')) {
        if (results.length >= limit) break;
        if (!seen.has(r.id as number)) results.push(r);
      }
    }
    return results.map((r) => ({ id: r.id as number, score: r.score, matched: r.terms }));
  }

  /** Corpus words close to the words asked, for "did you mean": one or two per question word. */
  suggest(question: string, limit = 5): string[] {
    const out = new Set<string>();
    for (const t of new Set(terms(question))) {
      // A suggestion is the set of terms one document matched ("take make base"): take its words.
      const near = this.mini.autoSuggest(t, { fuzzy: 0.3, prefix: true }).flatMap((s) => s.suggestion.split(' '));
      for (const w of [...new Set(near)].slice(0, 2)) out.add(this.surface.get(w) ?? w);
      if (out.size >= limit) break;
    }
    return [...out].slice(0, limit);
  }
}
