// Calendar arithmetic on plain days (no clocks, no time zones): a day is
// `YYYY-MM-DD`, computed through UTC so nothing shifts across zones.
import { MONTH_NAMES, WEEKDAY_NAMES } from '../util/calendar-names.js';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDay({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function isoMonth({ y, m }: { y: number; m: number }): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** `YYYY-MM-DD` → Ymd, or null when it is not a real calendar day. */
export function parseIsoDay(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const t = new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d));
  return t.getUTCFullYear() === ymd.y && t.getUTCMonth() === ymd.m - 1 && t.getUTCDate() === ymd.d ? ymd : null;
}

function toUtc({ y, m, d }: Ymd): Date {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y); // years < 100 must not map to 19xx
  return t;
}

function fromUtc(t: Date): Ymd {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Ymd, n: number): Ymd {
  const t = toUtc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Ymd): number {
  return toUtc(day).getUTCDay();
}

/** The given weekday on or after `from` (`strict`: after it), and on or before it. */
export function weekdayAfter(from: Ymd, target: number, strict = false): Ymd {
  return addDays(from, (target - weekday(from) + 7) % 7 || (strict ? 7 : 0));
}

export function weekdayBefore(from: Ymd, target: number, strict = false): Ymd {
  return addDays(from, -((weekday(from) - target + 7) % 7 || (strict ? 7 : 0)));
}

/** Days from a to b (b − a). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** ISO 8601 week, as TimeML writes it: `2019-W52`. */
export function isoWeek(day: Ymd): string {
  const t = toUtc(day);
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow); // the Thursday of this week decides the year
  const year = t.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.ceil(((t.getTime() - jan1) / 86_400_000 + 1) / 7);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** "Friday 3 January 2020". */
export function longDay(day: Ymd): string {
  return `${WEEKDAY_NAMES[weekday(day)] ?? ''} ${day.d} ${MONTH_NAMES[day.m - 1] ?? ''} ${day.y}`;
}

/** "Friday 3 January 2020" for `2020-01-03`; the text itself when it is not a day. */
export function dayLabel(day: string): string {
  const d = parseIsoDay(day);
  return d ? longDay(d) : day;
}
