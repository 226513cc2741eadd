// /timeline as Discord messages: a day or a range as pages of event lines
// (◀ ▶ buttons whose custom_id holds the range and the page, so they work
// after a restart), the corpus overview with a text bar chart, and the
// "nothing on that day" note with the nearest days that have events.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { dayLabel, daysBetween, isoDay, parseIsoDay } from '../dates/calendar.js';
import { MAX_RANGE_DAYS } from '../timeline/date-query.js';
import { dayHeader, noReportingNote, PART_TITLES } from '../timeline/day-header.js';
import { dayReport, type DayPart, type DayReport } from '../timeline/day-report.js';
import { overview, type TimelineContext, type TimelineEvent } from '../timeline/events.js';
import { runToEnd } from '../util/slices.js';
import { truncate } from '../util/text.js';
import { encodeCustomId } from './custom-id.js';
import { fitEmbed, LIMITS } from './limits.js';
import { highlighted, safeText } from './markdown.js';
import { COLORS, renderError, type Reply } from './render.js';
import { passageTitle } from '../corpus/stories.js';

export const TIMELINE_BUTTON = 'tl';
/** Characters of event lines per page: the description holds 4,096; leave room for day headers. */
const PAGE_CHARS = 3600;
const SENTENCE_CHARS = 420;
/** Event lines rendered between two yields of a paging in slices. */
const LINES_PER_STEP = 25;
/** Companies named on a folded line of routine dates. */
const ROUTINE_NAMES_CHARS = 300;

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Articles cited in full (`title · published date · ¶n`) on one event line; the rest are counted. */
const CITED_SOURCES = 3;

function citations(e: TimelineEvent): string {
  const shown = e.sources
    .slice(0, CITED_SOURCES)
    .map(
      (s) =>
        `*${safeText(truncate(passageTitle(s.document, s.passage), 70))} · ${s.document.date ?? 'undated'} · ¶${s.passage.paragraph}*`,
    )
    .join(' — ');
  const more = e.sources.length - CITED_SOURCES;
  return more > 0 ? `${shown} — and ${more} more article${more === 1 ? '' : 's'}` : shown;
}

/** One event line: the sentence with the date-fixing words in bold, then its citations. */
export function eventLine(e: TimelineEvent): string {
  if (e.routine) {
    const names = safeText(truncate(e.routine.companies.join(', '), ROUTINE_NAMES_CHARS));
    return `• ${safeText(e.text)}: ${names}\n  ↳ *${plural(e.sources.length, 'article')}*`;
  }
  let text = e.text;
  let spans = e.highlights;
  let prefix = '';
  const lastEnd = Math.max(0, ...spans.map(([, end]) => end));
  if (lastEnd > SENTENCE_CHARS - 40) {
    // Keep the words that fix the date in view: start the excerpt shortly before them.
    const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, (spans[0]?.[0] ?? 0) - 120)) + 1);
    text = text.slice(from);
    spans = spans.map(([s, end]): [number, number] => [s - from, end - from]);
    prefix = '…';
  }
  const sentence = highlighted(text, spans, SENTENCE_CHARS, prefix);
  const datedBy = e.datedBy ? ` *(dated by the next sentence: “${safeText(e.datedBy)}”)*` : '';
  return `• ${sentence}${datedBy}\n  ↳ ${citations(e)}`;
}

export interface Page {
  text: string;
  days: string[];
}

/**
 * Event lines for the days in order, packed into pages; a day (and its part)
 * continued on the next page repeats its header. Yields every few events, so a long range can
 * be paged in slices (issue 15).
 */
