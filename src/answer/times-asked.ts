// The times a question names: a month and year (its articles first, other months' figures set aside), a year (an
// article of another time is about something else), a day (the sentences on it first), "since when"; a date given.
import type { Passage } from '../corpus/types.js';
import { foldPunctuation, terms, termSpans, words } from '../nlp/terms.js';
import { AHEAD_ASKED, aheadAt, pastAsked } from './planned.js';
import { lexiconTags } from '../nlp/lexicon.js';
import { MONTH_NAMES } from '../util/calendar-names.js';
import { datesWithin, namesDay, type QuestionDates } from './answer-dates.js';
import type { AnswerContext, PassageSentence } from './context.js';
import type { Ranked } from './ranker.js';

/** Month names, capitalised as a date writes them ("May", not the verb "may"; "March", not a march). */
const MONTH = new RegExp(`\\b(${MONTH_NAMES.join('|')})\\b`, 'g');

/** A month and year a question names ("in March 1987", "on April 7, 1987", "late April 1987"), and the day if any. */
const MONTH_YEAR = new RegExp(
  `\\b(?<month>${MONTH_NAMES.join('|')})(?:\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?<year>(?:19|20)\\d\\d)\\b`,
  'g',
);
/**
 * A question naming a month and year is about what was reported then: articles published in that month or the
 * next (a month's figures come out after it) score this many times their search score.
 */
const NAMED_MONTH_BOOST = 1.5;

/** Publication-date windows ["YYYY-MM-01", "YYYY-MM-31" of the next month] of the months a question names. */
function namedMonthWindows(question: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of question.matchAll(MONTH_YEAR)) {
    const month = MONTH_NAMES.indexOf(m.groups?.month as (typeof MONTH_NAMES)[number]) + 1;
    const year = Number(m.groups?.year);
    const next = month === 12 ? [year + 1, 1] : [year, month + 1];
    const pad = (n: number) => String(n).padStart(2, '0');
    out.push([`${year}-${pad(month)}-01`, `${next[0]}-${pad(next[1] as number)}-31`]);
  }
  return out;
}

export function articleBoostFor(ctx: AnswerContext, question: string): ((article: number) => number) | undefined {
  const windows = namedMonthWindows(question);
  if (windows.length === 0) return undefined;
  return (article) => {
    const date = ctx.corpus.documents[article]?.date;
    return date && windows.some(([from, to]) => date >= from && date <= to) ? NAMED_MONTH_BOOST : 1;
  };
}

/** The months' terms ("march", "januari"). */
export const MONTH_TERMS: ReadonlySet<string> = new Set(MONTH_NAMES.flatMap((m) => terms(m)));

export function monthsIn(text: string): Set<string> {
  return new Set([...text.matchAll(MONTH)].map((m) => m[1] as string));
}

export const SINCE_WHEN = /\bsince when\b/i;
/** A starting point as news writes it: "since August 2018", "since 1979", "since early May", "since the 1990s". */
export const SINCE_DATE = new RegExp(
  `\\bsince\\s+(?:(?:early|late|mid-?|the\\s+(?:start|end|beginning)\\s+of)\\s*)?(?:(?:${MONTH_NAMES.join('|')})\\b|(?:the\\s+)?\\d)`,
);
export const SINCE_SHARE = 0.5;

/** Added to the score of a sentence dated on a day the question names: a question naming a day is about that day. */
const NAMED_DAY_BONUS = 100;

/** A month named in any case ("in december"): chat does not capitalise. */
const MONTH_ANY_CASE = new RegExp(MONTH.source, 'gi');
/** Dates no finer than a month: a question that names the month already says as much. */
const COARSE: ReadonlySet<string> = new Set(['month', 'year', 'season', 'decade']);

/** A month and year in any case ("december 1987"): chat does not capitalise. */
const MONTH_YEAR_ANY_CASE = new RegExp(MONTH_YEAR.source, 'gi');
/** "the whole of 1987", "all of 1987", "the end of 1987", "the last trading day of 1987", "year-end 1987". */
const YEAR_TO_ITS_END =
  /\b(?:(?:the\s+)?(?:whole|all|end|close|last\s+(?:[\p{L}-]+\s+){0,2}?(?:day|week|month|quarter))\s+of\s+|full[- ]year\s+|year[- ]end\s+)((?:19|20)\d\d)\b/giu;
