// /timeline for the terminal: the same query and the same events as in
// Discord, as plain text (date-fixing words between *asterisks*).
import type { Engine } from '../engine/engine.js';
import { parseDateQuery } from '../timeline/date-query.js';
import { dayHeader, noReportingNote, PART_TITLES } from '../timeline/day-header.js';
import { dayReport, type DayPart } from '../timeline/day-report.js';
import { overview, type TimelineEvent } from '../timeline/events.js';
import { dayLabel } from '../dates/calendar.js';
import { passageTitle } from '../corpus/stories.js';

function marked(e: TimelineEvent): string {
  let out = '';
  let at = 0;
  for (const [s, end] of e.highlights) {
    if (s < at) continue;
    out += `${e.text.slice(at, s)}*${e.text.slice(s, end)}*`;
    at = end;
  }
  return out + e.text.slice(at);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The timeline for `date` [`to`] as text, and whether the query was usable. */
export function renderTimelineText(
  engine: Engine,
  date: string | null,
  to: string | null,
): { text: string; ok: boolean } {
  const t = engine.timeline;
  const q = parseDateQuery(date, to, { days: t.days, count: (d) => t.count(d) });
  if (q.kind === 'invalid') return { text: `! ${q.message}`, ok: false };
  if (q.kind === 'overview') {
    const o = overview(engine);
    if (!o.first || !o.last) return { text: 'The articles name no calendar days yet.', ok: true };
    const max = Math.max(1, ...o.buckets.map((b) => b.events));
    const width = Math.max(...o.buckets.map((b) => b.label.length));
    return {
      ok: true,
      text: [
        `Dated events from ${dayLabel(o.first)} to ${dayLabel(o.last)}: ${plural(o.events, 'event')} on ${plural(o.days, 'day')}.`,
        '',
        'Busiest days:',
        ...o.busiest.map((b) => `  ${b.day}  ${dayLabel(b.day)} · ${plural(b.events, 'event')}`),
        '',
        ...o.buckets.map(
          (b) =>
            `  ${b.label.padEnd(width)} ${'#'.repeat(b.events ? Math.max(1, Math.round((b.events / max) * 40)) : 0)} ${b.events}`,
        ),
      ].join('\n'),
    };
  }
  const [from, until] = q.kind === 'day' ? [q.day, q.day] : [q.from, q.to];
  const days = t.between(from, until);
  if (days.length === 0) {
    const near = [...t.nearest(from, 1).before, ...t.nearest(until, 1).after];
    const where = from === until ? `on ${dayLabel(from)}` : `from ${dayLabel(from)} to ${dayLabel(until)}`;
    return {
      ok: true,
      text: `Nothing in the corpus ${where}${near.length ? `; the nearest days with events are ${near.map((d) => `${dayLabel(d)} (${d})`).join(' and ')}` : ''}.`,
    };
  }
  const out: string[] = [];
  for (const day of days) {
    const report = dayReport(engine, day);
    out.push(`${dayLabel(day)} · ${dayHeader(report)}`);
    if (report.articlesNear === 0) out.push(`  (${noReportingNote(day)})`);
    let part: DayPart | null = null;
    for (const e of report.events) {
      if (e.part !== part) {
        part = e.part;
        out.push(`  ${PART_TITLES[part]} (${report.counts[part]})`);
      }
      if (e.routine) {
        out.push(`  • ${e.text}: ${e.routine.companies.join(', ')}`);
        continue;
      }
      out.push(`  • ${marked(e)}${e.datedBy ? ` (dated by the next sentence: "${e.datedBy}")` : ''}`);
      for (const s of e.sources)
        out.push(
          `      ${passageTitle(s.document, s.passage)} · ${s.document.date ?? 'undated'} · ¶${s.passage.paragraph} (${s.passage.key})`,
        );
    }
    out.push('');
  }
  return { text: out.join('\n').trimEnd(), ok: true };
}
