// What a person types as a date for /timeline → a day, a range, or a clear
// message with examples of what works. A year left out is taken from the
// corpus: the year in which that day has events, else the one nearest the news.
import type * as chrono from 'chrono-node';
import { GB } from 'chrono-node/en';
import { daysBetween, isoDay, longDay, parseIsoDay, weekday, type Ymd } from '../dates/calendar.js';
import { truncate } from '../util/text.js';
import { MONTH_WORD, WEEKDAY_NAMES } from '../util/calendar-names.js';

export type DateQuery =
  | { kind: 'overview' }
  | { kind: 'day'; day: string }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'invalid'; message: string };

/** A range covers at most this many days. */
export const MAX_RANGE_DAYS = 366;
export const DATE_QUERY_MAX_CHARS = 100;
/** Ways to write a day, shown when a date cannot be read: forms, not any corpus's own dates. */
export const DAY_EXAMPLES = ['YYYY-MM-DD', '17 May 2024', 'May 17 2024', 'Friday 17 May 2024'] as const;
export const DATE_EXAMPLES = `${DAY_EXAMPLES.join(', ')}, a month (YYYY-MM) or a range (YYYY-MM-DD..YYYY-MM-DD)`;

export interface DateQueryContext {
  /** Days with events, ascending. */
  days: readonly string[];
  count(day: string): number;
  /** Today, for "today" and "yesterday"; defaults to the clock. */
  now?: Date;
}

type Parsed = { kind: 'day'; day: Ymd } | { kind: 'month'; y: number; m: number } | { kind: 'error'; message: string };

const RANGE_SEPARATOR = /\s*(?:\.\.|…|\s(?:to|until|through)\s|\s[-–—]\s)\s*/i;
/** "[on] [Friday,] December 27[th]": a month then a day, which chrono would take for a two-digit year. */
const MONTH_DAY = new RegExp(`^((?:on\\s+)?(?:[a-z]+day,?\\s+)?)(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?$`, 'i');
/** Words around a date that carry nothing: "on Friday 3 January", "the 3rd of January". */
const FILLER = /^(?:[\s,.]|\b(?:on|the|of|in|at|day)\b)*$/i;

export function parseDateQuery(date: string | null, to: string | null, ctx: DateQueryContext): DateQuery {
  const a = clean(date);
  const b = clean(to);
  if (!a && !b) return { kind: 'overview' };
  for (const raw of [a, b]) {
    if (raw.length > DATE_QUERY_MAX_CHARS) {
      return invalid(`That date is ${raw.length} characters long; write a day such as ${DATE_EXAMPLES}.`);
    }
  }
  let fromText = a || b;
  let toText = a && b ? b : '';
  if (!toText) {
    const parts = fromText.split(RANGE_SEPARATOR);
    if (parts.length === 2 && parts[0] && parts[1]) [fromText, toText] = [parts[0], parts[1]];
  }
  const from = parseOne(fromText, ctx);
  if (from.kind === 'error') return invalid(from.message);
  if (!toText) return from.kind === 'day' ? { kind: 'day', day: isoDay(from.day) } : monthRange(from);
  const until = parseOne(toText, ctx);
  if (until.kind === 'error') return invalid(until.message);
  const start = from.kind === 'day' ? from.day : { y: from.y, m: from.m, d: 1 };
  const end = until.kind === 'day' ? until.day : lastDayOf(until.y, until.m);
  const span = daysBetween(start, end);
  if (span < 0) {
    return invalid(`The end (${longDay(end)}) is before the start (${longDay(start)}). Put the earlier day first.`);
  }
  if (span + 1 > MAX_RANGE_DAYS) {
    const years = (span + 1) / 365.25;
    const size = years >= 2 ? `${Math.round(years)} years` : `${span + 1} days`;
    return invalid(
      `That range covers ${size}; a timeline range is at most ${MAX_RANGE_DAYS} days. Ask for a month (YYYY-MM) or run /timeline without a date for the overview.`,
    );
  }
  return span === 0 ? { kind: 'day', day: isoDay(start) } : { kind: 'range', from: isoDay(start), to: isoDay(end) };
}

function invalid(message: string): DateQuery {
  return { kind: 'invalid', message };
}

