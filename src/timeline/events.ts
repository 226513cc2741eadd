// What happened on a day, in a range, or across the corpus, read off the
// timeline index: sentences with the text that fixes their date, merged when
// two articles tell the same event.
import type { Corpus, Passage, SourceDocument } from '../corpus/types.js';
import { addDays, daysBetween, isoDay, parseIsoDay, weekday } from '../dates/calendar.js';
import { terms } from '../nlp/terms.js';
import type { TimelineEntry, TimelineIndex } from './timeline-index.js';

export interface EventSource {
  document: SourceDocument;
  passage: Passage;
}

export interface TimelineEvent {
  day: string;
  /** The sentence. */
  text: string;
  /** [start, end) spans of `text` that fix the date, for bold. */
  highlights: [number, number][];
  /** For a lead sentence dated by the next one: the words that date it. */
  datedBy: string | null;
  /** Every article that tells this event, first the one quoted. */
  sources: EventSource[];
}

export interface TimelineContext {
  corpus: Corpus;
  timeline: TimelineIndex;
}

/** Two sentences tell the same event when this share of their words is shared. */
const SAME_EVENT = 0.6;

export function dayEvents(ctx: TimelineContext, day: string): TimelineEvent[] {
  const entries = [...ctx.timeline.on(day)].sort((a, b) => order(ctx, a) - order(ctx, b) || a.sentence - b.sentence);
  const events: (TimelineEvent & { words: Set<string> })[] = [];
  for (const e of entries) {
    const passage = ctx.corpus.passages[e.passage];
    const document = passage && ctx.corpus.documents[passage.doc];
    const sentence = passage?.sentences[e.sentence];
    if (!passage || !document || !sentence) continue;
    const text = passage.text.slice(sentence.start, sentence.end);
    const words = new Set(terms(text));
    const same = events.find((x) => jaccard(x.words, words) >= SAME_EVENT);
    if (same) {
      if (!same.sources.some((s) => s.document === document)) same.sources.push({ document, passage });
      continue;
    }
    const mentions = e.mentions.map((i) => passage.dates[i]).filter((m) => m !== undefined);
    events.push({
      day,
      text,
      highlights: e.inherited
        ? []
        : mentions.map((m): [number, number] => [m.start - sentence.start, m.end - sentence.start]),
      datedBy: e.inherited ? mentions.map((m) => passage.text.slice(m.start, m.end)).join(', ') : null,
      sources: [{ document, passage }],
      words,
    });
  }
  return events.map(({ words: _, ...event }) => event);
}

/** Sort key: articles by date (undated last), then corpus order. */
function order(ctx: TimelineContext, e: TimelineEntry): number {
  const passage = ctx.corpus.passages[e.passage];
  const date = passage ? ctx.corpus.documents[passage.doc]?.date : null;
  const day = date ? parseIsoDay(date) : null;
  const stamp = day ? day.y * 10_000 + day.m * 100 + day.d : 99_999_999;
  return stamp * 1e7 + e.passage;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface TimelineOverview {
  first: string | null;
  last: string | null;
  /** Days with events. */
  days: number;
  /** Sentences placed on days. */
  events: number;
  busiest: { day: string; events: number }[];
  /** Events per month (or per week over a short span), for a bar chart. */
  buckets: { label: string; events: number }[];
}

export function overview(ctx: TimelineContext, busiestCount = 5): TimelineOverview {
  const { timeline } = ctx;
  const counts = timeline.days.map((day) => ({ day, events: timeline.count(day) }));
  const busiest = [...counts].sort((a, b) => b.events - a.events || a.day.localeCompare(b.day)).slice(0, busiestCount);
  const first = timeline.first;
  const last = timeline.last;
  const span = first && last ? daysBetween(parseIsoDay(first) ?? ZERO, parseIsoDay(last) ?? ZERO) : 0;
  // Months read well from a season to years; weeks when the news covers a few weeks only.
  const byWeek = span <= 62;
  const buckets = new Map<string, number>();
  for (const { day, events } of counts) {
    const label = byWeek ? weekStart(day) : day.slice(0, 7);
    buckets.set(label, (buckets.get(label) ?? 0) + events);
  }
  return {
    first,
    last,
    days: counts.length,
    events: counts.reduce((n, c) => n + c.events, 0),
    busiest,
    buckets: [...buckets].map(([label, events]) => ({ label: byWeek ? `wk ${label}` : label, events })),
  };
}

const ZERO = { y: 2000, m: 1, d: 1 };

/** The Monday of the day's week, `YYYY-MM-DD`. */
function weekStart(day: string): string {
  const d = parseIsoDay(day) ?? ZERO;
  return isoDay(addDays(d, -((weekday(d) + 6) % 7)));
}
