// The words of a day's header, shared by Discord and the terminal: counts by
// part, and the note when the archive has none of the day's own reporting.
import { addDays, dayLabel, parseIsoDay, isoDay } from '../dates/calendar.js';
import { REPORTING_DAYS, type DayPart, type DayReport } from './day-report.js';

export const PART_TITLES: Record<DayPart, string> = {
  reported: 'Reported',
  scheduled: 'Scheduled',
  recalled: 'Recalled',
};

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** "3 reported · 12 scheduled · 1 recalled · 40 routine dates folded" */
export function dayHeader(r: DayReport): string {
  const parts = [`${r.counts.reported} reported`, `${r.counts.scheduled} scheduled`, `${r.counts.recalled} recalled`];
  if (r.routine) parts.push(`${plural(r.routine, 'routine date')} folded`);
  return parts.join(' · ');
}

/** Said when no article in the archive was published on the day or the three days after it. */
export function noReportingNote(day: string): string {
  const at = parseIsoDay(day);
  const last = at ? dayLabel(isoDay(addDays(at, REPORTING_DAYS))) : day;
  return `the archive has no articles from ${dayLabel(day)} to ${last}: nothing here is the day's own reporting`;
}