function clean(s: string | null): string {
  // eslint-disable-next-line no-control-regex
  return (s ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ').trim();
}

function monthRange(p: { y: number; m: number }): DateQuery {
  return { kind: 'range', from: isoDay({ y: p.y, m: p.m, d: 1 }), to: isoDay(lastDayOf(p.y, p.m)) };
}

function lastDayOf(y: number, m: number): Ymd {
  for (let d = 31; d > 28; d--) if (parseIsoDay(isoDay({ y, m, d }))) return { y, m, d };
  return { y, m, d: 28 };
}

function parseOne(text: string, ctx: DateQueryContext): Parsed {
  const shown = `“${truncate(text, 40)}”`;
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (iso) {
    const y = Number(iso[1]);
    const m = Number(iso[2]);
    if (iso[3] === undefined) {
      return m >= 1 && m <= 12 ? { kind: 'month', y, m } : { kind: 'error', message: `${shown} has no month ${m}.` };
    }
    const day = parseIsoDay(isoDay({ y, m, d: Number(iso[3]) }));
    return day ? { kind: 'day', day } : { kind: 'error', message: `${shown} is not a calendar date.` };
  }
  const now = ctx.now ?? new Date();
  // chrono reads "December 27" as December 2027; "27 December" is unambiguous.
  const input = text.replace(MONTH_DAY, '$1$3 $2');
  let results: chrono.ParsedResult[];
  try {
    results = GB.parse(input, now, { forwardDate: false });
  } catch {
    results = [];
  }
  const r = results[0];
  const rest = r ? input.slice(0, r.index) + input.slice(r.index + r.text.length) : input;
  if (!r || results.length > 1 || !FILLER.test(rest)) {
    return { kind: 'error', message: `I can't read ${shown} as a date. Try ${DATE_EXAMPLES}.` };
  }
  const c = r.start;
  const casual = r.tags().has('parser/ENCasualDateParser');
  if (c.isCertain('day') || casual) {
    const m = c.get('month') ?? 1;
    const d = c.get('day') ?? 1;
    const y = c.isCertain('year') || casual ? (c.get('year') ?? 0) : yearFromCorpus(m, d, ctx, now);
    const day = parseIsoDay(isoDay({ y, m, d }));
    if (!day) return { kind: 'error', message: `${shown} is not a calendar date.` };
    if (c.isCertain('weekday') && c.get('weekday') !== weekday(day)) {
      return {
        kind: 'error',
        message: `${longDay(day).replace(/^\w+ /, '')} is a ${WEEKDAY_NAMES[weekday(day)]}, not a ${WEEKDAY_NAMES[c.get('weekday') ?? 0]}. Check the date.`,
      };
    }
    return { kind: 'day', day };
  }
  if (c.isCertain('month')) {
    const m = c.get('month') ?? 1;
    const y = c.isCertain('year') ? (c.get('year') ?? 0) : yearFromCorpus(m, 0, ctx, now);
    return { kind: 'month', y, m };
  }
  if (c.isCertain('weekday')) {
    return {
      kind: 'error',
      message: `${shown} alone could be any week. Add the date: ${DATE_EXAMPLES}.`,
    };
  }
  return { kind: 'error', message: `I can't read ${shown} as a day. Try ${DATE_EXAMPLES}.` };
}

/**
 * The year for a day (or a month when `d` is 0) written without one: a year
 * in which it has events, else the year that puts it nearest the corpus's news.
 */
function yearFromCorpus(m: number, d: number, ctx: DateQueryContext, now: Date): number {
  const first = ctx.days[0];
  const last = ctx.days.at(-1);
  if (!first || !last) return now.getFullYear();
  const y0 = Number(first.slice(0, 4));
  const y1 = Number(last.slice(0, 4));
  let best = y1;
  let bestScore = -Infinity;
  for (let y = y0 - 1; y <= y1 + 1; y++) {
    const events =
      d === 0
        ? ctx.days.filter((day) => day.startsWith(`${y}-${String(m).padStart(2, '0')}`)).length
        : ctx.count(isoDay({ y, m, d }));
    const probe = isoDay({ y, m, d: d || 15 });
    const distance =
      probe < first
        ? daysBetween(parseIsoDay(probe) ?? { y, m, d: 15 }, parseIsoDay(first) ?? { y, m, d: 15 })
        : probe > last
          ? daysBetween(parseIsoDay(last) ?? { y, m, d: 15 }, parseIsoDay(probe) ?? { y, m, d: 15 })
          : 0;
    // Events decide; otherwise the nearest year, later years first on ties.
    const score = events * 1e6 - distance;
    if (score > bestScore || (score === bestScore && y > best)) [best, bestScore] = [y, score];
  }
  return best;
}
