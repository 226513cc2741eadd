// Autocomplete for /timeline's date: days that have events, matching what
// has been typed so far ("jan", "2020-01", "3 jan", "fri"), from memory.
import { parseIsoDay, weekday } from '../dates/calendar.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../util/calendar-names.js';
import { parseDateQuery, type DateQueryContext } from './date-query.js';
import type { TimelineIndex } from './timeline-index.js';

export interface DaySuggestion {
  /** `2020-01-03 · Fri · 4 events` */
  name: string;
  /** `2020-01-03` */
  value: string;
}

const MAX = 25;

function words(day: string): string[] {
  const d = parseIsoDay(day);
  if (!d) return [day];
  const wd = WEEKDAY_NAMES[weekday(d)] ?? '';
  const month = MONTH_NAMES[d.m - 1] ?? '';
  return [day, wd.toLowerCase(), String(d.d), month.toLowerCase(), String(d.y)];
}

export function suggestDays(typed: string, timeline: TimelineIndex): DaySuggestion[] {
  const query = typed.trim().toLowerCase().slice(0, 100);
  let days: readonly string[];
  if (!query) {
    // Nothing typed: the busiest days, in date order.
    days = [...timeline.days]
      .sort((a, b) => timeline.count(b) - timeline.count(a) || a.localeCompare(b))
      .slice(0, MAX)
      .sort();
  } else {
    const tokens = query.split(/[\s,.·]+/).filter(Boolean);
    // Each typed token is a prefix of one of the day's words (or of its ISO form).
    days = timeline.days.filter((day) => {
      const w = words(day);
      // A one- or two-digit number is a day of the month, not the start of a year.
      return tokens.every((t) => (/^\d{1,2}$/.test(t) ? w[2] === String(Number(t)) : w.some((x) => x.startsWith(t))));
    });
    if (days.length === 0) days = nearParsed(query, timeline);
  }
  return days.slice(0, MAX).map((day) => ({ name: label(day, timeline.count(day)), value: day }));
}

/** A typed date with no events of its own ("1 feb 2020"): the days with events around it. */
function nearParsed(query: string, timeline: TimelineIndex): string[] {
  const ctx: DateQueryContext = { days: timeline.days, count: (d) => timeline.count(d) };
  const q = parseDateQuery(query, null, ctx);
  if (q.kind === 'day') {
    const { before, after } = timeline.nearest(q.day, 3);
    return [...before, ...after];
  }
  if (q.kind === 'range') return timeline.between(q.from, q.to);
  return [];
}

export function label(day: string, events: number): string {
  const d = parseIsoDay(day);
  const wd = d ? (WEEKDAY_NAMES[weekday(d)] ?? '').slice(0, 3) : '';
  return `${day} · ${wd} · ${events} event${events === 1 ? '' : 's'}`;
}