/** A question of an expectation ("Why doesn't Walbro expect to keep its pace through all of 1987?"): told ahead. */
const FORECAST_ASKED = /\b(?:expect|forecast|predict|project|anticipat|estimat|target|outlook|hope|aim)/i;
/** A month's index (1–12) from its name in any case. */
const monthNumber = (name: string) => MONTH_NAMES.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;

/**
 * "Who led the August 1987 coup attempt…" of an article published in February, "Where did the Dow close on the last
 * trading day of 1987?" of one published in October: an article published before the month a question names (the
 * whole of a year or its end names its last) cannot report what happened in it. Not for a question of a plan or an
 * expectation ("Who will run in the December 1987 election?"), which an earlier article tells, nor for a span that
 * begins in a month the article reaches.
 */
export function publishedBeforeMonthAsked(question: string, published: string | null | undefined): boolean {
  return publishedBefore(monthsAskedOf(question), published);
}

/** The months a question asks of: those written with a year ("YYYY-MM"), and every month name's number (1–12). */
export interface MonthsAsked {
  named: string[];
  bare: number[];
}

/** A month and a day with no year after it ("April 8", "march 30th"): a day of the article's own year. */
const DAY_WITHOUT_YEAR = new RegExp(
  `\\b(${MONTH_NAMES.join('|')})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![-/]|,?\\s*(?:19|20)\\d\\d)`,
  'gi',
);
/** "What happened on January 10?" asks the day's news, which the timeline tells, plans for it included. */
const DAY_NEWS_ASKED = /^\W*what\s+(?:happened|happens|occurred|took\s+place|went\s+on)\b/iu;
/**
 * How many days after an article a day it does not give the year of may be: further on, the question more likely
 * means that day of the year before ("December 5" of a January article).
 */
const DAY_REACH = 90;

const pad = (n: number) => String(n).padStart(2, '0');

/** Words before a day that make it one something falls due on, not a day of the news ("payable on April 10"). */
const FALLS_DUE = /\b(?:payable|record|ended|ending|ends|due|maturing|matures|expiring|expires)\s+(?:on\s+)?$/i;
/** Whether the date at `at` in `question` is one something falls due on. */
const fallsDue = (question: string, at: number) => FALLS_DUE.test(question.slice(Math.max(0, at - 20), at));

/** The months `question` asks of, read once for all the articles; null for none, or for a plan or an
 * expectation. Not a month something falls due in ("a dividend payable on December 15, 1987"). */
export function monthsAskedOf(question: string): MonthsAsked | null {
  if (AHEAD_ASKED.test(question) || FORECAST_ASKED.test(question)) return null;
  const named = [
    ...[...question.matchAll(MONTH_YEAR_ANY_CASE)]
      .filter((m) => !fallsDue(question, m.index))
      .map((m) => `${m.groups?.year ?? ''}-${pad(monthNumber(m.groups?.month ?? ''))}`),
    // The whole year, or its end, reaches its last month.
    ...[...question.matchAll(YEAR_TO_ITS_END)].map((m) => `${m[1] ?? ''}-12`),
  ];
  if (named.length === 0) return null;
  return { named, bare: [...question.matchAll(MONTH_ANY_CASE)].map((m) => monthNumber(m[1] ?? '')) };
}

/**
 * The days `question` names, as asked (the search words leave them out): without a year as "MM-DD" ("the April 8
 * hearing"), with one as "YYYY-MM-DD" ("on October 21, 1987"); null for none, for a plan or an expectation, or for a
 * day's news.
 */
