// The date → sentences index behind /timeline. A sentence is placed on each
// calendar day it names (its day-level mentions). A sentence naming no day is
// not placed, except an article's lead sentence, which belongs to the day its
// next sentence names when that is the publication day or the day before
// ("Iran fired missiles at US bases. The attack on Tuesday …").
import type { Corpus, Passage, PassageDate } from '../corpus/types.js';
import { addDays, isoDay, parseIsoDay } from '../dates/calendar.js';
import { yieldToEventLoop } from '../util/slices.js';
import { lowerBound } from '../util/sorted.js';
import { MONTH_STEMS, MONTH_WORD } from '../util/calendar-names.js';
import { datesOf, sentencesOf } from '../corpus/passage-store.js';

export interface TimelineEntry {
  passage: number;
  sentence: number;
  /** Indexes into the passage's `dates` of the mentions that fix this day. */
  mentions: number[];
  /** The lead sentence takes its day from the next sentence's mentions. */
  inherited: boolean;
}

/** "Jan. 3" in an undated article: the day is written out, only its year is estimated. */
const WRITTEN_DAY = new RegExp(
  `\\b${MONTH_WORD}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_STEMS})`,
  'i',
);

/**
 * Does this mention put its sentence on a day of the timeline? `asked`: on a day a question asks about, where a
 * deadline or a week's day is still that day ("until when…", "…in the March 2 week?").
 */
export function placesOnDay(passage: Passage, m: PassageDate, asked = false): m is PassageDate & { day: string } {
  if (!m.day || m.granularity === 'unresolved') return false;
  // Clock times and parts of day borrow their day; the sentence is placed by its own day mention, if any.
  if (m.anchored) return false;
  // "the quarter ending June 30": the day closes a period; nothing happens on it.
  if (m.edge) return false;
  if (m.noEvent && !asked) return false;
  if (m.estimated) return WRITTEN_DAY.test(passage.text.slice(m.start, m.end));
  return true;
}

/** Bump when what the index places changes (placesOnDay, the lead rule): saved indexes are rebuilt. */
export const TIMELINE_VERSION = 2;

/** The index as columns, for the saved index: days ascending, each day's entries in corpus order. */
export interface TimelineColumns {
  days: string[];
  /** Day i's entries are dayStart[i] … dayStart[i + 1] - 1. */
  dayStart: Uint32Array;
  passage: Uint32Array;
  sentence: Uint32Array;
  inherited: Uint8Array;
  /** Entry k's mentions are mentions[mentionStart[k] … mentionStart[k + 1] - 1]. */
  mentionStart: Uint32Array;
  mentions: Uint32Array;
}

export class TimelineIndex {
  /** Days with events, ascending. */
  readonly days: readonly string[];

  constructor(private readonly byDay: ReadonlyMap<string, readonly TimelineEntry[]>) {
    this.days = [...byDay.keys()].sort();
  }

  /** The index saved with the engine: read back in a fraction of the time building it takes. */
  static fromColumns(c: TimelineColumns): TimelineIndex {
    const byDay = new Map<string, TimelineEntry[]>();
    c.days.forEach((day, i) => {
      const entries: TimelineEntry[] = [];
      for (let k = c.dayStart[i] ?? 0; k < (c.dayStart[i + 1] ?? 0); k++)
        entries.push({
          passage: c.passage[k] ?? 0,
          sentence: c.sentence[k] ?? 0,
          mentions: Array.from(c.mentions.subarray(c.mentionStart[k], c.mentionStart[k + 1])),
          inherited: c.inherited[k] === 1,
        });
      byDay.set(day, entries);
    });
    return new TimelineIndex(byDay);
  }

