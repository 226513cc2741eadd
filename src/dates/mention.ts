// The shapes the date tagger works with: a mention as callers see it, and the
// draft the rules build before the orchestration anchors story-relative days.
import { addDays, isoDay, parseIsoDay, type Ymd } from './calendar.js';

export type Granularity =
  | 'time'
  | 'day'
  | 'week'
  | 'month'
  | 'season'
  | 'year'
  | 'decade'
  | 'present'
  | 'unresolved'
  /** TimeML DURATION ("five weeks after", "the next few weeks"): no day. */
  | 'duration'
  /** TimeML SET ("each April 7", "every morning"): no day. */
  | 'set';

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
  /** The day closes a period ("the quarter ending June 30"): a right date, but no event on it. */
  edge?: true;
  /**
   * A deadline, a week or a figure's day, a day given up, a recess ("respond by July 16", "the March 2 week"): no
   * event on it either, but a question may ask about it ("until when…").
   */
  noEvent?: true;
}

/** The TimeML type of a mention: durations and sets name no point in time; a clock time is a TIME. */
export function timexType(granularity: Granularity): 'DATE' | 'TIME' | 'DURATION' | 'SET' {
  return granularity === 'duration'
    ? 'DURATION'
    : granularity === 'set'
      ? 'SET'
      : granularity === 'time'
        ? 'TIME'
        : 'DATE';
}

export interface TagOptions {
  /** Publication date `YYYY-MM-DD`, or null when unknown. */
  dct: string | null;
  /** True when `dct` is an estimate rather than the article's date line. */
  estimated?: boolean;
  /** wink DATE/TIME/DURATION entity spans over `text`, when the caller already has them. */
  timeSpans?: readonly (readonly [number, number])[];
}

export interface Draft {
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
  /** The day closes a period ("the quarter ending June 30"). */
  edge?: true;
  /** A deadline, a week or a figure's day, a day given up, a recess. */
  noEvent?: true;
}

export function shifted(day: Ymd, shift: Draft['shift']): Ymd {
  if (!shift) return day;
  const moved = addDays(day, shift.days);
  if (!shift.years) return moved;
  const y = moved.y + shift.years;
  // Feb 29 a year on or back is Feb 28.
  return parseIsoDay(isoDay({ ...moved, y })) ? { ...moved, y } : { ...moved, y, d: moved.d - 1 };
}

export function unresolved(start: number, end: number, value = 'XXXX'): Draft {
  return { start, end, value, granularity: 'unresolved', day: null, relative: true };
}

const PARTS_OF_DAY: [RegExp, string][] = [
  [/\bmorning\b/i, 'MO'],
  [/\bafternoon\b/i, 'AF'],
  [/\b(?:evening)\b/i, 'EV'],
  [/\b(?:night|tonight)\b/i, 'NI'],
];

export function partOfDay(t: string): string {
  for (const [re, code] of PARTS_OF_DAY) if (re.test(t)) return `T${code}`;
  return '';
}

export function pad2(n: number | null): string {
  return String(n ?? 0).padStart(2, '0');
}