export function daysAskedOf(question: string): string[] | null {
  if (AHEAD_ASKED.test(question) || FORECAST_ASKED.test(question) || DAY_NEWS_ASKED.test(question)) return null;
  const days = [
    ...[...question.matchAll(DAY_WITHOUT_YEAR)]
      .filter((m) => !fallsDue(question, m.index))
      .map((m) => `${pad(monthNumber(m[1] ?? ''))}-${pad(Number(m[2] ?? 0))}`),
    ...[...question.matchAll(MONTH_YEAR_ANY_CASE)]
      .filter((m) => m.groups?.day !== undefined && !fallsDue(question, m.index))
      .map((m) => `${m.groups?.year ?? ''}-${pad(monthNumber(m.groups?.month ?? ''))}-${pad(Number(m.groups?.day))}`),
  ];
  return days.length > 0 ? days : null;
}

/** Whether an article published on `published` came out before every day `question` names without a year. */
export function publishedBeforeDayAsked(question: string, published: string | null | undefined): boolean {
  return publishedBeforeDays(daysAskedOf(question), published);
}

/**
 * Whether an article published on `published` came out before every day asked: one with its year ("YYYY-MM-DD")
 * as written; one without ("MM-DD") read in the article's year and within DAY_REACH after it.
 */
export function publishedBeforeDays(days: readonly string[] | null, published: string | null | undefined): boolean {
  if (!days || !published) return false;
  const day = published.slice(0, 10);
  const year = published.slice(0, 4);
  return days.every((d) => {
    if (d.length > 5) return d > day;
    const date = `${year}-${d}`;
    const ahead = (Date.parse(date) - Date.parse(day)) / 86_400_000;
    return date > day && ahead <= DAY_REACH;
  });
}

/** Whether an article published on `published` came out before every month asked (a month without a year, in its own). */
export function publishedBefore(asked: MonthsAsked | null, published: string | null | undefined): boolean {
  if (!asked || !published) return false;
  const month = published.slice(0, 7);
  const year = published.slice(0, 4);
  return [...asked.named, ...asked.bare.map((n) => `${year}-${pad(n)}`)].every((m) => m > month);
}

/**
 * "What date in December did Soleimani chair the cabinet meeting?" names the month and asks for more: a sentence
 * dated only in that month ("…the Iraqi cabinet meeting in December") tells what the question says, not when.
 */
export function onlyMonthAsked(question: string, c: PassageSentence): boolean {
  const asked = new Set([...question.matchAll(MONTH_ANY_CASE)].map((m) => (m[1] ?? '').toLowerCase()));
  if (asked.size === 0) return false;
  const dates = datesWithin(c.passage, c.start, c.start + c.text.length);
  return (
    dates.length > 0 &&
    dates.every((d) => {
      if (!COARSE.has(d.granularity)) return false;
      const month = Number(d.value.slice(5, 7));
      return d.granularity !== 'month' || asked.has((MONTH_NAMES[month - 1] ?? '').toLowerCase());
    })
  );
}

/** "When did Stoltenberg become NATO secretary general?" asks when someone or something came to be what it is. */
const BECOMING_ASKED = /\bbec[oa]me\b/i;
/**
 * What tells such a change in a sentence: a becoming, an appointment, election or succession, a new name, a "since".
 * Global, read only with `matchAll` (which reads a copy, so the flag keeps no state between calls).
 */
const TELLS_BECOMING =
  /\b(?:bec[oa]m(?:e|es|ing)|appoint\w*|named|elect\w*|(?:took|take[ns]?|taking)\s+(?:over|office)|succeed\w*|promot\w*|join\w*|sworn|assum\w*|renam\w*|install\w*|since)\b/gi;

/**
 * A "when did X become Y" question is answered by a sentence that tells X becoming Y: one that calls X by the title
 * and dates something else ("Jens Stoltenberg, NATO Secretary-General, responding to reporters today") does not.
 */
export function becomingUntold(question: string, sentence: string): boolean {
  if (!BECOMING_ASKED.test(question)) return false;
  const told = [...sentence.matchAll(TELLS_BECOMING)];
  if (told.length === 0) return true;
  // "…he was becoming a powerful political force" is no becoming commander: a "become" must go on to what was asked.
  const role = terms(BECOME_WHAT.exec(question)?.[1] ?? '');
  return told.every(
    (m) =>
      /^bec[oa]m/i.test(m[0]) &&
      role.length > 0 &&
      !terms(
        words(sentence.slice((m.index ?? 0) + m[0].length))
          .slice(0, BECOME_REACH)
          .join(' '),
      ).some((t) => role.includes(t)),
  );
}

