// Document frequencies of index terms, gathered while the index is built, so
// the sentence ranker can weigh question terms by how rare they are.

/**
 * BM25's parameters, for the passage search (MiniSearch) and the sentence
 * ranker alike: textbook BM25 (Robertson's k1 = 1.2, b = 0.75, and no BM25+
 * lower bound: d = 0). MiniSearch's defaults are k = 1.2, b = 0.7, d = 0.5.
 * Checked, not tuned, on BEIR SciFact (`npm run eval -- scifact`): the
 * neighbourhood is flat within ±0.003.
 */
export const BM25 = { k: 1.2, b: 0.75, d: 0 } as const;

/** What the sentence ranker needs of term statistics. */
export interface IdfSource {
  idf(term: string): number;
}

/** BM25's idf (as MiniSearch computes it), always positive: a term in none of `documents` weighs most. */
export function bm25Idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

export class TermStats implements IdfSource {
  constructor(
    readonly df: Map<string, number> = new Map(),
    public documents = 0,
  ) {}

  addDocument(terms: Iterable<string>): void {
    this.documents++;
    for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  /** BM25's idf, always positive. A term the corpus never saw weighs most. */
  idf(term: string): number {
    return bm25Idf(this.documents, this.df.get(term) ?? 0);
  }
}
