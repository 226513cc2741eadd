// What /ask learns from dates: a question that names a day prefers sentences
// dated that day, and a "when" answer opens with the date it resolves to.
import type { Passage, PassageDate } from '../corpus/types.js';
import { longDay, MONTH_NAMES, parseIsoDay } from '../dates/calendar.js';
import { tagDates } from '../dates/tag-dates.js';
import { parseDateQuery } from '../timeline/date-query.js';
import { placesOnDay, type TimelineIndex } from '../timeline/timeline-index.js';

export interface QuestionDates {
  /** Days the question names, `YYYY-MM-DD`. */
  days: Set<string>;
  /** The question without the words that name them. */
  rest: string;
}

/**
 * Days named in a question ("What happened on January 5?", "on 2020-01-03").
 * A day without a year takes the corpus's year for it, as /timeline does.
 */
export function datesInQuestion(question: string, timeline: TimelineIndex): QuestionDates | null {
  const ref = timeline.last;
  if (!ref) return null;
  const days = new Set<string>();
  let rest = '';
  let at = 0;
  // chrono alone: the days a question names need no wink pass (which would load its model on the first question).
  for (const m of tagDates(question, { dct: ref, timeSpans: [] })) {
    if (!m.day || m.anchored) continue;
    // Read the mention as /timeline reads a date, so "January 5" means the January 5 the news covers.
    const q = parseDateQuery(m.text, null, { days: timeline.days, count: (d) => timeline.count(d) });
    const day = q.kind === 'day' ? q.day : m.relative ? null : m.day;
    if (!day) continue;
    days.add(day);
    rest += question.slice(at, m.start);
    at = m.end;
  }
  if (days.size === 0) return null;
  return { days, rest: (rest + question.slice(at)).replace(/\s+/g, ' ').trim() };
}

/** The passage's date mentions inside [start, end), of any granularity. */
export function datesWithin(passage: Passage, start: number, end: number): PassageDate[] {
  return passage.dates.filter((m) => m.start >= start && m.end <= end);
}

/** Does the passage text in [start, end) name one of these days? */
export function namesDay(passage: Passage, start: number, end: number, days: ReadonlySet<string>): boolean {
  return datesWithin(passage, start, end).some((m) => placesOnDay(passage, m) && days.has(m.day));
}

/**
 * "On Tuesday 7 January 2020 (Tuesday evening):" for the sentence in
 * [start, end), from its first day-level date, else its first month or year;
 * null when the sentence dates nothing.
 */
export function whenLead(passage: Passage, start: number, end: number): string | null {
  const mentions = datesWithin(passage, start, end).filter((m) => !m.anchored && m.granularity !== 'unresolved');
  const said = (m: PassageDate) => passage.text.slice(m.start, m.end);
  const dayMention = mentions.find((m) => placesOnDay(passage, m));
  if (dayMention?.day) {
    const day = parseIsoDay(dayMention.day);
    if (day) return `On ${longDay(day)} (${said(dayMention)}):`;
  }
  const month = mentions.find((m) => m.granularity === 'month' && !m.estimated && /^\d{4}-\d{2}$/.test(m.value));
  if (month) {
    const [y, mm] = month.value.split('-').map(Number);
    return `In ${MONTH_NAMES[(mm ?? 1) - 1] ?? ''} ${y} (${said(month)}):`;
  }
  const year = mentions.find((m) => m.granularity === 'year' && !m.estimated && /^\d{4}$/.test(m.value));
  return year ? `In ${year.value}:` : null;
}
