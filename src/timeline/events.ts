// What happened on a day, in a range, or across the corpus, read off the
// timeline index: sentences with the text that fixes their date, merged when
// two articles tell the same event, in the day's three parts (day-report.ts).
import { addDays, daysBetween, isoDay, parseIsoDay, weekday } from '../dates/calendar.js';
import { dayReport } from './day-report.js';
import type { TimelineContext, TimelineEvent } from './event.js';

export type { EventSource, TimelineContext, TimelineEvent } from './event.js';

/** A day's events: reported, scheduled, recalled, each by news weight (see day-report.ts). */
export function dayEvents(ctx: TimelineContext, day: string): TimelineEvent[] {
  return dayReport(ctx, day).events;
}

export interface TimelineOverview {
  first: string | null;
  last: string | null;
  /** Days with events. */
  days: number;
  /** Sentences placed on days. */
  events: number;
  busiest: { day: string; events: number }[];
  /** Events per month (or per week over a short span), for a bar chart, empty months included. */
  buckets: { label: string; events: number }[];
  /** Events on days outside the chart: the few that lie far from the rest ("in 1950"). */
  outside: number;
}

/**
 * The chart covers the shortest run of days that holds this share of the
 * events: the news itself, not the bond maturities and anniversaries it
 * mentions decades away, which would stretch it over years of empty months.
 */
const CHART_SHARE = 0.95;
/** Months a chart shows before it narrows to where the news is. */
const CHART_BUCKETS = 24;

export function overview(ctx: TimelineContext, busiestCount = 5): TimelineOverview {
  const { timeline } = ctx;
  const counts = timeline.days.map((day) => ({ day, events: timeline.count(day) }));
  const busiest = [...counts].sort((a, b) => b.events - a.events || a.day.localeCompare(b.day)).slice(0, busiestCount);
  const events = counts.reduce((n, c) => n + c.events, 0);
  // The whole span when it fits a chart; else the densest run of days.
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  const fits = counts.length === 0 || months(counts.at(-1)?.day ?? '') - months(counts[0]?.day ?? '') < CHART_BUCKETS;
  const [lo, hi] = fits ? [0, counts.length - 1] : densestRun(counts, events * CHART_SHARE);
  const from = parseIsoDay(counts[lo]?.day ?? '') ?? ZERO;
  const to = parseIsoDay(counts[hi]?.day ?? '') ?? ZERO;
  // Months read well from a season to years; weeks when the news covers a few weeks only.
  const byWeek = daysBetween(from, to) <= 62;
  const bucketOf = (day: string) => (byWeek ? `wk ${weekStart(day)}` : day.slice(0, 7));
  const buckets = new Map<string, number>();
  // Every bucket in the range, empty ones too, so the chart's time axis is even.
  for (let d = byWeek ? (parseIsoDay(weekStart(isoDay(from))) ?? from) : { ...from, d: 1 }; isoDay(d) <= isoDay(to);) {
    buckets.set(bucketOf(isoDay(d)), 0);
    d = byWeek ? addDays(d, 7) : d.m === 12 ? { y: d.y + 1, m: 1, d: 1 } : { y: d.y, m: d.m + 1, d: 1 };
  }
  for (const { day, events: n } of counts.slice(lo, hi + 1))
    buckets.set(bucketOf(day), (buckets.get(bucketOf(day)) ?? 0) + n);
  return {
    first: timeline.first,
    last: timeline.last,
    days: counts.length,
    events,
    busiest,
    buckets: [...buckets].map(([label, n]) => ({ label, events: n })),
    outside: events - counts.slice(lo, hi + 1).reduce((n, c) => n + c.events, 0),
  };
}

/** [first, last] indexes of the shortest run of days (by calendar span) whose events reach `need`. */
function densestRun(counts: { day: string; events: number }[], need: number): [number, number] {
  if (counts.length === 0) return [0, -1];
  const stamp = counts.map((c) => Date.parse(c.day) / 86_400_000);
  let best: [number, number] = [0, counts.length - 1];
  let bestSpan = Infinity;
  let sum = 0;
  let lo = 0;
  for (let hi = 0; hi < counts.length; hi++) {
    sum += counts[hi]?.events ?? 0;
    // Shrink from the left while the run still holds enough.
    while (lo < hi && sum - (counts[lo]?.events ?? 0) >= need) sum -= counts[lo++]?.events ?? 0;
    const span = (stamp[hi] ?? 0) - (stamp[lo] ?? 0);
    if (sum >= need && span < bestSpan) {
      best = [lo, hi];
      bestSpan = span;
    }
  }
  return best;
}

const ZERO = { y: 2000, m: 1, d: 1 };

/** The Monday of the day's week, `YYYY-MM-DD`. */
function weekStart(day: string): string {
  const d = parseIsoDay(day) ?? ZERO;
  return isoDay(addDays(d, -((weekday(d) + 6) % 7)));
}
