// Years: the year of a year-less date, bare years ("in 2007"), decades,
// seasons, "by year-end", and which years news plausibly writes about.
import { daysBetween, isoDay, isoMonth, isoWeek, parseIsoDay, type Ymd } from './calendar.js';
import { partOfDay, unresolved, type Draft, type Granularity } from './mention.js';

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Future dates cost this much more than past ones when a year is missing: news reports the past. */
export const FUTURE_COST = 2;

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
export function closestYear(dct: Ymd, diffIn: (y: number) => number, future: number, forward: boolean): number {
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
export function plausibleYear(year: number, dct: Ymd | null): boolean {
  const ref = dct?.y ?? new Date().getFullYear();
  return year >= ref - 200 && year <= ref + 50;
}

/** A wink DATE/TIME span chrono did not parse: years, decades, seasons, "late 2019". */
export function fromWinkSpan(text: string, s: number, e: number, dct: Ymd | null): Draft | null {
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
    // "the institutions of today": the present age (chrono's reading is dropped for the same reason).
    if (presentAge(text, start, e)) return null;
    return { start, end: e, value: isoDay(dct) + partOfDay(t), granularity: 'day', day: dct, relative: true };
  }
  return null;
}

/**
 * "by year-end" is the coming December 31, "since year-end" the last one
 * (TimeML gives the day). It names no day of its own: off the timeline.
 */
export function yearEnds(text: string, taken: Draft[], dct: Ymd | null): Draft[] {
  const out: Draft[] = [];
  // "at year-end 1986": its year, when written.
  const re =
    /\b(by|at|until|till|through|before|after|since|from|to|for|near)\s+(?:the\s+)?year[- ]end\b(?:\s+((?:19|20)\d\d)\b)?(?![-\w])/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[1] ?? '').length + 1;
    const end = m.index + m[0].length;
    if (taken.some((d) => d.start < end && start < d.end)) continue;
    if (!dct) {
      out.push(unresolved(start, end, 'XXXX-12-31'));
      continue;
    }
    const written = m[2] ? Number(m[2]) : null;
    const past = /^(?:since|from|after)$/i.test(m[1] ?? '') && !(dct.m === 12 && dct.d === 31);
    const day = { y: written ?? (past ? dct.y - 1 : dct.y), m: 12, d: 31 };
    out.push({
      start,
      end,
      value: isoDay(day),
      granularity: 'day',
      day,
      relative: written === null,
      clock: '',
      fromDct: true,
    });
  }
  return out;
}

/** Years after a preposition ("in 2007", "since 1998") that neither chrono nor wink tagged. */
export function bareYears(text: string, taken: Draft[]): Draft[] {
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

/**
 * "the democratic institutions of today", "the hog of today": the present age, not the day; not "as of today", "the
 * fixtures talked of today", nor "the close of today's session".
 */
export function presentAge(text: string, start: number, end: number): boolean {
  return (
    /(?<!\b(?:as|\w+ed|talks?|speaks?|spoke|thinks?|thought|hears?|heard)\s)\bof\s+$/i.test(
      text.slice(Math.max(0, start - 16), start),
    ) && !/^['’]s\b/.test(text.slice(end, end + 3))
  );
}
