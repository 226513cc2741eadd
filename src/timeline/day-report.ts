// A day in three parts, each ranked by news weight:
// - Reported: what articles published that day or up to three days after tell
//   of it (the day's own reporting);
// - Scheduled: what earlier articles said would happen that day;
// - Recalled: what later articles say happened that day, when the day's own
//   reporting does not already tell it.
// Routine lines (payment, record, coupon dates…) fold into one line per part.
// Two sentences are one event only when their words and their names agree:
// "The payment date is April 7." from two companies' notices stays two.
import type { Passage, SourceDocument } from '../corpus/types.js';
import { addDays, daysBetween, isoDay, parseIsoDay } from '../dates/calendar.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../util/calendar-names.js';
import { terms } from '../nlp/terms.js';
import type { DayPart, EventSource, TimelineContext, TimelineEvent } from './event.js';
import { companyOf, routineKind } from './routine.js';
import type { TimelineEntry } from './timeline-index.js';
import { lowerBound } from '../util/sorted.js';
import { datesOf, sentencesOf } from '../corpus/passage-store.js';

export type { DayPart } from './event.js';
export const DAY_PARTS: readonly DayPart[] = ['reported', 'scheduled', 'recalled'];
/** Articles published up to this many days after a day are its own reporting. */
export const REPORTING_DAYS = 3;

export interface DayReport {
  day: string;
  /** Reported, then scheduled, then recalled; each by news weight, its folded routine line last. */
  events: TimelineEvent[];
  /** Lines per part (a folded routine line counts one). */
  counts: Record<DayPart, number>;
  /** Routine sentences folded into the routine lines. */
  routine: number;
  /** Articles in the archive published on the day or up to three days after it. */
  articlesNear: number;
}

/** Two sentences tell the same event when this share of their words is shared… */
const SAME_EVENT = 0.6;
/** …and this share of their names (proper nouns; the article's own when the sentence has none). */
const SAME_NAMES = 0.5;

interface Draft {
  event: TimelineEvent;
  words: Set<string>;
  names: Set<string>;
  doc: number;
  lead: boolean;
  routine: string | null;
  /** Days from the day to the quoted article's publication (null: undated). */
  lag: number | null;
}

