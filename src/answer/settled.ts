// "Did Trump address the nation…?" is settled by what happened, not by what was expected: news tells the
// expectation ("There was speculation that President Trump could address the nation…"), then the outcome in the
// next sentence ("…the White House said there won't be any address by Trump"), which shares few of the question's
// words and so ranks below it.
import type { Passage } from '../corpus/types.js';
import { sentencesOf } from '../corpus/passage-store.js';
import { terms } from '../nlp/terms.js';
import { sameStory, type AnswerContext, type PassageSentence } from './context.js';
import type { Ranked } from './ranker.js';

/** A sentence that tells only what may happen: a modal, or an expectation. */
const HEDGED =
  /\b(?:could|might|may|speculation|speculated|expected|expects?|possibl[ey]|possibility|likely|considering|weighing)\b/i;

/**
 * For a yes/no question whose best sentence only tells what may happen, the sentence after it in its article when it
 * takes up what that one tells (a term of both, other than the question's names), ranked as the best one; else null.
 */
export function settlingSentence(
  ctx: AnswerContext,
  best: Ranked<PassageSentence>,
  names: ReadonlySet<string>,
): Ranked<PassageSentence> | null {
  const first = best.candidate;
  if (!HEDGED.test(first.text)) return null;
  const next = nextSentence(ctx, first.passage, first.start + first.text.length);
  if (!next || HEDGED.test(next.text)) return null;
  const told = new Set(terms(first.text).filter((t) => !names.has(t)));
  if (!terms(next.text).some((t) => told.has(t))) return null;
  return { ...best, candidate: next };
}

/** The sentence that begins at or after `from` in `passage`, else the first of the story's next paragraph. */
function nextSentence(ctx: AnswerContext, passage: Passage, from: number): PassageSentence | null {
  const inPassage = (ctx.sentences?.of(passage.id) ?? sentencesOf(passage)).find((s) => s.start >= from);
  if (inPassage) return sentenceOf(passage, inPassage);
  const following = ctx.corpus.passages[passage.id + 1];
  if (!following || !sameStory(ctx, following, passage)) return null;
  const firstOf = (ctx.sentences?.of(following.id) ?? sentencesOf(following))[0];
  return firstOf ? sentenceOf(following, firstOf) : null;
}

function sentenceOf(
  passage: Passage,
  s: { start: number; end: number; kinds: number; proper: string[] },
): PassageSentence {
  return { text: passage.text.slice(s.start, s.end), kinds: s.kinds, proper: s.proper, passage, start: s.start };
}
