// Index terms ↔ small integer ids. Ids are given in the order terms are first
// seen, so the same corpus always gets the same ids.

export class Vocabulary {
  private readonly ids: Map<string, number>;

  constructor(readonly terms: string[] = []) {
    this.ids = new Map(terms.map((t, i) => [t, i]));
  }

  get size(): number {
    return this.terms.length;
  }

  /** The id of a term, or -1 when the corpus never had it. */
  id(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  /** The id of a term, added when new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
    }
    return id;
  }

  term(id: number): string {
    return this.terms[id] ?? '';
  }
}
