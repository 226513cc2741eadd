// Date mentions in news text, resolved against the article's publication date
// (its document creation time, DCT) into TimeML values: `2020-01-03` (day),
// `2020-01-03T19:20` (time), `2019-W52` (week), `2019-12` (month), `2019-FA`
// (season), `2019` (year), `199` (decade), `PRESENT_REF`.
//
// chrono-node finds and parses most mentions; wink's DATE/TIME entities add
// what chrono misses (bare years, decades, seasons, "late 2019"). On top come
// the rules news needs, which chrono's general-purpose defaults get wrong:
// a bare weekday is the most recent such day (news reports the past), unless
// the verb looks forward; vague parts of a month stay month-level.
import type * as chrono from 'chrono-node';
import { createRequire } from 'node:module';
// The English locale alone: the package's main entry loads every locale (a quarter second at start-up).
import { casual } from 'chrono-node/en';
import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js';
import { analyze } from '../nlp/analyze.js';
import {
  addDays,
  daysBetween,
  isoDay,
  isoMonth,
  isoWeek,
  parseIsoDay,
  weekday,
  weekdayAfter,
  weekdayBefore,
  type Ymd,
} from './calendar.js';
import { holidays, storyDays } from './named-days.js';

/** Bump when the rules change what is found or how it resolves: saved indexes then rebuild their dates. */
export const TAGGER_VERSION = 5;

export type Granularity = 'time' | 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'present' | 'unresolved';

export interface DateMention {
  /** Offsets into the tagged text. */
  start: number;
  end: number;
  text: string;
  /** TimeML value; `XXXX-…` when the mention needs a reference date and the document has none. */
  value: string;
  granularity: Granularity;
  /** `YYYY-MM-DD` when the mention names a calendar day (or a time on one). */
  day: string | null;
  /** Resolved against the publication date ("Friday", "yesterday", "December 17"), not written out in full. */
  relative: boolean;
  /** Resolved against an estimated publication date (the document has no date line). */
  estimated: boolean;
  /** A clock time or part of day with no day of its own, placed on the day last named or the DCT. */
  anchored?: true;
}

export interface TagOptions {
  /** Publication date `YYYY-MM-DD`, or null when unknown. */
  dct: string | null;
  /** True when `dct` is an estimate rather than the article's date line. */
  estimated?: boolean;
  /** wink DATE/TIME/DURATION entity spans over `text`, when the caller already has them. */
  timeSpans?: readonly (readonly [number, number])[];
}

// chrono's casual English parser; `forwardDate` stays off: news mostly reports the past.
const parser = casual;

/** Cheap gate: text without any of these has no date chrono could find. */
const MAYBE_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|now|night|morning|afternoon|evening|noon|midnight|day|week|month|year|ago|decade|spring|summer|fall|autumn|winter|christmas|easter|thanksgiving|halloween)/i;

/** A sentence or clause end, but not the dot of "Mr." or "P." */
const CLAUSE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Prof|Inc|Co|Corp|No|[A-Z]))[.!?]["'`)\]]{0,3}\s+(?=["'`(]{0,2}[A-Z0-9])|;\s/;
/** Words that point a following date forward ("will meet Friday", "next", "scheduled for"). */
const FORWARD_WORDS = new Set([
  'will',
  'shall',
  "'ll",
  'would',
  'may',
  'might',
  'must',
  'should',
  'next',
  'coming',
  'upcoming',
  'scheduled',
  'due',
  // "adjourned until Monday", "postponed till Friday": a past verb, a day ahead.
  'until',
  'till',
]);
/** "<word> to …" that points forward ("is to meet", "plans to", "set to"). */
const FORWARD_BEFORE_TO = new Set([
  'is',
  'are',
  'be',
  'set',
  'going',
  'expected',
  'plans',
  'plan',
  'planning',
  'intends',
  'hopes',
  'wants',
  'due',
  'scheduled',
  'likely',
  'expect',
  'expects',
  'aim',
  'aims',
]);
/** Present forms wink-lexicon lists beside the past ones, and modals that are not past. */
const NOT_PAST = new Set(['is', 'am', 'are', 'does', 'have', 'having', 'would', 'could', 'might']);
/** Past forms of irregular verbs (wink-lexicon), plus auxiliaries. */
const PAST_FORMS = new Set([
  ...Object.entries(irregularVerbs)
    .filter(([form, base]) => form !== base && !NOT_PAST.has(form))
    .map(([form]) => form),
  'was',
  'were',
  'had',
  'did',
]);
const SCAN_WORDS = 10;
/** Present and bare forms of "be" and the linking verbs: a participle after them ("is closed", "stay closed") is no past. */
const BE_FORMS = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'am',
  "'s",
  "'re",
  'stay',
  'stays',
  'remain',
  'remains',
  'become',
  'becomes',
  'seem',
  'seems',
  'get',
  'gets',
]);