  toColumns(): TimelineColumns {
    const entries = this.days.flatMap((d) => this.on(d));
    const dayStart = new Uint32Array(this.days.length + 1);
    this.days.forEach((d, i) => (dayStart[i + 1] = (dayStart[i] ?? 0) + this.count(d)));
    const mentionStart = new Uint32Array(entries.length + 1);
    entries.forEach((e, k) => (mentionStart[k + 1] = (mentionStart[k] ?? 0) + e.mentions.length));
    return {
      days: [...this.days],
      dayStart,
      passage: Uint32Array.from(entries, (e) => e.passage),
      sentence: Uint32Array.from(entries, (e) => e.sentence),
      inherited: Uint8Array.from(entries, (e) => Number(e.inherited)),
      mentionStart,
      mentions: Uint32Array.from(entries.flatMap((e) => e.mentions)),
    };
  }

  static build(corpus: Corpus): TimelineIndex {
    const builder = new TimelineBuilder(corpus);
    for (const p of corpus.passages) builder.add(p);
    return builder.finish();
  }

  /** The same, yielding to the event loop every few thousand passages (70 ms of work at 100,000). */
  static async buildInSlices(corpus: Corpus, slice = 5000): Promise<TimelineIndex> {
    const builder = new TimelineBuilder(corpus);
    for (const [i, p] of corpus.passages.entries()) {
      builder.add(p);
      if (i % slice === slice - 1) await yieldToEventLoop();
    }
    return builder.finish();
  }

  /** The entries of one day, in corpus order. */
  on(day: string): readonly TimelineEntry[] {
    return this.byDay.get(day) ?? [];
  }

  count(day: string): number {
    return this.byDay.get(day)?.length ?? 0;
  }

  get first(): string | null {
    return this.days[0] ?? null;
  }

  get last(): string | null {
    return this.days.at(-1) ?? null;
  }

  /** Days with events within [from, to], ascending. */
  between(from: string, to: string): string[] {
    const i = lowerBound(this.days, from);
    const out: string[] = [];
    for (let k = i; k < this.days.length && (this.days[k] ?? '') <= to; k++) out.push(this.days[k] ?? '');
    return out;
  }

  /** The closest days with events before and after `day` (not `day` itself). */
  nearest(day: string, n = 2): { before: string[]; after: string[] } {
    const i = lowerBound(this.days, day);
    const j = this.days[i] === day ? i + 1 : i;
    return { before: this.days.slice(Math.max(0, i - n), i), after: this.days.slice(j, j + n) };
  }
}

/** Builds the index one passage at a time, so the engine can fill it in the same pass as the search index. */
export class TimelineBuilder {
  private readonly byDay = new Map<string, TimelineEntry[]>();
  private readonly leadDone = new Set<number>();

  constructor(private readonly corpus: Corpus) {}

  add(p: Passage): void {
    const bySentence = new Map<number, Map<string, number[]>>();
    datesOf(p).forEach((m, i) => {
      if (!placesOnDay(p, m)) return;
      let days = bySentence.get(m.sentence);
      if (!days) bySentence.set(m.sentence, (days = new Map<string, number[]>()));
      const list = days.get(m.day);
      if (list) list.push(i);
      else days.set(m.day, [i]);
    });
    for (const [sentence, days] of bySentence) {
      for (const [day, mentions] of days) this.push(day, { passage: p.id, sentence, mentions, inherited: false });
    }
    this.placeLead(p, bySentence);
  }

  private placeLead(p: Passage, bySentence: Map<number, Map<string, number[]>>): void {
    if (this.leadDone.has(p.doc)) return;
    this.leadDone.add(p.doc);
    const date = this.corpus.documents[p.doc]?.date;
    const dct = date ? parseIsoDay(date) : null;
    if (!dct || bySentence.has(0) || sentencesOf(p).length < 2) return;
    const next = bySentence.get(1);
    if (!next || next.size !== 1) return;
    const [day, mentions] = [...next][0] ?? [];
    if (!day || !mentions || (day !== date && day !== isoDay(addDays(dct, -1)))) return;
    this.push(day, { passage: p.id, sentence: 0, mentions, inherited: true });
  }

  private push(day: string, e: TimelineEntry): void {
    const list = this.byDay.get(day);
    if (list) list.push(e);
    else this.byDay.set(day, [e]);
  }

  finish(): TimelineIndex {
    return new TimelineIndex(this.byDay);
  }
}