export function dayReport(ctx: TimelineContext, day: string): DayReport {
  const at = parseIsoDay(day);
  const lagOf = (date: string | null): number | null => {
    const p = date ? parseIsoDay(date) : null;
    return p && at ? daysBetween(at, p) : null;
  };
  const partOf = (lag: number | null): DayPart =>
    lag === null ? 'recalled' : lag < 0 ? 'scheduled' : lag <= REPORTING_DAYS ? 'reported' : 'recalled';
  const keyed = ctx.timeline.on(day).flatMap((e) => {
    const passage = ctx.corpus.passages[e.passage];
    const document = passage && ctx.corpus.documents[passage.doc];
    if (!passage || !document) return [];
    const lag = lagOf(document.date);
    return [{ e, passage, document, lag, part: partOf(lag) }];
  });
  // Each part's articles in date order, so the earliest telling is the one quoted.
  keyed.sort(
    (a, b) =>
      DAY_PARTS.indexOf(a.part) - DAY_PARTS.indexOf(b.part) ||
      (a.lag ?? 1e9) - (b.lag ?? 1e9) ||
      a.e.passage - b.e.passage ||
      a.e.sentence - b.e.sentence,
  );
  const drafts: Draft[] = [];
  // Prefix filtering (exact for Jaccard): with every word set in one global order, two sets that
  // reach SAME_EVENT share a word among the first |set| − ⌈SAME_EVENT·|set|⌉ + 1 of each. Only those
  // words are indexed, so a busy day of thousands of sentences is not compared pair by pair.
  const byPrefixWord = new Map<string, number[]>();
  const df = (w: string) => ctx.index?.stats.df.get(w) ?? 0;
  for (const { e, passage, document, lag, part } of keyed) {
    const sentence = sentencesOf(passage)[e.sentence];
    if (!sentence) continue;
    const text = passage.text.slice(sentence.start, sentence.end);
    const dates = datesOf(passage);
    const mentions = e.mentions.map((i) => dates[i]).filter((m) => m !== undefined);
    // "March Eight" alone (a dateline, a table's heading): nothing to read on the day.
    if (!e.inherited && !tellsMore(text, sentence.start, mentions)) continue;
    const words = new Set(terms(text));
    const names = namesOf(ctx, passage, e.sentence, document);
    // A date that opens its sentence ("Payable / July 27 to holders of record") is governed by the words before it.
    const kinds = mentions.map((m) => {
      const own = passage.text.slice(sentence.start, m.start);
      const after = passage.text.slice(m.end, m.end + 40);
      return routineKind(own.trim() ? own : passage.text.slice(Math.max(0, m.start - 40), m.start), after);
    });
    const routine = !e.inherited && kinds.length > 0 && kinds.every((k) => k !== null) ? (kinds[0] ?? null) : null;
    const prefix = [...words]
      .sort((a, b) => df(a) - df(b) || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, words.size - Math.ceil(SAME_EVENT * words.size) + 1);
    const candidates = new Set<number>();
    for (const w of prefix) for (const i of byPrefixWord.get(w) ?? []) candidates.add(i);
    const same = [...candidates]
      .sort((a, b) => a - b)
      .map((i) => drafts[i])
      .find(
        (x) =>
          x !== undefined &&
          (x.event.part === part || (x.event.part === 'reported' && part === 'recalled')) &&
          (x.routine === null) === (routine === null) &&
          jaccard(x.words, words) >= SAME_EVENT &&
          sameNames(x, names),
      );
    if (same) {
      if (!same.event.sources.some((s) => s.document === document)) same.event.sources.push({ document, passage });
      same.lead ||= isLead(passage, e);
      continue;
    }
    drafts.push({
      event: {
        day,
        text,
        highlights: e.inherited
          ? []
          : mentions.map((m): [number, number] => [m.start - sentence.start, m.end - sentence.start]),
        datedBy: e.inherited ? mentions.map((m) => passage.text.slice(m.start, m.end)).join(', ') : null,
        sources: [{ document, passage }],
        part,
        weight: 0,
      },
      words,
      names,
      doc: document.index,
      lead: isLead(passage, e),
      routine,
      lag,
    });
    for (const w of prefix) {
      const list = byPrefixWord.get(w);
      if (list) list.push(drafts.length - 1);
      else byPrefixWord.set(w, [drafts.length - 1]);
    }
  }
  const events: TimelineEvent[] = [];
  const counts: Record<DayPart, number> = { reported: 0, scheduled: 0, recalled: 0 };
  let routine = 0;
  for (const part of DAY_PARTS) {
    const inPart = drafts.filter((d) => d.event.part === part);
    const news = inPart.filter((d) => d.routine === null);
    for (const d of news) d.event.weight = newsWeight(d);
    news.sort((a, b) => b.event.weight - a.event.weight || (a.lag ?? 1e9) - (b.lag ?? 1e9));
    events.push(...news.map((d) => d.event));
    const folded = inPart.filter((d) => d.routine !== null);
    if (folded.length) events.push(routineLine(day, part, folded));
    counts[part] = news.length + (folded.length ? 1 : 0);
    routine += folded.length;
  }
  return { day, events, counts, routine, articlesNear: articlesNear(ctx, day) };
}

/** The sentence says something beside its dates: a word of two letters or more outside them. */
function tellsMore(text: string, offset: number, mentions: readonly { start: number; end: number }[]): boolean {
  let rest = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, Math.max(0, m.start - offset)) + ' ' + rest.slice(Math.max(0, m.end - offset));
  return /\p{L}{2}/u.test(rest);
}