/**
 * Does the clause before a mention look forward in time? The nearest tense
 * signal decides: "said he will meet Friday" is forward, "will say it met
 * Friday" is past. No signal: past, as news mostly reports.
 */
export function looksForward(before: string): boolean {
  return tenseBefore(before) === 'forward';
}

type Tense = 'forward' | 'past' | null;

/** Verbs that report speech or thought: "says Friday" tells of the day it was said, not of a plan. */
const REPORTING = new Set([
  'says',
  'tells',
  'reports',
  'adds',
  'notes',
  'claims',
  'insists',
  'argues',
  'believes',
  'thinks',
  'knows',
  'feels',
  'denies',
  'admits',
  'explains',
  'warns',
  'confirms',
  'announces',
  'states',
  'writes',
  'recalls',
  'acknowledges',
  'concedes',
  'suggests',
  'estimates',
  'reckons',
]);

/** Present-tense verbs that relate or describe rather than schedule ("the move follows Tuesday's vote"). */
const STATIVE = new Set([
  'follows',
  'precedes',
  'comes',
  'means',
  'marks',
  'reflects',
  'represents',
  'includes',
  'contains',
  'shows',
  'compares',
  'remains',
  'seems',
  'appears',
  'looks',
  'stands',
  'depends',
  'needs',
  'owns',
  'lacks',
  'equals',
  'exceeds',
  'matches',
  'resembles',
  'involves',
  'concerns',
  'affects',
]);

/** A verb in the present tense ("the council meets on Thursday", "the show opens Thursday") tells of a plan. */
function presentTense(w: string, prev: string, capitalised: boolean): Tense {
  // "Witchita Falls", "high hopes", "its talks": a name or a noun, not a verb.
  if (capitalised || STATIVE.has(w)) return null;
  const prevTag = firstTag(prev);
  if (prevTag && NOUN_BEFORE.has(prevTag)) return null;
  // "the period beginning on Thursday", "the week ending Wednesday": not over yet.
  if (PERIOD_EDGES.has(w)) return 'forward';
  const tag = firstTag(w);
  // "talks reopen Tuesday": a plain verb after a plural noun.
  if (tag === 'VBZ' || tag === 'VBP' || (tag === 'VB' && prevTag === 'NNS'))
    return REPORTING.has(w) ? 'past' : 'forward';
  return null;
}

// wink-lexicon's word → tags list (13k words, ~20 ms to load): loaded on first use, so a start from the saved index skips it.
let lexicon: Record<string, string[] | undefined> | undefined;
function firstTag(w: string): string | undefined {
  lexicon ??= createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
  return lexicon[w]?.[0];
}
/** Tags of a word that makes the next one a noun ("the", "its", "high", "of"). */
const NOUN_BEFORE = new Set(['DT', 'JJ', 'JJR', 'JJS', 'PRP$', 'IN', 'CD']);
const PERIOD_EDGES = new Set(['beginning', 'ending', 'starting']);

function isPast(w: string): boolean {
  return PAST_FORMS.has(w) || (w.length > 4 && w.endsWith('ed') && !FORWARD_BEFORE_TO.has(w));
}

