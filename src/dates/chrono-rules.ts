// chrono-node's results read as news dates: what chrono finds, filtered
// (figures, verbs, greetings, durations are not dates) and resolved with the
// news rules (tense, year inference, weekdays, parts of a month).
import type * as chrono from 'chrono-node';
// The English locale alone: the package's main entry loads every locale (a quarter second at start-up).
import { casual } from 'chrono-node/en';
import {
  addDays,
  isoDay,
  isoMonth,
  isoWeek,
  parseIsoDay,
  weekday,
  weekdayAfter,
  weekdayBefore,
  type Ymd,
} from './calendar.js';
import { pad2, partOfDay, shifted, unresolved, type Draft } from './mention.js';
import { asSet, durationValue, marketTerm, periodEdge, recurring, tableFigure, yearAfter } from './not-events.js';
import { doneBy, EXTENDED_TO, looksForward, resolveWeekday, TENSE_WINDOW, tenseAround } from './tense.js';
import { inferYear, plausibleYear, presentAge } from './years.js';
import { NUMBER_WORDS } from './number-words.js';
import {
  MONTH_NAMES,
  MONTH_STEMS,
  MONTH_WORD as MONTH_WORD_PATTERN,
  WEEKDAY_ALONE,
  WEEKDAY_STEMS,
  WEEKDAY_WORD,
  WEEKDAY_NAMES,
} from '../util/calendar-names.js';

// chrono's casual English parser; `forwardDate` stays off: news mostly reports the past.
const parser = casual.clone();

/**
 * Reuters spells the first days of a month: "April One", "June five" (about 670 times in 1987). The month capitalised
 * ("may one" is no date), the number either way; not a count that runs on ("in May two years ago").
 */
// One to nine, as the tagger's number words spell them (not "a", "an").
const SPELLED_DAYS = Object.keys(NUMBER_WORDS).filter((w) => w.length > 2 && (NUMBER_WORDS[w] ?? 10) <= 9);
const SPELLED_DAY = new RegExp(
  `\\b(${MONTH_NAMES.join('|')})\\s+(${SPELLED_DAYS.map((d) => `[${d[0]?.toUpperCase()}${d[0]}]${d.slice(1)}`).join('|')})\\b` +
    // "from March one, 1988": its year, when written.
    `(?:,\\s*((?:1[89]|20)\\d\\d)\\b)?` +
    `(?!\\s+(?:years?|months?|weeks?|days?|hours?|pct|percent|per|of|mln|million|billion|dlrs?|cts|points?)\\b)`,
);
parser.parsers.push({
  pattern: () => SPELLED_DAY,
  extract: (_context, match) => ({
    month: MONTH_NAMES.indexOf((match[1] ?? '') as (typeof MONTH_NAMES)[number]) + 1,
    day: NUMBER_WORDS[(match[2] ?? '').toLowerCase()] ?? 1,
    ...(match[3] ? { year: Number(match[3]) } : {}),
  }),
});

const MONTH_WORD = new RegExp(`\\b${MONTH_WORD_PATTERN}`, 'i');
/** "an April-5-6 summit": a month before the hyphen, and the number is its day. */
const MONTH_BEFORE_HYPHEN = new RegExp(`\\b${MONTH_WORD_PATTERN}-$`, 'i');
const DAY_NUMBER = /\b\d{1,2}(?:st|nd|rd|th)?\b/;
const TIME_WORD = /\d:\d\d|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)|\bnoon\b|\bmidnight\b|o'clock/i;
const BEFORE_BARE_MONTH =
  /(?:\b(?:in|since|by|until|till|through|from|of|during|before|after|early|mid|late|last|next|this|between|and|or|to|around|for|as)\s*|[-–])$/i;
const PART_OF_DAY_ONLY =
  /^(?:(?:early|late|later|earlier)\s+)?(?:in\s+)?(?:the\s+)?(?:morning|afternoon|evening|night)$/i;

/**
 * "for shipment May 15-June 15, 1987", "May 21-June 5": chrono reads "21-June" as a day and month and drops the range;
 * with an en dash (one character, so every offset holds) it reads the range.
 */
const HYPHEN_BEFORE_MONTH = new RegExp(
  `(?<=\\b${MONTH_WORD_PATTERN}\\.?\\s+\\d{1,2})-(?=${MONTH_WORD_PATTERN})`,
  'giu',
);

export function parseChrono(text: string, dct: Ymd | null): chrono.ParsedResult[] {
  // Noon on the reference day, in local time: chrono reads the calendar fields
  // in the text's own frame, and noon keeps ±12 h zone shifts on the same day.
  const ref = dct ? new Date(dct.y, dct.m - 1, dct.d, 12) : new Date(2000, 0, 1, 12);
  try {
    return parser.parse(text.replace(HYPHEN_BEFORE_MONTH, '–'), ref, { forwardDate: false });
  } catch {
    return []; // chrono on pathological input: no dates rather than a crash
  }
}

