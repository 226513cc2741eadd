// What /ask learns from dates: a question that names a day prefers sentences
// dated that day, and a "when" answer opens with the date it resolves to.
import type { Passage, PassageDate } from '../corpus/types.js';
import { longDay, parseIsoDay } from '../dates/calendar.js';
import { MONTH_NAMES } from '../util/calendar-names.js';
import { tagDates } from '../dates/tag-dates.js';
import { tenseOf } from '../dates/tense.js';
import { parseDateQuery } from '../timeline/date-query.js';
import { placesOnDay, type TimelineIndex } from '../timeline/timeline-index.js';
import { datesOf } from '../corpus/passage-store.js';

export interface QuestionDates {
  /** Days the question names, `YYYY-MM-DD`. */
  days: Set<string>;
  /** The question without the words that name them. */
  rest: string;
}

/** A month's name or its short form ("dec", "sept"), in lower case, followed by a day of the month. */
const MONTH_BEFORE_DAY = new RegExp(
  `\\b(?:sept|${MONTH_NAMES.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`.toLowerCase()).join('|')})` +
    `(?=\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)`,
  'g',
);

/** Words before a day that make it the end of a period or a maturity, not a day of the news. */
const PERIOD_END = /\b(?:ended|ending|ends|due|maturing|matures|expiring|expires)\s+(?:on\s+)?$/i;

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
  // A month typed in lower case before a day ("on dec 6") is a date as "Dec 6" is; the tagger reads a lower-case
  // month as a word ("may", "march"). Capitals only: the mentions' offsets stay those of the question.
  const cased = question.replace(MONTH_BEFORE_DAY, (m) => (m[0] ?? '').toUpperCase() + m.slice(1));
  for (const m of tagDates(cased, { dct: ref, timeSpans: [] })) {
    if (!m.day || m.anchored) continue;
    // "The year ended July 31", "notes due Oct 8, 1987": the day a period ends or a debt falls due names no day's news.
    if (PERIOD_END.test(question.slice(Math.max(0, m.start - 20), m.start))) continue;
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

/** A preposition that makes the period the time of the question's event ("won … in December 1987"). */
const EVENT_TIME = /\b(?:in|during|on)\s+(?:(?:early|late|mid)[-\s]+)?$/i;
/** Words that make a date the day something falls due, not the event's ("payable on December 15, 1987"). */
const DUE_DAY = /\b(?:payable|due|effective|record|until|till|through|expir\w*|matur\w*|ending|ended)\b/i;

/**
 * "Who won South Korea's presidential election in December 1987?" over articles that end in October: a past-tense
 * question about a period (written with its year) that begins after the newest article's day. No article can tell
 * what happened then, however well one about the run-up matches. The period as the question writes it, or null.
 */
export function pastBeyond(question: string, newest: string): string | null {
  for (const m of tagDates(question, { dct: newest, timeSpans: [] })) {
    const [, year, month = '01', day = '01'] = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(m.value) ?? [];
    if (!year || !/\b\d{4}\b/.test(m.text) || `${year}-${month}-${day}` <= newest) continue;
    const before = question.slice(0, m.start);
    if (!EVENT_TIME.test(before) || DUE_DAY.test(before.slice(-30))) continue;
    if (tenseOf(before, question.slice(m.end)) === 'past') return m.text;
  }
  return null;
}

/** The passage's date mentions inside [start, end), of any granularity. */
export function datesWithin(passage: Passage, start: number, end: number): PassageDate[] {
  return datesOf(passage).filter((m) => m.start >= start && m.end <= end);
}

/** Does the passage text in [start, end) name one of these days? */
export function namesDay(passage: Passage, start: number, end: number, days: ReadonlySet<string>): boolean {
  return datesWithin(passage, start, end).some((m) => placesOnDay(passage, m, true) && days.has(m.day));
}

/** A date right after a reporting verb ("said on Thursday", "told reporters today") dates the telling, not the event. */
const REPORTING =
  /\b(said|says|say|told|tells|announced|announces|reported|reports|stated|added|disclosed|confirmed|according to \w+)\s+(\w+\s+){0,2}(on\s+|late\s+|early\s+)?$/i;

/** Whether the mention dates when something was said rather than what was asked about. */
export function datesTheTelling(passage: Passage, m: PassageDate): boolean {
  return REPORTING.test(passage.text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * "On Tuesday 7 January 2020 (Tuesday evening):" for the sentence in
 * [start, end): the date that answers a "when" question, which is the one
 * nearest the words the question asked about (`near`, offsets into the
 * passage), never the day a statement was made ("…, the bank said today").
 * Null when the sentence has no such date: then the sentence speaks for itself.
 */
export function whenLead(
  passage: Passage,
  start: number,
  end: number,
  near: readonly [number, number][] = [],
): string | null {
  const mentions = datesWithin(passage, start, end).filter(
    (m) => !m.anchored && m.granularity !== 'unresolved' && !datesTheTelling(passage, m),
  );
  near = near.filter(([s, e]) => s >= start && e <= end);
  const distance = (m: PassageDate) =>
    near.length
      ? Math.min(...near.map(([s, e]) => (e <= m.start ? m.start - e : s >= m.end ? s - m.end : 0)))
      : m.start;
  const said = (m: PassageDate) => passage.text.slice(m.start, m.end);
  const ordered = [...mentions].sort((a, b) => distance(a) - distance(b));
  for (const m of ordered) {
    if (placesOnDay(passage, m, true) && m.day) {
      const day = parseIsoDay(m.day);
      if (day) return `On ${longDay(day)} (${said(m)}):`;
    }
    if (m.granularity === 'month' && !m.estimated && /^\d{4}-\d{2}$/.test(m.value)) {
      const [y, mm] = m.value.split('-').map(Number);
      return `In ${MONTH_NAMES[(mm ?? 1) - 1] ?? ''} ${y} (${said(m)}):`;
    }
    if (m.granularity === 'year' && !m.estimated && /^\d{4}$/.test(m.value)) return `In ${m.value}:`;
  }
  return null;
}
