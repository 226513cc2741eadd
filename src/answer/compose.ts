// A question → the answer: 1–3 sentences (≤ 400 characters, 560 for a near tie) with citation
// markers, and the passages they cite.
import type { Passage, SourceDocument } from '../corpus/types.js';
import { termSpans } from '../nlp/terms.js';
import { truncate } from '../util/text.js';
import { whenLead } from './answer-dates.js';
import { datedEnd } from './times-asked.js';
import { cleanQuestion, QUESTION_MAX_CHARS } from './clean-question.js';
import { excerpt, type Excerpt } from './excerpt.js';
import { FURTHER_LIMIT, furtherIds } from './further.js';
import type { AnswerContext, PassageSentence } from './context.js';
import { nameLead } from './people.js';
import type { Ranked } from './ranker.js';
import type { AnswerSignals } from './signals.js';
import { NUMBER_KINDS, YES_NO } from './asked-kind.js';
import { settlingSentence } from './settled.js';
import { ANSWER_STRETCH_CHARS, chooseSentences, MARKER_CHARS, spansMeet, withoutHeadline } from './answer-text.js';
import { readQuestion, refusedBeforeSearch } from './read-question.js';
import { MAX_CITATIONS, searchQuestion, type Searched } from './question-search.js';
import { rankForQuestion } from './ranking.js';
import { answersOrNot, whyNotAnswered } from './answers-or-not.js';

export { MAX_CITATIONS };

/** Further passages are cited when they score at least this share of the best passage. */
const CITE_SHARE = 0.35;

export interface Citation {
  n: number;
  passage: Passage;
  document: SourceDocument;
  excerpt: Excerpt;
}

export interface SearchStats {
  passages: number;
  documents: number;
  ms: number;
}

export type AskResult =
  | {
      kind: 'answer';
      question: string;
      /** The answer with citation markers, e.g. "… troops there. [1]" */
      answer: string;
      /** For "when" questions, the date the answer resolves to: "On Tuesday 7 January 2020 (Tuesday evening):". */
      lead?: string;
      /** The same, sentence by sentence, each with the number of the citation it rests on. */
      sentences: { text: string; citation: number }[];
      citations: Citation[];
      /** Passage ids of further sources ("More sources"), from the same search, best first. */
      further?: number[];
      /** Query terms, for highlighting. */
      terms: string[];
      stats: SearchStats;
    }
  | { kind: 'not-found'; question: string; message: string; suggestions: string[]; stats: SearchStats }
  | { kind: 'invalid'; question: string; message: string };

/** What is wrong with a question before any search (empty, too long); null when it can be asked. */
export function invalidQuestion(raw: string): Extract<AskResult, { kind: 'invalid' }> | null {
  const question = cleanQuestion(raw);
  if (!question)
    return { kind: 'invalid', question, message: 'The question is empty. Ask about something in the articles.' };
  if (question.length > QUESTION_MAX_CHARS)
    return {
      kind: 'invalid',
      question: truncate(question, 80),
      message: `The question is ${question.length.toLocaleString('en-US')} characters long; the limit is ${QUESTION_MAX_CHARS}. Ask about one thing at a time.`,
    };
  return null;
}

export function ask(ctx: AnswerContext, raw: string, trace?: (signals: AnswerSignals) => void): AskResult {
  const t0 = performance.now();
  const invalid = invalidQuestion(raw);
  if (invalid) return invalid;
  const read = readQuestion(ctx, raw);
  const stats = () => ({
    passages: ctx.corpus.passages.length,
    documents: ctx.corpus.documents.length,
    ms: performance.now() - t0,
  });
  const notFound = (message: string): AskResult => ({
    kind: 'not-found',
    question: read.shown,
    message,
    suggestions: ctx.index.suggest(read.question),
    stats: stats(),
  });
  const refused = refusedBeforeSearch(ctx, read);
  if (refused) return notFound(refused);
  const searched = searchQuestion(ctx, read);
  if (typeof searched === 'string') return notFound(searched);
  const ranking = rankForQuestion(ctx, searched);
  const decision = answersOrNot(ctx, searched, ranking, trace);
  if (!decision.answers) return notFound(whyNotAnswered(searched, ranking, decision.leader));
  return composeAnswer(ctx, searched, decision.ranked, stats);
}

/** The answer of the sentences chosen from the first, with its lead, citations and further sources. */
function composeAnswer(
  ctx: AnswerContext,
  { q, shown, hits, searched }: Searched,
  ranked: Ranked<PassageSentence>[],
  stats: () => SearchStats,
): AskResult {
  const chosen = chooseSentences(ranked, new Set(q.terms), NUMBER_KINDS.has(q.kind));
  // A yes/no question answered by what was expected: the outcome the article tells next follows it.
  const settles = YES_NO.test(q.text) && ranked[0] ? settlingSentence(ctx, ranked[0], q.named) : null;
  if (
    settles &&
    !chosen.some((c) => c.candidate.passage === settles.candidate.passage && spansMeet(c.candidate, settles.candidate))
  )
    chosen.splice(1, 0, settles);
  const termSet = new Set(q.terms);
  const lead =
    q.kind === 'date' && chosen[0]
      ? whenLead(
          chosen[0].candidate.passage,
          chosen[0].candidate.start,
          datedEnd(chosen[0].candidate, q.terms),
          termSpans(chosen[0].candidate.passage.text, termSet),
        )
      : q.kind === 'name' && chosen[0]
        ? nameLead(ctx, q, chosen[0].candidate)
        : null;
  // The date that opens a "when" answer counts against the stretch: further sentences give way to it.
  const size = () =>
    (lead ? lead.length + 1 : 0) + chosen.reduce((n, r) => n + r.candidate.text.length + MARKER_CHARS, 0);
  while (chosen.length > 1 && size() > ANSWER_STRETCH_CHARS) chosen.pop();
  const citations: Citation[] = [];
  const cite = (passage: Passage, focus: number): number => {
    const have = citations.find((c) => c.passage.id === passage.id);
    if (have) return have.n;
    const document = ctx.corpus.documents[passage.doc] as SourceDocument;
    citations.push({ n: citations.length + 1, passage, document, excerpt: excerpt(passage.text, focus, termSet) });
    return citations.length;
  };
  const sentences = chosen.map((r) => ({
    text: withoutHeadline(r.candidate.text),
    citation: cite(r.candidate.passage, r.candidate.start),
  }));
  // Further sources: other strong passages, each excerpted at its best sentence.
  const top = hits[0]?.score ?? 1;
  for (const hit of hits) {
    if (citations.length >= MAX_CITATIONS || hit.score < top * CITE_SHARE) break;
    const passage = ctx.corpus.passages[hit.id] as Passage;
    const focus = ranked.find((r) => r.candidate.passage.id === passage.id)?.candidate.start ?? 0;
    cite(passage, focus);
  }
  const answer = (lead ? `${lead} ` : '') + sentences.map((x) => `${x.text} [${x.citation}]`).join(' ');
  return {
    kind: 'answer',
    question: shown,
    answer,
    ...(lead ? { lead } : {}),
    sentences,
    citations,
    further: furtherIds([...hits, ...searched], new Set(citations.map((c) => c.passage.id)), FURTHER_LIMIT),
    terms: q.terms,
    stats: stats(),
  };
}
