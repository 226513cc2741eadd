// Document frequencies of index terms, gathered while the index is built, so
// the sentence ranker can weigh question terms by how rare they are.

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