/** What the rules read of a chrono result: one date, with its place in the text. */
type Parsed = Pick<chrono.ParsedResult, 'index' | 'text' | 'start' | 'tags'>;

/** "from Sept. 14 to Thursday", "Jan. 3-5": a range joins two dates. */
const RANGE_JOIN = /\s*,?\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*/i;
const SLASH_DATE_BEFORE = /\b(?:on|since|from|until|till|through|by|before|after|dated|of)\s+$/i;
/** "last April 26": the most recent such day before the article, never one ahead. */
const LAST = /\blast\s+$/i;
/** After "the day / week before": a noun phrase or a name ("the day before the crash"), an event we cannot date. */
const BEFORE_AN_EVENT = /^\s+(?:the|a|an|his|her|its|their|our|this|that|[A-Z\d])/;
/** Words before a bare part of the day that make it a time: "in the evening", "at night", "that morning", "late night". */
const PART_OF_DAY_BEFORE =
  /\b(?:the|this|that|in|at|on|by|during|through|one|every|each|last|late|early|same|previous|next|following|of|until|till|from|since|mid|[a-z]+day)\s+$/i;
const CASUAL_SHIFT = /\b(?:yesterday|tomorrow|last night)\b/i;
const CASUAL_WORD = /\b(?:now|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|noon|midnight)\b/i;

/**
 * A range is two mentions, each resolved on its own: the end of "bought from
 * Sept. 14 to Thursday" is last Thursday, and a sentence about it belongs on both days.
 */