function* paginating(days: Iterable<RangeDay>): Generator<void, Page[], void> {
  const pages: Page[] = [];
  let text = '';
  let pageDays: string[] = [];
  const close = () => {
    if (text) pages.push({ text: text.trimEnd(), days: pageDays });
    text = '';
    pageDays = [];
  };
  for (const report of days) {
    const { day, events } = report;
    const note = report.articlesNear === 0 ? `*(${noReportingNote(day)})*\n` : '';
    const header = (continued: boolean) =>
      `**${dayLabel(day)}** · ${dayHeader(report)}${continued ? ' (continued)' : ''}\n${continued ? '' : note}`;
    const partHeader = (part: DayPart) => `__${PART_TITLES[part]}__ (${report.counts[part]})\n`;
    let started = false;
    let part: DayPart | null = null;
    let lines = 0;
    for (const e of events) {
      if (++lines % LINES_PER_STEP === 0) yield;
      const line = `${eventLine(e)}\n`;
      const opening = (started ? 0 : 60 + note.length) + (e.part !== part ? 40 : 0);
      if (text && text.length + opening + line.length > PAGE_CHARS) {
        close();
        if (started) {
          text = header(true) + (e.part === part && part ? partHeader(part) : '');
          pageDays.push(day);
        }
      }
      if (!started) {
        text += (text ? '\n' : '') + header(false);
        pageDays.push(day);
        started = true;
      }
      if (e.part !== part) {
        part = e.part;
        text += partHeader(part);
      }
      text += line;
    }
    yield;
  }
  close();
  return pages;
}

function navigation(from: string, to: string, page: number, pages: number): APIActionRowComponent<APIButtonComponent> {
  const button = (label: string, target: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: encodeCustomId(TIMELINE_BUTTON, [from, to, target, label === '◀' ? 'p' : 'n']),
    disabled,
  });
  return {
    type: ComponentType.ActionRow,
    components: [button('◀', page - 1, page <= 0), button('▶', page + 1, page >= pages - 1)],
  };
}

/** One day of a range as the pages show it: the day's report in its three parts. */
export type RangeDay = DayReport;

export function rangeDay(ctx: TimelineContext, day: string): RangeDay {
  return dayReport(ctx, day);
}

/** A range packed into pages, with the counts its footer shows: all a page needs, kept instead of the events. */
export interface PagedRange {
  pages: Page[];
  events: number;
  days: number;
  articles: number;
}

/** Pages the days as they come (a lazy iterable computes each day when its turn comes); yields as `paginating` does. */
export function* pagingRange(days: Iterable<RangeDay>): Generator<void, PagedRange, void> {
  let events = 0;
  let count = 0;
  const articles = new Set<number>();
  function* counted(): Generator<RangeDay> {
    for (const d of days) {
      count++;
      events += d.events.length;
      for (const e of d.events) for (const s of e.sources) articles.add(s.document.index);
      yield d;
    }
  }
  const pages = yield* paginating(counted());
  return { pages, events, days: count, articles: articles.size };
}

/** The days of a range, each computed when it is reached. */
export function* rangeDays(ctx: TimelineContext, from: string, to: string): Generator<RangeDay> {
  for (const day of ctx.timeline.between(from, to)) yield rangeDay(ctx, day);
}

/** The events from `from` to `to` (one day when equal), page `page` (0-based, clamped). */
export function renderTimelineRange(
  ctx: TimelineContext,
  from: string,
  to: string,
  page: number,
  isPrivate: boolean,
): Reply {
  return renderRangePage(ctx, from, to, runToEnd(pagingRange(rangeDays(ctx, from, to))), page, isPrivate);
}

/** Page `page` (0-based, clamped) of a range already paged. */
export function renderRangePage(
  ctx: TimelineContext,
  from: string,
  to: string,
  paged: PagedRange,
  page: number,
  isPrivate: boolean,
): Reply {
  const { pages } = paged;
  const single = from === to;
  if (paged.days === 0) return renderNothing(ctx, from, to);
  const at = Math.min(Math.max(0, page), pages.length - 1);
  const title = single
    ? `What happened on ${dayLabel(from)}`
    : `What happened from ${dayLabel(from)} to ${dayLabel(to)}`;
  const embed = fitEmbed({
    title,
    description: pages[at]?.text ?? '',
    color: COLORS.answer,
    footer: {
      text: `${plural(paged.events, 'event')}${single ? '' : ` on ${plural(paged.days, 'day')}`} from ${plural(paged.articles, 'article')} · page ${at + 1} of ${pages.length} · bold words fix the date`,
    },
  });
  return {
    embeds: [embed],
    ...(pages.length > 1 ? { components: [navigation(from, to, at, pages.length)] } : {}),
    private: isPrivate,
  };
}

