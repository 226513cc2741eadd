// The search index over passages: MiniSearch with our own terms (stop words
// dropped, Porter2 stems), questions as OR queries, fuzzy matching only when
// an exact search finds nothing.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { terms } from '../nlp/terms.js';
import { TermStats } from './term-stats.js';

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
    const base = PassageIndex.options();
    let counting = true;
    const mini = new MiniSearch<IndexedText>({
      ...base,
      searchOptions: { ...base.searchOptions },
      tokenize: (text: string, field?: string) => {
        const t = terms(text);
        if (counting && field === 'text') stats.addDocument(t);
        return t;
      },
    });
    mini.addAll(Array.isArray(items) ? (items as IndexedText[]) : [...items]);
    counting = false;
    return new PassageIndex(mini, stats);
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** Passages for a question, best first. Falls back to fuzzy and prefix matching when nothing matches exactly. */
  search(question: string, limit = 20): PassageHit[] {
    let results: SearchResult[] = this.mini.search(question);
    if (results.length === 0) results = this.mini.search(question, { fuzzy: 0.2, prefix: (t) => t.length >= 4 });
    return results.slice(0, limit).map((r) => ({ id: r.id as number, score: r.score, matched: r.terms }));
  }

  /** Corpus terms close to what was asked, for "did you mean". */
  suggest(question: string, limit = 5): string[] {
    return this.mini
      .autoSuggest(question, { fuzzy: 0.3, prefix: true, combineWith: 'OR' })
      .slice(0, limit)
      .map((s) => s.suggestion);
  }
}