/** The nearest tense cue before a mention, within its clause. */
function tenseBefore(before: string): Tense {
  const clause = before.split(CLAUSE_END).pop() ?? '';
  const tokens = clause.match(/[A-Za-z']+/g) ?? [];
  const words = tokens.map((t) => t.toLowerCase());
  for (let i = words.length - 1; i >= Math.max(0, words.length - SCAN_WORDS); i--) {
    const w = words[i] ?? '';
    const prev = words[i - 1] ?? '';
    // "since Friday", "since reporting on Thursday": a day in the past.
    if (w === 'since') return 'past';
    // "ahead of Thursday's deadline": a day to come.
    if (w === 'of' && prev === 'ahead') return 'forward';
    const present = presentTense(w, prev, i > 0 && /^[A-Z]/.test(tokens[i] ?? ''));
    if (present) return present;
    const at = w === 'to' && FORWARD_BEFORE_TO.has(prev) ? i - 1 : FORWARD_WORDS.has(w) ? i : -1;
    // "had been due to expire Friday": a plan in the past.
    if (at >= 0) return words.slice(Math.max(0, at - 2), at).includes('had') ? 'past' : 'forward';
    // "will be paid", "to be completed", "stay closed": a participle; the verb before it decides.
    if (isPast(w) && !BE_FORMS.has(prev)) return 'past';
  }
  return null;
}

/** Participles that schedule rather than report ("planned Dec. 15"). */
const PLANNED = new Set(['planned', 'slated', 'proposed', 'targeted', 'postponed', 'delayed', 'rescheduled']);

/**
 * A past-tense verb just before a date ("the fiscal year ended Jan. 31", "met on Oct. 31"): the event is
 * over, so a year-less date is not after the publication date.
 */
function doneBy(before: string): boolean {
  const [, prev = '', word = ''] = /(?:\b([a-z']+)\s+)?\b([a-z]+)\s+(?:on\s+)?$/i.exec(before) ?? [];
  // "will be ended Jan. 31": a participle after "be" is no past.
  return isPast(word.toLowerCase()) && !PLANNED.has(word.toLowerCase()) && !BE_FORMS.has(prev.toLowerCase());
}

/** The tense around a mention: the nearest cue before it in its clause, else just after it. */
function tenseAround(text: string, start: number, end: number): Tense {
  return tenseOf(text.slice(Math.max(0, start - 80), start), text.slice(end, end + 60));
}

function tenseOf(before: string, after: string): Tense {
  return tenseBefore(before) ?? tenseAfter(after);
}

/** The nearest tense cue after a mention ("on Friday fired", "Friday will"), within its clause. */
function tenseAfter(after: string): Tense {
  const clause = after.split(CLAUSE_END)[0] ?? '';
  const words = clause.toLowerCase().match(/[a-z']+/g) ?? [];
  for (const [i, w] of words.slice(0, SCAN_WORDS / 2).entries()) {
    if (FORWARD_WORDS.has(w) || (w === 'to' && FORWARD_BEFORE_TO.has(words[i - 1] ?? ''))) return 'forward';
    if (isPast(w)) return 'past';
  }
  return null;
}

const MONTH_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/i;
const WEEKDAY_WORD = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/i;
const DAY_NUMBER = /\b\d{1,2}(?:st|nd|rd|th)?\b/;
const TIME_WORD = /\d:\d\d|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)|\bnoon\b|\bmidnight\b|o'clock/i;
const BEFORE_BARE_MONTH =
  /(?:\b(?:in|since|by|until|till|through|from|of|during|before|after|early|mid|late|last|next|this|between|and|or|to|around|for|as)\s*|[-–])$/i;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const PARTS_OF_DAY: [RegExp, string][] = [
  [/\bmorning\b/i, 'MO'],
  [/\bafternoon\b/i, 'AF'],
  [/\b(?:evening)\b/i, 'EV'],
  [/\b(?:night|tonight)\b/i, 'NI'],
];
const PART_OF_DAY_ONLY =
  /^(?:(?:early|late|later|earlier)\s+)?(?:in\s+)?(?:the\s+)?(?:morning|afternoon|evening|night)$/i;
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

interface Draft {
  start: number;
  end: number;
  value: string;
  granularity: Granularity;
  day: Ymd | null;
  relative: boolean;
  /**
   * A mention with no day of its own ("at 7:20 p.m.", "the day before", "a year earlier"): it takes the
   * day the text last named (else the DCT), moved by `shift` (or `move`), with `clock` (a time or part of
   * day) after it.
   */
  clock?: string;
  shift?: { days: number; years: number };
  move?: (day: Ymd) => Ymd;
  /** Counts from the DCT even after another day is named ("a year ago"). */
  fromDct?: true;
  /** A bare weekday (0 = Sunday), with no "next", "last" or "this". */
  bareWeekday?: number;
}

/** "tomorrow and Friday", "next Monday or Tuesday": one date joined to the one before. */
const JOINED = /^\s*,?\s*(?:and|or|to|through|-|–|\/)\s*(?:on\s+)?$/i;

/** Every date mention in `text`, in order, not overlapping. Never throws on any input. */
export function tagDates(text: string, options: TagOptions): DateMention[] {
  if (!text || !MAYBE_DATE.test(text)) return [];
  const dct = options.dct ? parseIsoDay(options.dct) : null;
  const drafts: Draft[] = namedDays(text, dct);
  const named = drafts.length;
  for (const r of parseChrono(text, dct)) {
    for (const part of rangeEnds(r, dct)) {
      const d = fromChrono(text, part, dct, Boolean(options.estimated));
      // chrono reads "the next day" from the DCT; the story's own reading, found first, stands.
      if (d && !drafts.slice(0, named).some((n) => n.start < d.end && d.start < n.end)) drafts.push(d);
    }
  }
  for (const [s, e] of options.timeSpans ?? winkTimeSpans(text)) {
    if (drafts.some((d) => d.start < e && s < d.end)) continue;
    const d = fromWinkSpan(text, s, e, dct);
    if (d) drafts.push(d);
  }
  for (const d of bareYears(text, drafts)) drafts.push(d);
  for (const d of yearEnds(text, drafts, dct)) drafts.push(d);
  drafts.sort((a, b) => a.start - b.start);
  let lastDay: Ymd | null = null;
  for (const [i, d] of drafts.entries()) {
    const prev = drafts[i - 1];
    // A weekday joined to a day ahead is ahead too: "tomorrow and Friday" is this Friday, not last.
    if (dct && d.bareWeekday !== undefined && d.day && prev?.day && daysBetween(dct, prev.day) > 0) {
      if (daysBetween(dct, d.day) <= 0 && JOINED.test(text.slice(prev.end, d.start))) {
        d.day = weekdayAfter(prev.day, d.bareWeekday, true);
        d.value = isoDay(d.day) + d.value.slice(10);
      }
    }
    if (d.clock !== undefined && lastDay && !d.fromDct) {
      d.day = d.move ? d.move(lastDay) : shifted(lastDay, d.shift);
      d.value = isoDay(d.day) + d.clock;
    } else if (d.day && d.clock === undefined) lastDay = d.day;
  }
  const estimated = Boolean(options.estimated);
  return drafts.map((d) => {
    // chrono keeps a trailing comma ("on Tuesday,"); the mention ends before it.
    let end = d.end;
    let start = d.start;
    while (end > start + 1 && /[\s,;:]/.test(text[end - 1] ?? '')) end--;
    while (start < end - 1 && /\s/.test(text[start] ?? '')) start++;
    return {
      start,
      end,
      text: text.slice(start, end),
      value: d.value,
      granularity: d.granularity,
      day: d.day ? isoDay(d.day) : null,
      relative: d.relative,
      estimated: estimated && d.relative,
      ...(d.clock !== undefined ? { anchored: true as const } : {}),
    };
  });
}

/** Holidays, and days told from the story's day ("the next day", "later that night"). */
function namedDays(text: string, dct: Ymd | null): Draft[] {
  const out: Draft[] = [];
  for (const h of holidays(text)) {
    const forward = tenseAround(text, h.start, h.end) === 'forward';
    const year = h.year ?? (dct ? closestYear(dct, (y) => daysBetween(dct, h.on(y)), FUTURE_COST, forward) : null);
    if (year === null) out.push(unresolved(h.start, h.end));
    else {
      const day = h.on(year);
      out.push({ start: h.start, end: h.end, value: isoDay(day), granularity: 'day', day, relative: h.year === null });
    }
  }
  for (const s of storyDays(text)) {
    if (!dct) out.push(unresolved(s.start, s.end));
    else {
      const day = addDays(dct, s.days);
      const shift = { days: s.days, years: 0 };
      out.push({ ...s, value: isoDay(day) + s.part, granularity: 'day', day, relative: true, clock: s.part, shift });
    }
  }
  return out;
}

function shifted(day: Ymd, shift: Draft['shift']): Ymd {
  if (!shift) return day;
  const moved = addDays(day, shift.days);
  if (!shift.years) return moved;
  const y = moved.y + shift.years;
  // Feb 29 a year on or back is Feb 28.
  return parseIsoDay(isoDay({ ...moved, y })) ? { ...moved, y } : { ...moved, y, d: moved.d - 1 };
}

function parseChrono(text: string, dct: Ymd | null): chrono.ParsedResult[] {
  // Noon on the reference day, in local time: chrono reads the calendar fields
  // in the text's own frame, and noon keeps ±12 h zone shifts on the same day.
  const ref = dct ? new Date(dct.y, dct.m - 1, dct.d, 12) : new Date(2000, 0, 1, 12);
  try {
    return parser.parse(text, ref, { forwardDate: false });
  } catch {
    return []; // chrono on pathological input: no dates rather than a crash
  }
}

/** What the rules read of a chrono result: one date, with its place in the text. */
type Parsed = Pick<chrono.ParsedResult, 'index' | 'text' | 'start' | 'tags'>;

/** "from Sept. 14 to Thursday", "Jan. 3-5": a range joins two dates. */
const RANGE_JOIN = /\s*,?\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*/i;
const SLASH_DATE_BEFORE = /\b(?:on|since|from|until|till|through|by|before|after|dated|of)\s+$/i;
const CASUAL_SHIFT = /\b(?:yesterday|tomorrow|last night)\b/i;
const CASUAL_WORD = /\b(?:now|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|noon|midnight)\b/i;

/**
 * A range is two mentions, each resolved on its own: the end of "bought from
 * Sept. 14 to Thursday" is last Thursday, and a sentence about it belongs on both days.
 */
function rangeEnds(r: chrono.ParsedResult, dct: Ymd | null): Parsed[] {
  const join = r.end ? RANGE_JOIN.exec(r.text) : null;
  if (!r.end || !join || join.index === 0 || join.index + join[0].length >= r.text.length) return [r];
  const tagsOf = (part: string) => () => (CASUAL_WORD.test(part) ? r.tags() : new Set<string>());
  const left = r.text.slice(0, join.index);
  const right = r.text.slice(join.index + join[0].length);
  const parts: Parsed[] = [
    { index: r.index, text: left, start: r.start, tags: tagsOf(left) },
    { index: r.index + join.index + join[0].length, text: right, start: r.end, tags: tagsOf(right) },
  ];
  return parts.flatMap((part) => {
    // "in the week to Wednesday": chrono dates the end from the start, so a weekday end is read again alone,
    // and a start with no date words is no date.
    if (WEEKDAY_ALONE.test(part.text)) {
      const alone = parseChrono(part.text, dct)[0];
      return alone ? [{ ...part, start: alone.start }] : [];
    }
    return DATE_WORD.test(part.text) ? [part] : [];
  });
}

const WEEKDAY_ALONE = /^\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day[\s,]*$/i;
/** A word or figure that can name a date, as the end of a range must have. */
const DATE_WORD =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|noon|midnight)/i;

/** One chrono result → a mention, or null when it is not a date in news text. */
function fromChrono(text: string, r: Parsed, dct: Ymd | null, estimated: boolean): Draft | null {
  let start = r.index;
  const end = r.index + r.text.length;
  const t = r.text;
  const c = r.start;
  const lower = t.toLowerCase();
  const has = (k: chrono.Component) => c.isCertain(k);
  const before = text.slice(Math.max(0, start - 60), start);

  // Tables and figures, not dates: "1.5400 February 23" (a rate, then a date), "MAY7 1920H" (a futures quote).
  if (/^\d/.test(t) && /[\d.,/]/.test(text[start - 1] ?? '')) return null;
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\d/i.test(t)) return null;
  // Fractions in prices and rates ("eased 1/8 to 31 7/8", "12 3/4%"): a yearless M/D is a date only after "on", "since"….
  if (/^(?:\d{1,4}\s+)?\d{1,2}\/\d{1,2}$/.test(t) && (/\s/.test(t) || !SLASH_DATE_BEFORE.test(before))) return null;
  // "good evening": a greeting.
  if (/^(?:morning|afternoon|evening|night)$/i.test(t) && /\bgood\s+$/i.test(before)) return null;
  // A year far from the article's ("2400 March 17" is a clock time): not a date news would write.
  if (has('year') && !plausibleYear(c.get('year') ?? 0, dct)) return null;
  // "the day before": the day before the one the story last named, and "the day before the crash" is no date we know.
  // (chrono also matches it inside "them the day before": the mention starts at "the".)
  const beside = /(?:^|\s)the (?:day|night) (before|after)$/i.exec(t);
  if (beside) {
    start += beside.index + (beside[0].length - beside[0].trimStart().length);
    if (!dct || /^\s+(?:the|a|an|his|her|its|their|our|this|that|[A-Z\d])/.test(text.slice(end, end + 8)))
      return unresolved(start, end);
    const days = (beside[1] ?? '').toLowerCase() === 'before' ? -1 : 1;
    const day = addDays(dct, days);
    const clock = partOfDay(t);
    const shift = { days, years: 0 };
    return { start, end, value: isoDay(day) + clock, granularity: 'day', day, relative: true, clock, shift };
  }
  if (/^(?:right )?now$/i.test(t))
    return { start, end, value: 'PRESENT_REF', granularity: 'present', day: null, relative: true };

  // "11 to 14 rockets", "at 5": a time needs a colon, a.m./p.m., noon or midnight.
  if (has('hour') && !has('day') && !has('weekday') && !has('month') && !TIME_WORD.test(t) && !isCasual(r)) return null;
  // "within 24 hours", "for two days": durations, not dates.
  if (/^(?:within|for|in|over|after)\s/i.test(t) && !/\bago\b/i.test(t) && !MONTH_WORD.test(t)) return null;

  // Month names: "march" the verb, "may" the modal.
  const monthOnly = has('month') && !has('day') && !has('year') && !has('weekday');
  if (has('month')) {
    const mw = MONTH_WORD.exec(t);
    if (mw && mw[0][0] === mw[0][0]?.toLowerCase()) return null;
    if (monthOnly && !BEFORE_BARE_MONTH.test(before.trimEnd() + (before.endsWith(' ') ? ' ' : ''))) {
      if (!/^(?:early|mid|late)/i.test(t)) return null;
    }
  }

  // "over the weekend": the last weekend (the coming one when the wording looks forward), week level, not a Saturday.
  if (/^(?:the\s+)?weekend[\s,;:]*$/i.test(t)) {
    if (!dct) return unresolved(start, end);
    const dow = weekday(dct);
    const forward = tenseAround(text, start, end) === 'forward';
    const saturday = forward ? addDays(dct, (6 - dow + 7) % 7) : addDays(dct, -((dow + 1) % 7));
    return { start, end, value: `${isoWeek(saturday)}-WE`, granularity: 'week', day: null, relative: true };
  }
  // Relative periods: week, month or year level, never a made-up day.
  const period = /^(?:the\s+)?(last|this|next|past|coming|previous)\s+(week(?:end)?|month|year)$/i.exec(t);
  // Without a publication date, nothing relative can be resolved: chrono's stand-in reference must not leak.
  if (!dct && (period || isCasual(r) || r.tags().has('result/relativeDate'))) return unresolved(start, end);
  if (period && dct) {
    const dir = /last|past|previous/i.test(period[1] ?? '') ? -1 : /next|coming/i.test(period[1] ?? '') ? 1 : 0;
    const unit = (period[2] ?? '').toLowerCase();
    if (unit.startsWith('week')) {
      const week = isoWeek(addDays(dct, 7 * dir));
      return {
        start,
        end,
        value: unit === 'weekend' ? `${week}-WE` : week,
        granularity: 'week',
        day: null,
        relative: true,
      };
    }
    if (unit === 'month') {
      const m = dct.m + dir;
      const y = dct.y + Math.floor((m - 1) / 12);
      return {
        start,
        end,
        value: isoMonth({ y, m: ((m - 1 + 12) % 12) + 1 }),
        granularity: 'month',
        day: null,
        relative: true,
      };
    }
    return { start, end, value: String(dct.y + dir), granularity: 'year', day: null, relative: true };
  }
  const ago =
    /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+(ago|earlier|later)\b/i.exec(
      t,
    );
  if (ago) {
    if (!dct) return unresolved(start, end);
    const n = Number(ago[1]) || NUMBER_WORDS[(ago[1] ?? '').toLowerCase()] || 1;
    const unit = (ago[2] ?? '').toLowerCase();
    // "ago" counts from the article's date; "earlier" and "later" from the day the story last named.
    const fromStory = (ago[3] ?? '').toLowerCase() !== 'ago';
    const sign = (ago[3] ?? '').toLowerCase() === 'later' ? 1 : -1;
    if (unit === 'day') {
      const day = addDays(dct, sign * n);
      const draft: Draft = { start, end, value: isoDay(day), granularity: 'day', day, relative: true };
      return fromStory ? { ...draft, clock: '', shift: { days: sign * n, years: 0 } } : draft;
    }
    if (sign > 0) return unresolved(start, end); // "a year later": from a time the rules do not follow
    // "a year ago", "a year earlier": the same day a year before (TimeML's reading, as in "up from $2 a year
    // earlier"). It names no day of its own, so it stays off the timeline.
    if (unit === 'year' && n === 1) {
      const shift = { days: 0, years: -1 };
      const day = shifted(dct, shift);
      return {
        start,
        end,
        value: isoDay(day),
        granularity: 'day',
        day,
        relative: true,
        clock: '',
        shift,
        ...(fromStory ? {} : { fromDct: true }),
      };
    }
    if (unit === 'week')
      return { start, end, value: isoWeek(addDays(dct, -7 * n)), granularity: 'week', day: null, relative: true };
    if (unit === 'month') {
      const m = dct.m - n;
      const y = dct.y + Math.floor((m - 1) / 12);
      return {
        start,
        end,
        value: isoMonth({ y, m: ((((m - 1) % 12) + 12) % 12) + 1 }),
        granularity: 'month',
        day: null,
        relative: true,
      };
    }
    return { start, end, value: String(dct.y - n), granularity: 'year', day: null, relative: true };
  }

  // A vague part of a month or year: keep the modifier in the span, month or year level.
  const vague = /(?:\b(?:early|mid|late)[- ]?|\bthe (?:beginning|middle|end|start) of\s+)$/i.exec(before);
  if (vague && !has('day') && !has('weekday')) start -= vague[0].length;
  // "the end of March": chrono makes it March 31; it is a part of the month.
  if (/^(?:the\s+)?(?:beginning|middle|end|start)\s+of\s/i.test(t) && has('month') && !DAY_NUMBER.test(t)) {
    const m = c.get('month') ?? 1;
    const y = has('year') || !dct ? (c.get('year') ?? 0) : inferYear(dct, m, 0, looksForward(before));
    if (!has('year') && !dct) return unresolved(start, end, `XXXX-${pad2(m)}`);
    return { start, end, value: isoMonth({ y, m }), granularity: 'month', day: null, relative: !has('year') };
  }

  const casual = isCasual(r);
  // chrono marks "Saturday night" day-certain; a weekday with no month or day number is still a bare weekday.
  const weekdayOnly =
    has('weekday') &&
    (!has('day') || (WEEKDAY_WORD.test(t) && !MONTH_WORD.test(t) && !DAY_NUMBER.test(t.replace(TIME_WORD, ''))));
  // "Sun", "Sat", "Wed", "Mon" alone are words and names ("Sun Microsystems", "they sat"); with a date they are days.
  if (weekdayOnly && /^(?:sun|sat|wed|mon)\.?$/i.test(t)) return null;
  let day: Ymd | null = null;
  let relative = !has('year');
  let marks: Pick<Draft, 'bareWeekday'> = {};
  if (weekdayOnly) {
    if (!dct) return unresolved(start, end, `XXXX-WXX-${c.get('weekday') || 7}`);
    const target = c.get('weekday') ?? 0;
    const bare = !/\b(?:next|last|past|previous|this)\b/.test(lower);
    // "down from the previous Friday", "met the following Monday": from the day the story is on.
    const story = /\bthe\s+(previous|preceding|following)\s+$/i.exec(before);
    if (story && bare) {
      const back = /^(?:previous|preceding)$/i.test(story[1] ?? '');
      const move = (from: Ymd) => (back ? weekdayBefore(from, target, true) : weekdayAfter(from, target, true));
      const at = move(dct);
      start -= before.length - story.index;
      return { start, end, value: isoDay(at), granularity: 'day', day: at, relative: true, clock: '', move };
    }
    day = resolveWeekday(dct, target, lower, text.slice(Math.max(0, start - 80), start), text.slice(end, end + 60));
    relative = true;
    if (bare) marks = { bareWeekday: target };
  } else if (casual && PART_OF_DAY_ONLY.test(t)) {
    // "in the evening", "Late in the evening": a part of the day last named.
    if (!dct) return unresolved(start, end);
    const code = partOfDay(t);
    return { start, end, value: isoDay(dct) + code, granularity: 'day', day: dct, relative: true, clock: code };
  } else if (has('day') || casual) {
    if (casual) relative = true;
    if (relative && !dct)
      return unresolved(
        start,
        end,
        has('month') && has('day') ? `XXXX-${pad2(c.get('month'))}-${pad2(c.get('day'))}` : undefined,
      );
    day = { y: c.get('year') ?? 0, m: c.get('month') ?? 0, d: c.get('day') ?? 0 };
    // An estimated DCT (the latest day the text names) bounds nothing: a past event may come after it.
    if (!has('year') && !casual && dct)
      day.y = inferYear(dct, day.m, day.d, looksForward(before), !estimated && doneBy(before));
    // chrono drops "yesterday" after a part of the day ("afternoon yesterday" comes out as today).
    const shift = casual ? CASUAL_SHIFT.exec(t) : null;
    if (shift && dct) day = addDays(dct, /yesterday|last/i.test(shift[0]) ? -1 : 1);
  }
  if (day) {
    const time = has('hour') && TIME_WORD.test(t) ? `T${pad2(c.get('hour'))}:${pad2(c.get('minute'))}` : partOfDay(t);
    return {
      start,
      end,
      value: isoDay(day) + time,
      granularity: time.startsWith('T') && time.length > 3 ? 'time' : 'day',
      day,
      relative,
      ...marks,
    };
  }
  if (has('month')) {
    if (relative && !dct) return unresolved(start, end, `XXXX-${pad2(c.get('month'))}`);
    const m = c.get('month') ?? 1;
    const y = has('year') || !dct ? (c.get('year') ?? 0) : inferYear(dct, m, 0, looksForward(before));
    return { start, end, value: isoMonth({ y, m }), granularity: 'month', day: null, relative };
  }
  if (has('year')) return { start, end, value: String(c.get('year')), granularity: 'year', day: null, relative: false };
  if (has('hour')) {
    // A clock time alone ("at 7:20 p.m.") happens on the reported day; news anchors it to the DCT.
    if (!dct) return unresolved(start, end);
    const time = `T${pad2(c.get('hour'))}:${pad2(c.get('minute'))}`;
    return { start, end, value: isoDay(dct) + time, granularity: 'time', day: dct, relative: true, clock: time };
  }
  return null;
}

/** Future dates cost this much more than past ones when a year is missing: news reports the past. */
const FUTURE_COST = 2;

/**
 * The year of a year-less "December 17" (or "in August" when `d` is 0): of the
 * previous, current and next year, the date closest to the DCT, counting
 * future days FUTURE_COST times (past days when the wording looks forward),
 * and never a future day when `done` says the event is over.
 */
export function inferYear(dct: Ymd, m: number, d: number, forward: boolean, done = false): number {
  // Months compare by month; a day that does not exist that year (Feb 29) is skipped.
  // A month ahead is rarer still than a day ahead: "in February" in a December article is usually the last one.
  if (d === 0) return closestYear(dct, (y) => (y - dct.y) * 12 + (m - dct.m), FUTURE_COST * 3, forward);
  const diff = (y: number) => (parseIsoDay(isoDay({ y, m, d })) ? daysBetween(dct, { y, m, d }) : NaN);
  return closestYear(dct, diff, done ? Infinity : FUTURE_COST, forward);
}

/** Of the years around the DCT, the one whose date (`diffIn`: its distance from the DCT, NaN for none) costs least. */
function closestYear(dct: Ymd, diffIn: (y: number) => number, future: number, forward: boolean): number {
  let best = dct.y;
  let bestCost = Infinity;
  for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
    const diff = diffIn(y);
    if (Number.isNaN(diff)) continue;
    const cost = diff > 0 !== forward ? Math.abs(diff) * future : Math.abs(diff);
    if (cost < bestCost) [best, bestCost] = [y, cost];
  }
  return best;
}

/** Years news writes about: up to two centuries back and fifty years ahead of the article. */
function plausibleYear(year: number, dct: Ymd | null): boolean {
  const ref = dct?.y ?? new Date().getFullYear();
  return year >= ref - 200 && year <= ref + 50;
}

function isCasual(r: Parsed): boolean {
  for (const tag of r.tags()) if (tag.startsWith('casualReference/') || tag.includes('ENCasualDateParser')) return true;
  return false;
}

/**
 * A bare weekday in news: the most recent such day on or before the DCT
 * ("said Friday" in a Tuesday article is last Friday), or the next one on or
 * after it when the wording looks forward ("will meet Friday", "next Friday").
 */
export function resolveWeekday(dct: Ymd, target: number, mention: string, before: string, after = ''): Ymd {
  if (/\bnext\b/.test(mention)) return weekdayAfter(dct, target, true);
  if (/\b(?:last|past|previous)\b/.test(mention)) return weekdayBefore(dct, target, true);
  if (/\bthis\b/.test(mention)) return weekdayAfter(dct, target);
  return tenseOf(before, after) === 'forward' ? weekdayAfter(dct, target) : weekdayBefore(dct, target);
}

/** A wink DATE/TIME span chrono did not parse: years, decades, seasons, "late 2019". */
function fromWinkSpan(text: string, s: number, e: number, dct: Ymd | null): Draft | null {
  const raw = text.slice(s, e);
  const lead = /^(?:the|a|an)\s+/i.exec(raw)?.[0].length ?? 0;
  const start = s + lead;
  const t = raw.slice(lead);
  let m = /^(?:(?:early|mid|late)[- ]?|the (?:beginning|middle|end) of )?((?:1[5-9]|20)\d\d)$/i.exec(t);
  if (m) return { start, end: e, value: m[1] ?? '', granularity: 'year', day: null, relative: false };
  m = /^(?:(?:early|mid|late)[- ]?)?((?:1[5-9]|20)\d)0'?s$/i.exec(t);
  if (m) return { start, end: e, value: m[1] ?? '', granularity: 'decade', day: null, relative: false };
  m = /^(?:(?:early|mid|late)[- ]?)?(spring|summer|fall|autumn|winter)(?: of)?\s+((?:1[5-9]|20)\d\d)$/i.exec(t);
  if (m) {
    return {
      start,
      end: e,
      value: `${m[2] ?? ''}-${SEASONS[(m[1] ?? '').toLowerCase()] ?? ''}`,
      granularity: 'season',
      day: null,
      relative: false,
    };
  }
  m = /^(?:(?:earlier|later)\s+)?this\s+(week|month|year)$/i.exec(t);
  if (m && dct) {
    const unit = (m[1] ?? '').toLowerCase();
    const value = unit === 'week' ? isoWeek(dct) : unit === 'month' ? isoMonth(dct) : String(dct.y);
    return { start, end: e, value, granularity: unit as Granularity, day: null, relative: true };
  }
  if (/^(?:today|tonight)$/i.test(t) && dct) {
    return { start, end: e, value: isoDay(dct) + partOfDay(t), granularity: 'day', day: dct, relative: true };
  }
  return null;
}

/**
 * "by year-end" is the coming December 31, "since year-end" the last one
 * (TimeML gives the day). It names no day of its own: off the timeline.
 */
function yearEnds(text: string, taken: Draft[], dct: Ymd | null): Draft[] {
  const out: Draft[] = [];
  const re = /\b(by|at|until|till|through|before|after|since|from|to|for|near)\s+(?:the\s+)?year[- ]end\b(?![-\w])/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[1] ?? '').length + 1;
    const end = m.index + m[0].length;
    if (taken.some((d) => d.start < end && start < d.end)) continue;
    if (!dct) {
      out.push(unresolved(start, end, 'XXXX-12-31'));
      continue;
    }
    const past = /^(?:since|from|after)$/i.test(m[1] ?? '') && !(dct.m === 12 && dct.d === 31);
    const day = { y: past ? dct.y - 1 : dct.y, m: 12, d: 31 };
    out.push({ start, end, value: isoDay(day), granularity: 'day', day, relative: true, clock: '', fromDct: true });
  }
  return out;
}

/** Years after a preposition ("in 2007", "since 1998") that neither chrono nor wink tagged. */
function bareYears(text: string, taken: Draft[]): Draft[] {
  const out: Draft[] = [];
  const re =
    /\b(?:in|since|by|until|from|of|during|before|after|through|between|and|to)\s+((?:1[89]|20)\d\d)\b(?![-./,]?\d|%|\s*(?:percent|people|troops|men|women|years|tons|dollars))/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length - (m[1] ?? '').length;
    const end = start + (m[1] ?? '').length;
    if (taken.some((d) => d.start < end && start < d.end)) continue;
    out.push({ start, end, value: m[1] ?? '', granularity: 'year', day: null, relative: false });
  }
  return out;
}

function unresolved(start: number, end: number, value = 'XXXX'): Draft {
  return { start, end, value, granularity: 'unresolved', day: null, relative: true };
}

function partOfDay(t: string): string {
  for (const [re, code] of PARTS_OF_DAY) if (re.test(t)) return `T${code}`;
  return '';
}

function pad2(n: number | null): string {
  return String(n ?? 0).padStart(2, '0');
}

/** wink's time entities over `text`, for callers without an analysis pass (CLI, benchmarks). */
export function winkTimeSpans(text: string): [number, number][] {
  return analyze(text).flatMap((s) => s.timeSpans);
}
