// What the answer's parts share: the context an answer is worked out in (the corpus, its index and what was saved
// with it), a candidate sentence with its passage, and two readings of them (an article's text, a sentence's terms).
import type { Corpus, Passage, SourceDocument } from '../corpus/types.js';
import type { SentenceStore } from '../corpus/sentence-store.js';
import { storyAt } from '../corpus/stories.js';
import { sentenceWords } from '../nlp/sentence-words.js';
import type { TermVectors } from '../nlp/word-vectors.js';
import type { PassageIndex } from '../search/passage-index.js';
import type { TimelineIndex } from '../timeline/timeline-index.js';
import type { Candidate } from './ranker.js';

/** A sentence of a passage, as the ranker sees it. */
export type PassageSentence = Candidate & { passage: Passage; start: number };

export interface AnswerContext {
  corpus: Corpus;
  index: PassageIndex;
  /** When present, questions that name a day prefer sentences dated that day. */
  timeline?: TimelineIndex;
  /** Sentence data worked out at index time; without it, sentences are analysed now. */
  sentences?: SentenceStore;
  /** Word vectors saved with the index; without them, only exact terms match. */
  vectors?: TermVectors | null;
}

const newestDays = new WeakMap<Corpus, string | null>();
/** The newest article's day (`YYYY-MM-DD`), worked out once per corpus; null when no article is dated. */
export function newestArticleDay(ctx: AnswerContext): string | null {
  let day = newestDays.get(ctx.corpus);
  if (day === undefined) {
    day = null;
    for (const d of ctx.corpus.documents) {
      const at = d.date?.slice(0, 10);
      if (at && (day === null || at > day)) day = at;
    }
    newestDays.set(ctx.corpus, day);
  }
  return day;
}

/** Which story of its article a passage tells: 0, unless the article is a listing page of several. */
export function storyOf(ctx: Pick<AnswerContext, 'corpus'>, passage: Passage): number {
  return storyAt(ctx.corpus.documents[passage.doc], passage.paragraph);
}

/** Whether two passages tell one story: of one article and, on a listing page, of one of its stories. */
export function sameStory(ctx: Pick<AnswerContext, 'corpus'>, a: Passage, b: Passage): boolean {
  return a.doc === b.doc && storyOf(ctx, a) === storyOf(ctx, b);
}

/** The ids of the passages of `passage`'s story, in order: its article's, unless that is a listing page. */
export function storyPassages(ctx: AnswerContext, passage: Passage): number[] {
  const document = ctx.corpus.documents[passage.doc];
  if (!document) return [];
  if (!document.stories?.length) return document.passages;
  const story = storyAt(document, passage.paragraph);
  return document.passages.filter((id) => {
    const p = ctx.corpus.passages[id];
    return p !== undefined && storyAt(document, p.paragraph) === story;
  });
}

/** Passages' texts, one to a line. */
function textOf(ctx: AnswerContext, ids: readonly number[]): string {
  return ids.map((id) => ctx.corpus.passages[id]?.text ?? '').join('\n');
}

/** The text of a passage's story (storyPassages), its paragraphs one to a line. */
export function storyText(ctx: AnswerContext, passage: Passage): string {
  return textOf(ctx, storyPassages(ctx, passage));
}

/** An article's text, its paragraphs one to a line; empty when there is none. */
export function articleText(ctx: AnswerContext, document: SourceDocument | undefined): string {
  return document ? textOf(ctx, document.passages) : '';
}

/** The rarest of `terms` in the corpus (the highest idf): the name that says most which one is meant. */
export function rarestTerm(ctx: AnswerContext, terms: Iterable<string>): string | undefined {
  return [...terms].sort((a, b) => ctx.index.stats.idf(b) - ctx.index.stats.idf(a))[0];
}

/** The terms a sentence holds: those it says, and those it holds by reference (a role, by the person's surname). */
export function heldTerms(candidate: PassageSentence): Set<string> {
  const have = new Set((candidate.words ?? sentenceWords(candidate.text)).terms.filter((t): t is string => t !== null));
  for (const t of candidate.refers ?? []) have.add(t);
  return have;
}
