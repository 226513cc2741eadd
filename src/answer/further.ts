// Further sources of an answer: the passages that match the question next
// best after the ones it cites, for "More sources".
import type { Passage } from '../corpus/types.js';
import type { AnswerContext, AskResult } from './compose.js';

/** Below this share of the best passage's score, a passage is no longer a source worth showing. */
const FURTHER_SHARE = 0.2;

export function furtherPassages(
  ctx: AnswerContext,
  result: Extract<AskResult, { kind: 'answer' }>,
  limit = 6,
): Passage[] {
  const cited = new Set(result.citations.map((c) => c.passage.id));
  const hits = ctx.index.search(result.question, 20 + cited.size);
  const top = hits[0]?.score ?? 0;
  return hits
    .filter((h) => !cited.has(h.id) && h.score >= top * FURTHER_SHARE)
    .slice(0, limit)
    .flatMap((h) => ctx.corpus.passages[h.id] ?? []);
}