/** Nothing on that day or in that range: say so, and name the nearest days that have events. */
function renderNothing(ctx: TimelineContext, from: string, to: string): Reply {
  const where = from === to ? `on ${dayLabel(from)}` : `from ${dayLabel(from)} to ${dayLabel(to)}`;
  const before = ctx.timeline.nearest(from, 2).before;
  const after = ctx.timeline.nearest(to, 2).after;
  const near = [...before.slice(-1), ...after.slice(0, 1), ...before.slice(0, -1), ...after.slice(1)]
    .slice(0, 3)
    .sort();
  if (near.length === 0) return renderError(`Nothing in the corpus ${where}, and no dated events at all yet.`);
  const list = near.map((d) => `${dayLabel(d)} (${plural(ctx.timeline.count(d), 'event')}, ${d})`).join('; ');
  return renderError(`Nothing in the corpus ${where}; the nearest days with events are ${list}.`);
}

const BAR_WIDTH = 24;

/** No date: the span of the news, the busiest days, and events over time as a bar chart. */
export function renderTimelineOverview(ctx: TimelineContext, isPrivate: boolean): Reply {
  const o = overview(ctx);
  if (!o.first || !o.last) {
    return renderError('The articles name no calendar days yet, so there is no timeline to show.');
  }
  const max = Math.max(1, ...o.buckets.map((b) => b.events));
  const labelWidth = Math.max(...o.buckets.map((b) => b.label.length));
  let buckets = o.buckets;
  // Keep the chart inside a field: the most recent buckets when the archive is long.
  const rowChars = labelWidth + BAR_WIDTH + 10;
  const maxRows = Math.floor((LIMITS.fieldValue - 10) / rowChars);
  if (buckets.length > maxRows) buckets = buckets.slice(-maxRows);
  const chart = buckets
    .map(
      (b) =>
        `${b.label.padEnd(labelWidth)} ${'█'.repeat(b.events ? Math.max(1, Math.round((b.events / max) * BAR_WIDTH)) : 0)} ${b.events}`,
    )
    .join('\n');
  const example = o.busiest[0]?.day ?? o.last;
  const busiest = o.busiest
    .map((b) => `**${dayLabel(b.day)}** · ${plural(b.events, 'event')} · \`${b.day}\``)
    .join('\n');
  const embed = fitEmbed({
    title: 'Timeline of the articles',
    description: `Dated events from **${dayLabel(o.first)}** to **${dayLabel(o.last)}**: ${plural(o.events, 'event')} on ${plural(o.days, 'day')}.\nAsk for a day with \`/timeline date:${example}\`, or a month with \`date:${example.slice(0, 7)}\`.`,
    color: COLORS.answer,
    fields: [
      { name: 'Busiest days', value: busiest },
      {
        name: buckets.length < o.buckets.length ? 'Events over time (latest)' : 'Events over time',
        value: `\`\`\`\n${chart}\n\`\`\`${o.outside ? `${plural(o.outside, 'event')} on days far from the rest are left out.` : ''}`,
      },
    ],
  });
  return { embeds: [embed], private: isPrivate };
}

/** A page number no real range reaches (a year of the busiest news is about a thousand pages). */
export const MAX_TIMELINE_PAGE = 100_000;

/** Parses a timeline button id's fields: from, to, page; as strict as the command's own options (issue 15). */
export function parseTimelineButton(fields: string[]): { from: string; to: string; page: number } | null {
  const [from, to, page, direction, ...rest] = fields;
  if (rest.length > 0 || (direction !== undefined && direction !== 'p' && direction !== 'n')) return null;
  const start = from ? parseIsoDay(from) : null;
  const end = to ? parseIsoDay(to) : null;
  if (!from || !to || !start || !end || from !== isoDay(start) || to !== isoDay(end)) return null;
  const span = daysBetween(start, end);
  if (span < 0 || span + 1 > MAX_RANGE_DAYS) return null;
  if (!page || !/^\d{1,6}$/.test(page)) return null;
  const n = Number(page);
  return n <= MAX_TIMELINE_PAGE ? { from, to, page: n } : null;
}