export function rangeEnds(r: chrono.ParsedResult, dct: Ymd | null): Parsed[] {
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

/** A word or figure that can name a date, as the end of a range must have. */
const DATE_WORD = new RegExp(
  `\\d|\\b(?:${MONTH_STEMS}|${WEEKDAY_STEMS}|today|tonight|yesterday|tomorrow|noon|midnight)`,
  'i',
);

/** One chrono result → a mention, or null when it is not a date in news text. */
export function fromChrono(text: string, r: Parsed, dct: Ymd | null, estimated: boolean): Draft | null {
  const start = r.index;
  const end = r.index + r.text.length;
  const after = text.slice(end, end + 40);
  if (tableFigure(r.text, after) || marketTerm(r.text, after)) return null;
  const duration = durationValue(r.text, after);
  if (duration) return { start, end, value: duration, granularity: 'duration', day: null, relative: false };
  const nth = dct ? nthWeekdayOfMonth(text.slice(Math.max(0, start - 20), start) + r.text, after, dct) : null;
  if (nth) return { start, end, value: isoDay(nth), granularity: 'day', day: nth, relative: true };
  const d = readChrono(text, r, dct, estimated);
  if (!d) return null;
  const before = text.slice(Math.max(0, d.start - 60), d.start);
  if (recurring(before, d.bareWeekday !== undefined)) return asSet(d);
  const shift = d.day && dct && !/\d{4}/.test(r.text) ? yearAfter(text.slice(d.end, d.end + 20)) : null;
  if (d.day && dct && shift !== null) {
    const day = parseIsoDay(isoDay({ ...d.day, y: dct.y + shift }));
    if (day) {
      d.value = isoDay(day) + d.value.slice(10);
      d.day = day;
    }
  }
  // "the July 11 year", "the September 30 fiscal year": the day closes a year.
  if (d.day && (periodEdge(before, text.slice(d.end, d.end + 40)) || /^\s+(?:fiscal\s+)?year\b/i.test(after)))
    d.edge = true;
  return d;
}

const ORDINALS = ['first', 'second', 'third', 'fourth'];
const NTH_WEEKDAY = /\b(first|second|third|fourth|last)\s+(sun|mon|tues|wednes|thurs|fri|satur)day$/i;
const OF_MONTH = new RegExp(`^\\s+(?:in|of)\\s+(${MONTH_NAMES.join('|')})\\b`);
/**
 * "the last Sunday in October", "the first Monday of May" (`mention` with the words before it): that weekday of the
 * month (of the article's year), which chrono would read as the last Sunday before the article.
 */
function nthWeekdayOfMonth(mention: string, after: string, dct: Ymd): Ymd | null {
  const m = NTH_WEEKDAY.exec(mention.trim());
  const month = m ? OF_MONTH.exec(after) : null;
  if (!m || !month) return null;
  const target = WEEKDAY_NAMES.findIndex((w) => w.toLowerCase().startsWith((m[2] ?? '').toLowerCase()));
  const mm = MONTH_NAMES.indexOf((month[1] ?? '') as (typeof MONTH_NAMES)[number]) + 1;
  const ord = (m[1] ?? '').toLowerCase();
  if (ord === 'last') {
    const next = mm === 12 ? { y: dct.y + 1, m: 1, d: 1 } : { y: dct.y, m: mm + 1, d: 1 };
    return weekdayBefore(next, target, true);
  }
  const first = weekdayAfter({ y: dct.y, m: mm, d: 1 }, target);
  return addDays(first, 7 * ORDINALS.indexOf(ord));
}

/** The news rules over one chrono result. */
function readChrono(text: string, r: Parsed, dct: Ymd | null, estimated: boolean): Draft | null {
  let start = r.index;
  const end = r.index + r.text.length;
  const t = r.text;
  const c = r.start;
  const lower = t.toLowerCase();
  const has = (k: chrono.Component) => c.isCertain(k);
  const before = text.slice(Math.max(0, start - 60), start);

  // "the small Sixth of July Bank", "the May 15 Movement": a date that opens a name (not "in mid-December 1986 Bank of
  // America sold").
  if (
    /^\s+(?:Bank|Movement|Street|Avenue|Square|Bridge|Front|Brigade)\b(?!\s+of\b)/.test(text.slice(end, end + 16)) &&
    /\bthe\s+(?:[a-z]+\s+)?$/i.test(text.slice(Math.max(0, start - 20), start))
  )
    return null;
  // Tables and figures, not dates: "1.5400 February 23" (a rate, then a date), "MAY7 1920H" (a futures quote).
  if (/^\d/.test(t) && /[\d.,/]/.test(text[start - 1] ?? '')) return null;
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\d/i.test(t)) return null;
  // "last half May/first half June", "mid-May, First Chicago Ltd said": a month, then an ordinal set off from it (a
  // slash, a comma) or opening a name, is no day.
  if (
    /^[a-z]+\.?\s*(?:\/|,)\s*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i.test(t) ||
    (/\s(?:First|Second|Third)$/.test(t) && /^\s+[A-Z]/.test(text.slice(end, end + 3)))
  )
    return null;
  // Fractions in prices and rates ("eased 1/8 to 31 7/8", "12 3/4%"): a yearless M/D is a date only after "on", "since"….
  if (/^(?:\d{1,4}\s+)?\d{1,2}\/\d{1,2}$/.test(t) && (/\s/.test(t) || !SLASH_DATE_BEFORE.test(before))) return null;
  // "good evening": a greeting.
  if (/^(?:morning|afternoon|evening|night)$/i.test(t) && /\bgood\s+$/i.test(before)) return null;
  // "said Loh Hoon Sun", "The Brandon Sun": an abbreviated weekday after a capitalised word ends a name; "the Sunday
  // Telegraph": a weekday between "the" and a capitalised word opens one.
  if (/^(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun),?$/.test(t.trim()) && /[A-Z][\w'’-]*\s+$/.test(before)) return null;
  if (WEEKDAY_ALONE.test(t) && /\bthe\s+$/i.test(before) && /^\s+[A-Z]/.test(text.slice(end, end + 3))) return null;
  // "TSR-20 May and June": the number ends a grade's name ("TSR-20"), not a day of May.
  if (/^\d/.test(t.trim()) && /[A-Za-z]-$/.test(before) && !MONTH_BEFORE_HYPHEN.test(before)) return null;
  // "the democratic institutions of today", "the hog of today": the present age, not the day (not "as of today", nor
  // "the close of today's session").
  if (/^\s*today$/i.test(t) && presentAge(text, start, end)) return null;
  // "April 15-day forward Brent": the oil market's 15-day contract, not a day.
  if (/^-day\b/i.test(text.slice(end, end + 5))) return null;
  // "Sun-3 technical workstations": a model's name; "The British Sunday paper", "an average Sunday circulation": a kind
  // of paper, not a day.
  if (/^(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)-\d/.test(t.trim())) return null;
  if (WEEKDAY_ALONE.test(t) && /^\s+(?:(?:news)?papers?|circulation|editions?)\b/i.test(text.slice(end, end + 14)))
    return null;
  // "U.S. Night session", "NIGHT FUTURES TRADING", "evening newspapers": a part of the day as a modifier of a noun,
  // capitalised or with no article or preposition before it, names no time.
  // (chrono's text may open with the space before the word.)
  const bare = t.trim();
  if (/^(?:morning|afternoon|evening|night)$/i.test(bare)) {
    if (/^[A-Z]/.test(bare) || !PART_OF_DAY_BEFORE.test(text.slice(Math.max(0, start - 60), start + t.indexOf(bare))))
      return null;
  }
  // A year far from the article's ("2400 March 17" is a clock time): not a date news would write.
  if (has('year') && !plausibleYear(c.get('year') ?? 0, dct)) return null;
  // "the day before": the day before the one the story last named, and "the day before the crash" is no date we know.
  // (chrono also matches it inside "them the day before": the mention starts at "the".)
  const beside = /(?:^|\s)the (?:day|night) (before|after)$/i.exec(t);
  if (beside) {
    start += beside.index + (beside[0].length - beside[0].trimStart().length);
    if (!dct || BEFORE_AN_EVENT.test(text.slice(end, end + 8))) return unresolved(start, end);
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
  // "this weekend" follows the tense too: "talks held this weekend" in a Monday article is the one just gone.
  if (/^(?:the\s+|this\s+)?weekend[\s,;:]*$/i.test(t)) {
    if (!dct) return unresolved(start, end);
    const dow = weekday(dct);
    const forward = tenseAround(text, start, end) === 'forward';
    const saturday = forward ? addDays(dct, (6 - dow + 7) % 7) : addDays(dct, -((dow + 1) % 7));
    return { start, end, value: `${isoWeek(saturday)}-WE`, granularity: 'week', day: null, relative: true };
  }
  // Relative periods: week, month or year level, never a made-up day. "The week before" (wire copy's comparison: "from
  // 7.15 pct the week before") is the previous week, as "a week earlier" is: no day of its own.
  const period =
    /^(?:(?:the\s+)?(last|this|next|past|coming|previous)\s+(week(?:end)?|month|year)|the\s+(week|month|year)\s+(before|after))$/i.exec(
      t,
    );
  // "the week before the vote": before an event, no time we know.
  if (period?.[4] && BEFORE_AN_EVENT.test(text.slice(end, end + 8))) return unresolved(start, end);
  // Without a publication date, nothing relative can be resolved: chrono's stand-in reference must not leak.
  if (!dct && (period || isCasual(r) || r.tags().has('result/relativeDate'))) return unresolved(start, end);
  if (period && dct) {
    const word = period[1] ?? period[4] ?? '';
    const dir = /last|past|previous|before/i.test(word) ? -1 : /next|coming|after/i.test(word) ? 1 : 0;
    const unit = (period[2] ?? period[3] ?? '').toLowerCase();
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
  // "several weeks ago", "a few days earlier": no particular day (chrono counts "several" as seven).
  if (
    /\b(?:several|a\s+few|few|some|many|a\s+couple\s+of|couple\s+of)\s+(?:day|week|month|year)s\s+(?:ago|earlier|later|before|after)\b/i.test(
      t,
    )
  )
    return unresolved(start, end);
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
  if (weekdayOnly && /^[\s,]*(?:sun|sat|wed|mon)[.,]?$/i.test(t)) return null;
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
    day = resolveWeekday(
      dct,
      target,
      lower,
      text.slice(Math.max(0, start - TENSE_WINDOW), start),
      text.slice(end, end + 60),
    );
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
    // "extended the expiration of its 1,424,500 warrants to September 30": the verb may stand further back.
    // "bond issues scheduled for January 20 and last October 20": "last" outweighs the plan.
    const ahead =
      !LAST.test(before) && (looksForward(before) || EXTENDED_TO.test(text.slice(Math.max(0, start - 120), start)));
    if (!has('year') && !casual && dct)
      day.y = inferYear(dct, day.m, day.d, ahead, !estimated && (doneBy(before) || LAST.test(before)));
    // chrono drops "yesterday" after a part of the day ("afternoon yesterday" comes out as today).
    const shift = casual ? CASUAL_SHIFT.exec(t) : null;
    if (shift && dct) day = addDays(dct, /yesterday|last/i.test(shift[0]) ? -1 : 1);
    // chrono puts a bare "midnight" on the next day; news means the midnight the tense points to: "the strike began
    // at midnight" (past) is the start of the article's day, "will begin at midnight" the end of it (TimeML T24:00).
    if (casual && dct && /^(?:at\s+)?midnight(?:\s+(?:tonight|today))?$/i.test(t.trim()) && !shift) {
      const forward = tenseAround(text, start, end) === 'forward';
      return {
        start,
        end,
        value: `${isoDay(dct)}T${forward ? '24' : '00'}:00`,
        granularity: 'time',
        day: dct,
        relative,
      };
    }
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

export function isCasual(r: Parsed): boolean {
  for (const tag of r.tags()) if (tag.startsWith('casualReference/') || tag.includes('ENCasualDateParser')) return true;
  return false;
}