/**
 * News weight: a lead sentence, the articles that tell it, and for the day's own reporting how soon it was
 * told. Logarithmic in articles: the tenth telling adds less than the second.
 */
function newsWeight(d: Draft): number {
  const articles = d.event.sources.length;
  const prompt = d.lag !== null && d.lag >= 0 && d.lag <= 1 ? 0.5 : 0;
  // A price table or a bare dateline tells no event: it goes after the prose, however often it was sent.
  return (d.lead ? 2 : 0) + 2 * Math.log2(1 + articles) + prompt - (prose(d.event.text) ? 0 : TABLE_PENALTY);
}

const TABLE_PENALTY = 100;

/** A sentence of prose: five words or more in lower case, and figures under a third of its tokens. */
export function prose(text: string): boolean {
  const tokens = text.split(/\s+/).filter(Boolean);
  const words = tokens.filter((t) => /^[a-z][a-z'-]*[.,;:]?$/.test(t)).length;
  const figures = tokens.filter((t) => /\d/.test(t)).length;
  return words >= 5 && figures < tokens.length / 3;
}

function isLead(passage: Passage, e: TimelineEntry): boolean {
  return e.inherited || (passage.paragraph === 1 && passage.part === 1 && e.sentence <= 1);
}

/** One line for a part's routine sentences: how many, of which kinds, for which companies. */
function routineLine(day: string, part: DayPart, folded: Draft[]): TimelineEvent {
  const kinds = [...new Set(folded.map((d) => d.routine ?? ''))];
  const companies: string[] = [];
  const sources: EventSource[] = [];
  for (const d of folded) {
    for (const s of d.event.sources) {
      if (sources.some((x) => x.document === s.document)) continue;
      sources.push(s);
      const name = companyOf(s.document.title);
      if (name && !companies.includes(name)) companies.push(name);
    }
  }
  const kindList = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}` : (kinds[0] ?? '');
  return {
    day,
    text: `${folded.length} routine ${kindList} date${folded.length === 1 ? '' : 's'}`,
    highlights: [],
    datedBy: null,
    sources,
    part,
    weight: 0,
    routine: { count: folded.length, kinds, companies },
  };
}

/** Date words are no names: every sentence on a day names its month or weekday. */
const DATE_TERMS = new Set(terms([...MONTH_NAMES, ...WEEKDAY_NAMES].join(' ')));

function namesOf(ctx: TimelineContext, passage: Passage, sentence: number, document: SourceDocument): Set<string> {
  const own = (sentencesOf(passage)[sentence]?.proper ?? []).filter((t) => !DATE_TERMS.has(t));
  if (own.length) return new Set(own);
  // A sentence with no names ("The payment date is April 7.") is about its article's subject: the lead's names.
  const lead = ctx.corpus.passages[document.passages[0] ?? -1];
  return new Set(((lead ? sentencesOf(lead)[0] : undefined)?.proper ?? []).filter((t) => !DATE_TERMS.has(t)));
}

/** Names decide only when there are some: two sentences naming nobody, in articles naming nobody, go by their words. */
function sameNames(x: Draft, names: Set<string>): boolean {
  if (x.names.size === 0 && names.size === 0) return true;
  return jaccard(x.names, names) >= SAME_NAMES;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Published dates of the corpus, sorted, once per corpus. */
const publishedDays = new WeakMap<object, string[]>();

/** Articles published on `day` or up to REPORTING_DAYS after it. */
export function articlesNear(ctx: TimelineContext, day: string): number {
  let dates = publishedDays.get(ctx.corpus);
  if (!dates) {
    dates = ctx.corpus.documents.flatMap((d) => (d.date ? [d.date] : [])).sort();
    publishedDays.set(ctx.corpus, dates);
  }
  const at = parseIsoDay(day);
  if (!at) return 0;
  const last = isoDay(addDays(at, REPORTING_DAYS));
  return lowerBound(dates, `${last}~`) - lowerBound(dates, day);
}
