// Word vectors small enough to reason about, for tests of what the vectors change:
// each term a unit vector along an axis, or at a chosen cosine from another axis.
import { DIMENSIONS, quantise, TermVectors } from '../../src/nlp/word-vectors.js';

/** A term along `axis`, or (with `near`) at cosine `similarity` from the unit vector along `near`. */
export type VectorSpec =
  { term: string; axis: number } | { term: string; near: number; similarity: number; axis: number };

/** The first `corpusTerms` terms are the corpus's (as `deriveTermVectors` orders them); no antonyms. */
export function termVectors(specs: VectorSpec[], corpusTerms: number, rare: string[] = []): TermVectors {
  const data = new Int8Array(specs.length * DIMENSIONS);
  specs.forEach((s, i) => {
    const v = new Float32Array(DIMENSIONS);
    if ('near' in s) {
      v[s.near] = s.similarity;
      v[s.axis] = Math.sqrt(1 - s.similarity * s.similarity);
    } else v[s.axis] = 1;
    data.set(quantise(v), i * DIMENSIONS);
  });
  return new TermVectors({ terms: specs.map((s) => s.term), corpusTerms, vectors: data, antonyms: [], rare });
}
