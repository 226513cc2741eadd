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
//
// The parts: mention.ts (the shapes), tense.ts (tense cues), chrono-rules.ts
// (chrono's results read as news dates), years.ts (years, decades, seasons,
// year inference), named-days.ts (holidays, story-relative days); this file
// runs them in order and anchors what borrows its day from the story.
import { analyze } from '../nlp/analyze.js';
import { addDays, daysBetween, isoDay, parseIsoDay, weekdayAfter, type Ymd } from './calendar.js';
import { fromChrono, parseChrono, rangeEnds } from './chrono-rules.js';
import { shifted, unresolved, type DateMention, type Draft, type TagOptions } from './mention.js';
import { noEventOn } from './not-events.js';
import { holidays, storyDays } from './named-days.js';
import { tenseAround } from './tense.js';
import { bareYears, closestYear, FUTURE_COST, fromWinkSpan, yearEnds } from './years.js';
import { MONTH_STEMS, WEEKDAY_STEMS } from '../util/calendar-names.js';

export type { DateMention, Granularity, TagOptions } from './mention.js';
export { timexType } from './mention.js';
export { looksForward, resolveWeekday } from './tense.js';
export { inferYear } from './years.js';

/** Bump when the rules change what is found or how it resolves: saved indexes then rebuild their dates. */
export const TAGGER_VERSION = 25;

/** Cheap gate: text without any of these has no date chrono could find. */
const MAYBE_DATE = new RegExp(
  `\\d|\\b(?:${MONTH_STEMS}|${WEEKDAY_STEMS}|today|tonight|yesterday|tomorrow|now|night|morning|afternoon|evening|noon|midnight|day|week|month|year|ago|decade|spring|summer|fall|autumn|winter|christmas|easter|thanksgiving|halloween)`,
  'i',
);

/** "tomorrow and Friday", "next Monday or Tuesday": one date joined to the one before. */
const JOINED = /^\s*(?:,?\s*(?:and|or|to|through|-|–|\/)|,)\s*(?:on\s+)?$/i;

/** What stands between the two ends of a range: a comma and "to", a slash, a dash. */
const RANGE_BETWEEN = /^(?:,?\s+(?:to|through|until|till)\s+|\/|\s*[-–]\s*)$/i;
/**
 * A range written tight ("January-August 1987", "April through December 1986"): one year for both ends. Not ", until
 * June 23, 1992" (a warrant "exercisable from July 15, until June 23, 1992" runs for years).
 */
const YEAR_SHARED = /^(?:\s+(?:to|through|thru)\s+|\/|\s*[-–]\s*)$/i;

/**
 * Give a range's first end (a month, or a day) the year of its second: the same year when it comes first in the
 * calendar, else the year before ("December 1986 to March 1987" is written with both years).
 */
function sameYear(first: Draft, second: Draft): void {
  const y = Number(second.value.slice(0, 4));
  const mm = /^\d{4}-(\d{2})(?:-(\d{2}))?/.exec(first.value);
  const end = /^\d{4}-(\d{2})(?:-(\d{2}))?/.exec(second.value);
  if (!mm || !end || !Number.isFinite(y) || (first.granularity !== 'day' && first.granularity !== 'month')) return;
  const before = `${mm[1]}-${mm[2] ?? '01'}` <= `${end[1]}-${end[2] ?? '31'}`;
  const year = before ? y : y - 1;
  first.value = String(year) + first.value.slice(4);
  if (first.day) first.day = { ...first.day, y: year };
}

/** A mention that gives a time of day ("by noon", "at midday today"), which dates what happened on its day. */
const TIME_OF_DAY =
  /\d:\d\d|\b(?:noon|midday|midnight|morning|afternoon|evening|night|tonight|a\.?m\b|p\.?m\b|gmt|edt|est|cst)/i;

/** Every date mention in `text`, in order, not overlapping. Never throws on any input. */
export function tagDates(text: string, options: TagOptions): DateMention[] {
  if (!text || !MAYBE_DATE.test(text)) return [];
  const dct = options.dct ? parseIsoDay(options.dct) : null;
  const drafts: Draft[] = namedDays(text, dct);
  const named = drafts.length;
  for (const r of parseChrono(text, dct)) {
    const parts = rangeEnds(r, dct);
    for (const part of parts) {
      const d = fromChrono(text, part, dct, Boolean(options.estimated));
      // "shipment April 16-30", "for the period March 20 to 25": the ends bound a period; nothing happens on them.
      if (d?.day && parts.length > 1) d.edge = true;
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
  // "between May 21 and June 5": the second day closes the period the first opens.
  for (const [i, d] of drafts.entries()) {
    const prev = drafts[i - 1];
    if (d.day && prev?.edge && /^\s*,?\s*and\s+$/i.test(text.slice(prev.end, d.start))) d.edge = true;
    // A range chrono reads as two dates: "for the period July 1, 1986, to March 1, 1987", "for June 12/July 7
    // shipment", "the period July 1-March 13".
    if (d.day && prev?.day && RANGE_BETWEEN.test(text.slice(prev.end, d.start))) prev.edge = d.edge = true;
    // "between January and August 1987", "June 15-July 15, 1987": the year written on the second end is the first's
    // too (it was guessed from the tense, which may point the other way).
    const gap = text.slice(prev?.end ?? 0, d.start);
    if (
      prev &&
      prev.relative &&
      !d.relative &&
      (YEAR_SHARED.test(gap) ||
        (/^\s+and\s+$/i.test(gap) && /\bbetween\s+$/i.test(text.slice(Math.max(0, prev.start - 9), prev.start))))
    )
      sameYear(prev, d);
  }
  for (const d of drafts)
    if (
      d.day &&
      !d.edge &&
      noEventOn(
        text.slice(Math.max(0, d.start - 120), d.start),
        text.slice(d.end, d.end + 60),
        TIME_OF_DAY.test(text.slice(d.start, d.end)) || d.value.length > 10,
        text.slice(d.start, d.end),
      )
    )
      d.noEvent = true;
  let lastDay: Ymd | null = null;
  for (const [i, d] of drafts.entries()) {
    const prev = drafts[i - 1];
    // A weekday joined to a day ahead is ahead too: "tomorrow and Friday" is this Friday, not last.
    if (dct && d.bareWeekday !== undefined && d.day && prev?.day && daysBetween(dct, prev.day) > 0) {
      // (chrono may keep the comma of "on Tuesday, Wednesday" in the first mention.)
      const between = text.slice(prev.end, d.start);
      const joined = JOINED.test(between) || (text[prev.end - 1] === ',' && /^\s*$/.test(between));
      if (daysBetween(dct, d.day) <= 0 && joined) {
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
      ...(d.edge ? { edge: true as const } : {}),
      ...(d.noEvent ? { noEvent: true as const } : {}),
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

/** wink's time entities over `text`, for callers without an analysis pass (CLI, benchmarks). */
export function winkTimeSpans(text: string): [number, number][] {
  return analyze(text).flatMap((s) => s.timeSpans);
}
