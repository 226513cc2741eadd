// The question as read: the words shown, the question inside a request, the days it names and its parse; and what
// refuses it before any search (no words to search for, a day after the articles end).
import { longDay, parseIsoDay } from '../dates/calendar.js';
import { datesInQuestion, pastBeyond, type QuestionDates } from './answer-dates.js';
import { cleanQuestion, withoutRequest } from './clean-question.js';
import { parseQuestion, type Question } from './question.js';
import { newestArticleDay, type AnswerContext } from './context.js';
import { readsAsName } from './people.js';

export interface Reading {
  /** The question as asked, cleaned: what the reply shows. */
  shown: string;
  /** The question that is read: the one inside a request. */
  question: string;
  /** The days it names, matched through the timeline. */
  dated: QuestionDates | null;
  q: Question;
}

/** A question that can be asked (see invalidQuestion), read. */
export function readQuestion(ctx: AnswerContext, raw: string): Reading {
  const shown = cleanQuestion(raw);
  // "Can you tell me who…": the question inside the request is what is read; the reply shows it as asked.
  const question = withoutRequest(shown);
  const dated = ctx.timeline ? datesInQuestion(question, ctx.timeline) : null;
  // The words that name a day are matched through the timeline, not as search terms.
  const searchText = dated ? dated.rest : question;
  const q = parseQuestion(searchText, ctx.sentences ? (t, w) => readsAsName(ctx, t, w) : undefined);
  return { shown, question, dated, q };
}

/** Why the articles cannot answer the question, seen before any search; null when they may. */
export function refusedBeforeSearch(ctx: AnswerContext, { question, dated, q }: Reading): string | null {
  if (q.terms.length === 0 && !dated) return 'The question has no words to search for (only very common words).';
  const newest = newestArticleDay(ctx);
  // Not a day the timeline holds events on ("What happened on January 9?" after the last article: what was planned).
  const beyond = newest && !dated ? pastBeyond(question, newest) : null;
  const newestDay = beyond && newest ? parseIsoDay(newest) : null;
  if (beyond && newestDay)
    return `The articles end on ${longDay(newestDay)}: they cannot tell what happened in ${beyond}.`;
  return null;
}