/**
 * "When did the strike end?" asks the end of something: the verb, not the noun ("at the end of March", "year-end").
 */
const ENDING_ASKED =
  /(?<!\b(?:the|an?|its|their|year|month|quarter|week)[\s-])\b(?:end|ended|finish|finished)\b(?!\s+of\b)/i;
/** What tells an end in a sentence: the verb itself or one of its kind, a return to work, an accord, a last day. */
const TELLS_ENDING =
  /\b(?:end(?:ed|s|ing)?|over|finish\w*|conclu\w*|settle\w*|call(?:ed|s)?\s+off|halt\w*|lift\w*|return\w*|back\s+to\s+work|resum\w*|complet\w*|expir\w*|terminat\w*|agree\w*|accord|ratif\w*|collaps\w*|broke|stop\w*|until|through)\b/i;

/**
 * "When did the Cominco strike end?" is answered by a sentence that tells it ending: one that tells the strike going
 * on ("…expects to meet today with two of five locals on strike") dates the day it was reported, not its end.
 */
export function endingUntold(question: string, sentence: string): boolean {
  return ENDING_ASKED.test(question) && !TELLS_ENDING.test(sentence);
}

/** "…whether to launch", "whether or not it will launch": what follows is not yet decided. */
const UNDECIDED =
  /\bwhether\s+(?:or\s+not\s+)?(?:to\s+|(?:[\p{L}'’-]+\s+){1,3}(?:will|would|should|could|can)\s+(?:\p{Ll}+\s+)?)$/iu;

/**
 * "When did de Havilland launch the airliner?" of "…said they might decide later this year whether to launch a
 * joint … program", "When did the FDA approve Prozac?" of "…it was likely that Lilly would get FDA approval this
 * year": the act asked is told only as undecided, or, for a question of the past, only as ahead; the sentence dates
 * no such act (`verbs`: the question's own verbs, as terms, which their nouns share: approve, approval). A sentence
 * that says none of them is left to the other checks.
 */
export function actUntold(question: string, verbs: readonly string[], sentence: string): boolean {
  const text = foldPunctuation(sentence);
  const at = termSpans(text, new Set(verbs));
  const past = pastAsked(question);
  return (
    at.length > 0 &&
    at.every(([s, e]) => undecidedBefore(text, s) || (past && !toldDone(text, s, e) && aheadAt(text, s, e)))
  );
}

/** Whether the mention at `start` follows an undecided "whether to…" (within the 60 characters before it). */
export function undecidedBefore(text: string, start: number): boolean {
  return UNDECIDED.test(text.slice(Math.max(0, start - 60), start));
}

/** Before a participle, words that leave it undone ("to be approved", "being sold"). */
const UNDONE_BEFORE = /\b(?:be|been|being|to)\s+$/i;

/**
 * The mention is itself a verb in the past ("which Allegheny acquired in May 1985"): the act is told as done, whatever
 * the words around it look like to the tense reader (the month "May" reads as the modal).
 */
export function toldDone(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  const past = /ed$/.test(word) || lexiconTags(word)?.[0] === 'VBD';
  return past && !UNDONE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** "…become commander of the Quds Force": the words that say what, up to a preposition or the end. */
const BECOME_WHAT =
  /\bbec[oa]me\s+(?:(?:the|a|an|its|his|her|their)\s+)?((?:[\p{L}-]+\s*?){1,3}?)(?=\s+(?:of|in|at|for|on|after|before|when|and|with)\b|\s*[?.,!]|\s*$)/iu;
/** Words after a "become" in which it says what was become ("became NATO's secretary-general"). */
const BECOME_REACH = 6;

/**
 * A date or time in the sentence, as the date tagger found it ("on Tuesday", "next month", "in 1990"), before any
 * sentence read with it that tells another act (`datedEnd`).
 */
export function givesTime(c: PassageSentence, asked: readonly string[]): boolean {
  return datesWithin(c.passage, c.start, datedEnd(c, asked)).length > 0;
}

/** A sentence read with the one before it that tells another act of the same doer ("It also attacked…"). */
const ANOTHER_ACT = /[.!?]["”’]?\s+((?:it|he|she|they|this|the\s+[\p{L}-]+)\s+(?:[\p{L}-]+\s+)?also\b)/giu;

/**
 * Where the dates of the sentence asked about end: "Iran has already attacked oil tankers in the Gulf of Oman. It also
 * attacked Saudi Arabia in September." dates the attack on Saudi Arabia, not the one on the tankers. The sentence
 * after ("It also…") tells another act; its dates are its own, unless it holds a word of the question (`asked`) the
 * one before does not ("When did Iran attack Saudi Arabia?").
 */
export function datedEnd(c: PassageSentence, asked: readonly string[]): number {
  const end = c.start + c.text.length;
  for (const m of c.text.matchAll(ANOTHER_ACT)) {
    const at = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
    const before = new Set(terms(c.text.slice(0, at)));
    const after = terms(c.text.slice(at));
    if (!asked.some((t) => after.includes(t) && !before.has(t))) return c.start + at;
  }
  return end;
}

/** Years a question names ("in 1990", "1987 earnings"). */
const YEAR = /\b(?:18|19|20)\d\d\b/g;
/**
 * How far an article's own year may be after one asked about that it never writes out ("last year"). A year after
 * the article's own must be written: a 1987 article that never says 1988 tells nothing of "the 1988 election".
 */
const YEAR_SLACK = 1;

export function yearsIn(question: string): number[] {
  return [...new Set([...question.matchAll(YEAR)].map((m) => Number(m[0])))];
}

/** Whether the passage's article is of one of `years` (dated within YEAR_SLACK of it) or writes one out. */
export function aboutYears(ctx: AnswerContext, years: readonly number[], passage: Passage): boolean {
  const document = ctx.corpus.documents[passage.doc];
  if (!document) return true;
  const dated = document.date ? Number(document.date.slice(0, 4)) : NaN;
  if (years.some((y) => y <= dated && dated - y <= YEAR_SLACK)) return true;
  return document.passages.some((id) => {
    const text = ctx.corpus.passages[id]?.text ?? '';
    return years.some((y) => text.includes(String(y)));
  });
}

/**
 * How a sentence is on a day the question names: it says so ("named"), or it names no day, shares words with the
 * question, and its article was published that day ("published": a market report says "settled at 572.20 dlrs",
 * not "settled on April 7 at").
 */
export function onNamedDay(
  ctx: AnswerContext,
  r: Ranked<PassageSentence>,
  dated: QuestionDates,
): 'named' | 'published' | null {
  const c = r.candidate;
  const end = c.start + c.text.length;
  if (namesDay(c.passage, c.start, end, dated.days)) return 'named';
  // Dated only through its article, it must also be about the question: "What happened on January 6?" wants the
  // events that day, not any line of that day's articles.
  const published = ctx.corpus.documents[c.passage.doc]?.date;
  return published != null &&
    dated.days.has(published) &&
    r.features.coverage > 0 &&
    datesWithin(c.passage, c.start, end).length === 0
    ? 'published'
    : null;
}

/** A sentence on the day by its article's date ranks this far below one that names the day. */
const PUBLISHED_DAY_GAP = 5;

export function preferNamedDays(
  ctx: AnswerContext,
  ranked: Ranked<PassageSentence>[],
  dated: QuestionDates,
): Ranked<PassageSentence>[] {
  return ranked
    .map((r) => {
      const on = onNamedDay(ctx, r, dated);
      if (on === null) return r;
      return { ...r, score: r.score + NAMED_DAY_BONUS - (on === 'published' ? PUBLISHED_DAY_GAP : 0) };
    })
    .sort((a, b) => b.score - a.score);
}
