// Further sources of an answer, for "More sources": the passages of the
// question's one search that come next after the ones the answer cites.
import type { Corpus, Passage } from '../corpus/types.js';
import type { PassageHit } from '../search/passage-index.js';

/** Below this share of the best passage's score, a passage is no longer a source worth showing. */
const FURTHER_SHARE = 0.2;
/** Further sources kept with an answer. */
export const FURTHER_LIMIT = 6;

/** Ids of the hits, best first, that are not cited and score at least FURTHER_SHARE of the best hit. */
export function furtherIds(hits: readonly PassageHit[], cited: ReadonlySet<number>, limit = FURTHER_LIMIT): number[] {
  const top = hits[0]?.score ?? 0;
  const out: number[] = [];
  for (const h of hits) {
    if (out.length >= limit || h.score < top * FURTHER_SHARE) break;
    if (!cited.has(h.id) && !out.includes(h.id)) out.push(h.id);
  }
  return out;
}

/** The answer's further sources, as found by the search that made it. */
export function furtherPassages(
  ctx: { corpus: Pick<Corpus, 'passages'> },
  result: { further?: readonly number[] },
): Passage[] {
  return (result.further ?? []).flatMap((id) => ctx.corpus.passages[id] ?? []);
}
