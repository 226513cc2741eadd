// A question's words also find their close neighbours in the corpus
// ("purchase" → "buy", "jobless" → "unemployment"), weighted below the word
// itself, from the word vectors saved with the index. Antonyms are never
// neighbours (TermVectors leaves out WordNet's opposites), and names are
// not expanded: a name's neighbours are other names ("Ford" → "Chrysler").
import type { TermVectors } from '../nlp/word-vectors.js';
import type { Question } from './question.js';

/** Neighbours at least this similar stand in for a question word (cosine of GloVe vectors). */
export const EXPANSION_MIN_SIMILARITY = 0.65;
/** At most this many neighbours per question word. */
export const EXPANSIONS_PER_TERM = 3;
/** An expansion's weight is its similarity times this: below the exact word's 1 even at similarity 1. */
export const EXPANSION_WEIGHT = 0.5;

export interface Expansion {
  term: string;
  weight: number;
  /** The question term it stands in for. */
  for: string;
}

export function expansionsFor(q: Question, vectors: TermVectors | null | undefined): Expansion[] {
  if (!vectors) return [];
  const asked = new Set(q.terms);
  const out = new Map<string, Expansion>();
  for (const t of q.terms) {
    if (q.named.has(t) || /\d/.test(t)) continue;
    for (const n of vectors.neighbours(t, EXPANSIONS_PER_TERM, EXPANSION_MIN_SIMILARITY)) {
      if (asked.has(n.term)) continue;
      const weight = EXPANSION_WEIGHT * n.similarity;
      const have = out.get(n.term);
      if (!have || have.weight < weight) out.set(n.term, { term: n.term, weight, for: t });
    }
  }
  return [...out.values()];
}
