// The timeline: which sentences land on which day (day mentions, clock times,
// undated articles, the lead-sentence rule), merging one event told by two
// articles, the overview, reading typed dates, autocomplete, Discord
// rendering within limits, and /ask questions that name a day or ask "when".
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namesDay } from '../../src/answer/answer-dates.js';
import { decodeCustomId, CUSTOM_ID_MAX } from '../../src/bot/custom-id.js';
import type { Reply } from '../../src/bot/render.js';
import {
  parseTimelineButton,
  renderTimelineOverview,
  renderTimelineRange,
  TIMELINE_BUTTON,
} from '../../src/bot/render-timeline.js';
import type { Corpus, Passage } from '../../src/corpus/types.js';
import { addDays, daysBetween, isoDay, parseIsoDay, weekday } from '../../src/dates/calendar.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../src/util/calendar-names.js';
import { Engine } from '../../src/engine/engine.js';
import {
  DATE_EXAMPLES,
  DAY_EXAMPLES,
  parseDateQuery,
  type DateQuery,
  type DateQueryContext,
} from '../../src/timeline/date-query.js';
import { dayEvents, overview, type TimelineContext, type TimelineEvent } from '../../src/timeline/events.js';
import { suggestDays } from '../../src/timeline/suggest-days.js';
import { placesOnDay, TimelineIndex, type TimelineEntry } from '../../src/timeline/timeline-index.js';
import type { Embed, MessagePayload } from '../support/discord-standin.js';
import { expectNoPings, expectWithinDiscordLimits } from '../support/limits.js';
import { datesOf, sentencesOf } from '../../src/corpus/passage-store.js';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');

// ---------------------------------------------------------------------------
// Helpers

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-timeline-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

async function engineOf(files: Record<string, string>): Promise<Engine> {
  const engine = await Engine.build(await folder(files));
  expect(engine.corpus.warnings).toEqual([]);
  return engine;
}

/** Where a sentence with this text starts in the passage (its SentenceInfo index and offset). */
function locate(p: Passage, text: string): { index: number; start: number } {
  const index = sentencesOf(p).findIndex((s) => p.text.slice(s.start, s.end) === text);
  expect(index, `sentence not found in ${p.key}: ${text}`).toBeGreaterThanOrEqual(0);
  return { index, start: sentencesOf(p)[index]?.start ?? 0 };
}

/** Every (passage, sentence) on the timeline on `day`, as "passage:sentence" keys. */
function onDay(engine: Engine, day: string): Set<string> {
  return new Set(engine.timeline.on(day).map((e) => `${e.passage}:${e.sentence}`));
}

/** Every day the timeline puts a sentence with this text on. */
function daysOf(engine: Engine, text: string): string[] {
  return engine.timeline.days.filter((day) => dayEvents(engine, day).some((e) => e.text === text));
}

/**
 * Nothing from other days on a day: every entry is placed by mentions of that
 * very day in its own sentence (or, for a lead, in the next one), and every
 * event's bold spans are exactly such mentions.
 */
function expectHonestDays(engine: Engine): void {
  const { corpus, timeline } = engine;
  expect(timeline.days).toEqual([...timeline.days].sort());
  for (const day of timeline.days) {
    const entries = timeline.on(day);
    expect(entries.length, day).toBeGreaterThan(0);
    for (const e of entries) {
      const p = corpus.passages[e.passage] as Passage;
      expect(e.mentions.length).toBeGreaterThan(0);
      const sentence = e.inherited ? 1 : e.sentence;
      if (e.inherited) expect(e.sentence).toBe(0);
      for (const i of e.mentions) {
        const m = datesOf(p)[i];
        expect(m && placesOnDay(p, m), `${p.key} ${day}`).toBe(true);
        expect(m?.day).toBe(day);
        expect(m?.sentence).toBe(sentence);
      }
    }
    for (const ev of dayEvents(engine, day)) {
      expect(ev.day).toBe(day);
      expect(ev.sources.length).toBeGreaterThan(0);
      const p = ev.sources[0]?.passage as Passage;
      const { index, start } = locate(p, ev.text);
      if (ev.datedBy === null) {
        expect(ev.highlights.length, ev.text).toBeGreaterThan(0);
        for (const [s, end] of ev.highlights) {
          const m = datesOf(p).find((x) => x.start === start + s && x.end === start + end);
          expect(m, `highlight ${ev.text.slice(s, end)} is a date mention`).toBeDefined();
          expect(m && placesOnDay(p, m)).toBe(true);
          expect(m?.day).toBe(day);
          expect(m?.sentence).toBe(index);
        }
      } else {
        // A lead sentence: no bold in it, dated by the words of the next sentence.
        expect(index).toBe(0);
        expect(ev.highlights).toEqual([]);
        const next = sentencesOf(p)[1];
        expect(next).toBeDefined();
        const said = datesOf(p)
          .filter((m) => m.sentence === 1 && m.day === day && placesOnDay(p, m))
          .map((m) => p.text.slice(m.start, m.end));
        expect(said.length).toBeGreaterThan(0);
        for (const w of ev.datedBy.split(', ')) expect(said).toContain(w);
      }
    }
  }
}

/** A Reply as the message payload Discord would receive. */
function payload(reply: Reply): MessagePayload {
  return {
    ...(reply.content ? { content: reply.content } : {}),
    embeds: reply.embeds as Embed[],
    components: reply.components ?? [],
    allowed_mentions: { parse: [] },
    ...(reply.private ? { flags: 64 } : {}),
  };
}

function customIds(reply: Reply): string[] {
  return (reply.components ?? []).flatMap((row) =>
    row.components.map((c) => ('custom_id' in c && typeof c.custom_id === 'string' ? c.custom_id : '')),
  );
}

/** A timeline context with these event counts per day (for code that reads counts only). */
function countsTimeline(counts: Record<string, number>): TimelineIndex {
  const entry: TimelineEntry = { passage: 0, sentence: 0, mentions: [0], inherited: false };
  return new TimelineIndex(
    new Map(Object.entries(counts).map(([day, n]) => [day, Array<TimelineEntry>(n).fill(entry)])),
  );
}

function queryContext(counts: Record<string, number>): DateQueryContext {
  const t = countsTimeline(counts);
  return { days: t.days, count: (d) => t.count(d), now: new Date('2024-06-15T12:00:00Z') };
}

const EMPTY_CORPUS: Corpus = { documents: [], passages: [], warnings: [], duplicates: 0 };

/** A small deterministic PRNG, so the synthetic corpora are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------
// The seed corpus

describe('the timeline of the seed corpus', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.build(CORPUS_DIR);
  });

  it('has days, and every day holds only sentences that name that day', () => {
    expect(engine.timeline.days.length).toBeGreaterThan(3);
    expectHonestDays(engine);
  });

  it('puts a sentence that names two days under both', () => {
    // Found, not hard-coded: any sentence whose own mentions name two different days.
    const twoDays: { passage: Passage; sentence: number; days: string[] }[] = [];
    for (const p of engine.corpus.passages) {
      sentencesOf(p).forEach((_, i) => {
        const days = [...new Set(datesOf(p).flatMap((m) => (m.sentence === i && placesOnDay(p, m) ? [m.day] : [])))];
        if (days.length >= 2) twoDays.push({ passage: p, sentence: i, days });
      });
    }
    expect(twoDays.length).toBeGreaterThan(0);
    for (const { passage, sentence, days } of twoDays) {
      for (const day of days) expect(onDay(engine, day).has(`${passage.id}:${sentence}`), day).toBe(true);
    }
  });

  it('counts the overview from the days', () => {
    const o = overview(engine);
    const counts = engine.timeline.days.map((d) => engine.timeline.count(d));
    expect(o.first).toBe(engine.timeline.days[0]);
    expect(o.last).toBe(engine.timeline.days.at(-1));
    expect(o.days).toBe(engine.timeline.days.length);
    expect(o.events).toBe(counts.reduce((a, b) => a + b, 0));
    expect(o.buckets.reduce((n, b) => n + b.events, 0)).toBe(o.events);
    expect(o.busiest.length).toBe(Math.min(5, o.days));
    for (const b of o.busiest) expect(b.events).toBe(engine.timeline.count(b.day));
    expect(o.busiest.map((b) => b.events)).toEqual([...o.busiest.map((b) => b.events)].sort((a, b) => b - a));
    expect(Math.max(...counts)).toBe(o.busiest[0]?.events);
  });

  it('says nothing happened on a day without events, naming the nearest days that have some', () => {
    const { first, last } = engine.timeline;
    const after = isoDay(addDays(parseIsoDay(last ?? '') ?? { y: 2000, m: 1, d: 1 }, 8));
    const reply = renderTimelineRange(engine, after, after, 0, false);
    expect(reply.private).toBe(true);
    expect(reply.content).toMatch(/^Nothing in the corpus on /);
    expect(reply.content).toContain(last);
    expect(reply.content).not.toContain(first);
    expectNoPings(payload(reply));
  });
});

// ---------------------------------------------------------------------------
// Synthetic articles

describe('placing sentences on days', () => {
  it('puts a sentence naming two days under both, each with only its own words in bold', async () => {
    const engine = await engineOf({
      'a.txt':
        ' date 2020-01-07\nThe two ministers met in Geneva on Friday and again on Monday to discuss the ceasefire. Officials said the talks were useful.\n',
    });
    const text = 'The two ministers met in Geneva on Friday and again on Monday to discuss the ceasefire.';
    expect(daysOf(engine, text)).toEqual(['2020-01-03', '2020-01-06']);
    const bold = (day: string) =>
      dayEvents(engine, day)
        .filter((e) => e.text === text)
        .flatMap((e) => e.highlights.map(([s, end]) => e.text.slice(s, end)));
    expect(bold('2020-01-03')).toEqual(['on Friday']);
    expect(bold('2020-01-06')).toEqual(['on Monday']);
    expectHonestDays(engine);
  });

  it('does not place a sentence by a clock time alone', async () => {
    const engine = await engineOf({
      'a.txt':
        ' date 2020-01-07\nThe council met in the town hall to discuss the budget.\n\nAt 7:20pm the sirens sounded across the city. Residents took shelter in basements.\n',
    });
    const p = engine.corpus.passages.find((x) => x.text.startsWith('At 7:20pm')) as Passage;
    // The tagger sees the time; the timeline does not place the sentence by it.
    expect(datesOf(p).some((m) => m.anchored && m.sentence === 0)).toBe(true);
    expect(daysOf(engine, 'At 7:20pm the sirens sounded across the city.')).toEqual([]);
    for (const day of engine.timeline.days) {
      expect(engine.timeline.on(day).some((e) => e.passage === p.id)).toBe(false);
    }
  });

  it('places a clock-time sentence by its own day mention', async () => {
    const engine = await engineOf({
      'a.txt':
        ' date 2020-01-07\nThe port closed on Sunday at 6:30pm after the storm warning. Ships waited offshore.\n',
    });
    expect(daysOf(engine, 'The port closed on Sunday at 6:30pm after the storm warning.')).toEqual(['2020-01-05']);
    expectHonestDays(engine);
  });

  it('in an undated article, places written-out days but not weekdays', async () => {
    const engine = await engineOf({
      'a.txt':
        'Troops landed at the port on Jan. 4, 2020, officials said. The commander spoke to reporters on Tuesday about the operation.\n\nA second wave arrived on Jan. 6 according to the navy.\n',
    });
    expect(engine.corpus.documents[0]?.date).toBeNull();
    expect(daysOf(engine, 'Troops landed at the port on Jan. 4, 2020, officials said.')).toEqual(['2020-01-04']);
    // "Jan. 6": the day is written out, only the year is estimated.
    expect(daysOf(engine, 'A second wave arrived on Jan. 6 according to the navy.')).toEqual(['2020-01-06']);
    // "on Tuesday" in an article with no date line could be any Tuesday.
    const tuesday = 'The commander spoke to reporters on Tuesday about the operation.';
    const p = engine.corpus.passages[0] as Passage;
    expect(datesOf(p).some((m) => p.text.slice(m.start, m.end).includes('Tuesday'))).toBe(true);
    expect(daysOf(engine, tuesday)).toEqual([]);
    expectHonestDays(engine);
  });

  describe('the lead-sentence rule', () => {
    // 2020-01-07 is a Tuesday.
    const article = (weekdayName: string) =>
      ` date 2020-01-07\nIran fired missiles at two bases in Iraq. The attack on ${weekdayName} caused no casualties, the Pentagon said.\n\nLeaders called for calm across the region.\n`;
    const LEAD = 'Iran fired missiles at two bases in Iraq.';

    it('dates an undated lead by the next sentence when it names the day before publication', async () => {
      const engine = await engineOf({ 'a.txt': article('Monday') });
      expect(sentencesOf(engine.corpus.passages[0]!).length).toBeGreaterThanOrEqual(2);
      expect(daysOf(engine, LEAD)).toEqual(['2020-01-06']);
      const lead = dayEvents(engine, '2020-01-06').find((e) => e.text === LEAD) as TimelineEvent;
      expect(lead.datedBy).toBe('on Monday');
      expect(lead.highlights).toEqual([]);
      // The next sentence is there on its own terms, listed after the lead.
      const texts = dayEvents(engine, '2020-01-06').map((e) => e.text);
      expect(texts.indexOf(LEAD)).toBeLessThan(
        texts.indexOf('The attack on Monday caused no casualties, the Pentagon said.'),
      );
      expectHonestDays(engine);
    });

    it('dates the lead by a next sentence naming the publication day itself', async () => {
      const engine = await engineOf({ 'a.txt': article('Tuesday') });
      expect(daysOf(engine, LEAD)).toEqual(['2020-01-07']);
    });

    it('leaves the lead off when the next sentence names a day five days back', async () => {
      const engine = await engineOf({ 'a.txt': article('Thursday') });
      expect(daysOf(engine, 'The attack on Thursday caused no casualties, the Pentagon said.')).toEqual(['2020-01-02']);
      expect(daysOf(engine, LEAD)).toEqual([]);
      expectHonestDays(engine);
    });

    it('leaves the lead off when the next sentence names two days', async () => {
      const engine = await engineOf({
        'a.txt':
          ' date 2020-01-07\nIran fired missiles at two bases in Iraq. The attacks on Monday and Tuesday caused no casualties, the Pentagon said.\n',
      });
      expect(daysOf(engine, LEAD)).toEqual([]);
    });
  });
});

describe('one event told by two articles', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf({
      'a.txt':
        ' date 2020-01-07\nMarkets were calm in Asia this week.\n\nThe central bank raised its main interest rate by half a point on Monday, surprising traders in London.\n\nAnalysts expect further rises.\n',
      'b.txt':
        ' date 2020-01-08\nFarmers protested in Paris over fuel prices.\n\nOn Monday the central bank raised its main interest rate by half a point, surprising many traders in London.\n\nThe currency rose sharply afterwards.\n',
      'c.txt':
        ' date 2020-01-09\nThe weather turned cold across the north.\n\nFirefighters rescued six people from a flooded tunnel in Leeds on Monday.\n\nThe tunnel remains closed.\n',
    });
  });

  it('is one event with both articles as sources; a different event that day stays apart', () => {
    // 2020-01-06 is the Monday all three articles mean.
    const events = dayEvents(engine, '2020-01-06');
    expect(engine.timeline.count('2020-01-06')).toBe(3);
    expect(events).toHaveLength(2);
    const bank = events.find((e) => e.text.includes('central bank')) as TimelineEvent;
    expect(bank.sources.map((s) => s.document.id)).toEqual(['a', 'b']);
    // The earlier article is the one quoted.
    expect(bank.text).toBe(
      'The central bank raised its main interest rate by half a point on Monday, surprising traders in London.',
    );
    const fire = events.find((e) => e.text.includes('Firefighters')) as TimelineEvent;
    expect(fire.sources.map((s) => s.document.id)).toEqual(['c']);
    expectHonestDays(engine);
  });

  it('shows the merged event once, citing both articles', () => {
    const reply = renderTimelineRange(engine, '2020-01-06', '2020-01-06', 0, false);
    const text = reply.embeds[0]?.description ?? '';
    expect(text.match(/^• /gm)).toHaveLength(2);
    expect(text).toMatch(/2020-01-07 · ¶\d+\* — \*.*2020-01-08 · ¶\d+\*/);
    expect(reply.embeds[0]?.footer?.text).toMatch(/^2 events from 3 articles · page 1 of 1/);
    expect(reply.components).toBeUndefined();
  });
});

describe('the overview', () => {
  it('counts events by week over a short span and by month over a long one, consistently with the days', () => {
    const short = countsTimeline({ '2020-01-03': 2, '2020-01-06': 1, '2020-01-07': 4, '2020-01-24': 1 });
    const o = overview({ corpus: EMPTY_CORPUS, timeline: short });
    expect(o).toMatchObject({ first: '2020-01-03', last: '2020-01-24', days: 4, events: 8 });
    // Weeks start on Mondays: 30 Dec, 6 Jan, (13 Jan, empty but on the axis), 20 Jan.
    expect(o.buckets).toEqual([
      { label: 'wk 2019-12-30', events: 2 },
      { label: 'wk 2020-01-06', events: 5 },
      { label: 'wk 2020-01-13', events: 0 },
      { label: 'wk 2020-01-20', events: 1 },
    ]);
    expect(o.outside).toBe(0);
    expect(o.busiest[0]).toEqual({ day: '2020-01-07', events: 4 });

    const long = countsTimeline({ '2019-11-30': 1, '2019-12-01': 3, '2019-12-31': 2, '2020-03-02': 5 });
    const o2 = overview({ corpus: EMPTY_CORPUS, timeline: long });
    expect(o2.buckets).toEqual([
      { label: '2019-11', events: 1 },
      { label: '2019-12', events: 5 },
      { label: '2020-01', events: 0 },
      { label: '2020-02', events: 0 },
      { label: '2020-03', events: 5 },
    ]);
    // Ties: the earlier day first.
    expect(o2.busiest.map((b) => b.day)).toEqual(['2020-03-02', '2019-12-01', '2019-12-31', '2019-11-30']);
  });

  it('leaves a stray far-off date out of the chart, and says so', () => {
    const days: Record<string, number> = { '1950-03-01': 1 };
    for (let d = 1; d <= 28; d++) days[`1987-0${(d % 8) + 2}-${String(d).padStart(2, '0')}`] = 5;
    const o = overview({ corpus: EMPTY_CORPUS, timeline: countsTimeline(days) });
    expect(o.first).toBe('1950-03-01');
    // The chart narrows to the densest run holding 95% of events: the 1950 day is out, little else.
    expect(o.outside).toBeGreaterThanOrEqual(1);
    expect(o.outside).toBeLessThanOrEqual(Math.ceil(0.05 * o.events));
    expect(o.buckets[0]?.label.startsWith('1987-')).toBe(true);
    expect(o.buckets.length).toBeLessThanOrEqual(8);
    expect(o.buckets.reduce((n, b) => n + b.events, 0) + o.outside).toBe(o.events);
  });

  it('says there is no timeline when no article names a day', () => {
    const reply = renderTimelineOverview({ corpus: EMPTY_CORPUS, timeline: countsTimeline({}) }, false);
    expect(reply.private).toBe(true);
    expect(reply.content).toMatch(/no timeline/);
  });

  it('stays within Discord limits for any archive, however many months it spans', () => {
    const dayArb = fc.integer({ min: 0, max: 365 * 40 }).map((n) => isoDay(addDays({ y: 1985, m: 1, d: 1 }, n)));
    fc.assert(
      fc.property(
        fc.dictionary(dayArb, fc.integer({ min: 1, max: 5000 }), { minKeys: 1, maxKeys: 400 }),
        fc.boolean(),
        (counts, isPrivate) => {
          const ctx: TimelineContext = { corpus: EMPTY_CORPUS, timeline: countsTimeline(counts) };
          const reply = renderTimelineOverview(ctx, isPrivate);
          const msg = payload(reply);
          expectWithinDiscordLimits(msg);
          expectNoPings(msg);
          expect(reply.private).toBe(isPrivate);
          const embed = reply.embeds[0];
          const total = Object.values(counts).reduce((a, b) => a + b, 0);
          expect(embed?.description).toContain(`${total.toLocaleString('en-US')} event`);
          // The chart shows the latest buckets, each with its count.
          const chart = embed?.fields?.[1]?.value ?? '';
          const rows = chart.split('\n').filter((l) => /\d$/.test(l));
          expect(rows.length).toBeGreaterThan(0);
          const o = overview(ctx);
          expect(rows.at(-1)?.endsWith(` ${o.buckets.at(-1)?.events}`)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------
// Typed dates

describe('parseDateQuery', () => {
  // Events on 3 January 2019 only; the news runs into 2020.
  const ctx = queryContext({ '2019-01-03': 4, '2019-06-10': 1, '2020-02-14': 2, '2020-05-01': 1 });
  const day = (d: string): DateQuery => ({ kind: 'day', day: d });

  it.each([
    ['2020-01-03', '2020-01-03'],
    ['Jan 3 2020', '2020-01-03'],
    ['3 January 2020', '2020-01-03'],
    ['Friday 3 January 2020', '2020-01-03'],
    ['on Friday 3 January 2020', '2020-01-03'],
    ['the 3rd of January 2020', '2020-01-03'],
    ['Dec 27, 2019', '2019-12-27'],
    ['2020-1-3', '2020-01-03'],
  ])('reads %j as a day', (text, expected) => {
    expect(parseDateQuery(text, null, ctx)).toEqual(day(expected));
  });

  it('takes a missing year from the corpus: the year in which that day has events', () => {
    expect(parseDateQuery('January 3', null, ctx)).toEqual(day('2019-01-03'));
    expect(parseDateQuery('3 January', null, ctx)).toEqual(day('2019-01-03'));
    // The same words over a corpus with events on 3 January 2020 instead.
    const other = queryContext({ '2019-01-04': 1, '2019-06-10': 1, '2020-01-03': 1, '2020-05-01': 1 });
    expect(parseDateQuery('January 3', null, other)).toEqual(day('2020-01-03'));
    // No events that day in any year: the year that puts it nearest the news.
    expect(parseDateQuery('March 1', null, ctx)).toEqual(day('2020-03-01'));
    // A month alone: the year in which that month has events.
    expect(parseDateQuery('June', null, ctx)).toEqual({ kind: 'range', from: '2019-06-01', to: '2019-06-30' });
  });

  // chrono-node reads "December 27" as December 2027 (a two-digit year) unless the
  // parser insists on a day; "January 3" above passes only because "3" is one digit.
  it.each([
    ['December 27', '2019-12-27'],
    ['December 10', '2019-12-10'],
    ['Dec 27', '2019-12-27'],
    ['September 13', '2019-09-13'],
  ])('reads %j (a month and a two-digit day, no year) as a day of the corpus', (text, expected) => {
    const c = queryContext({ '2019-09-13': 1, '2019-12-10': 1, '2019-12-27': 3, '2020-01-05': 1 });
    expect(parseDateQuery(text, null, c)).toEqual(day(expected));
  });

  it('checks a weekday against the date and names the real one', () => {
    expect(parseDateQuery('Friday 3 January 2020', null, ctx)).toEqual(day('2020-01-03'));
    const wrong = parseDateQuery('Thursday 3 January 2020', null, ctx);
    expect(wrong.kind).toBe('invalid');
    expect(wrong.kind === 'invalid' && wrong.message).toMatch(/3 January 2020 is a Friday, not a Thursday/);
    // Without a year: 3 January 2019 (the corpus's) was a Thursday, so "Friday" does not fit.
    const noYear = parseDateQuery('Friday 3 January', null, ctx);
    expect(noYear.kind === 'invalid' && noYear.message).toMatch(/3 January 2019 is a Thursday, not a Friday/);
    expect(parseDateQuery('Thursday 3 January', null, ctx)).toEqual(day('2019-01-03'));
  });

  it('reads a range written in one field or given through `to`', () => {
    const range = { kind: 'range', from: '2020-01-03', to: '2020-01-08' };
    expect(parseDateQuery('2020-01-03..2020-01-08', null, ctx)).toEqual(range);
    expect(parseDateQuery('2020-01-03', '2020-01-08', ctx)).toEqual(range);
    expect(parseDateQuery('3 January 2020 to 8 January 2020', null, ctx)).toEqual(range);
    expect(parseDateQuery('2020-01-03 – 2020-01-08', null, ctx)).toEqual(range);
    expect(parseDateQuery('2020-01', null, ctx)).toEqual({ kind: 'range', from: '2020-01-01', to: '2020-01-31' });
    expect(parseDateQuery('2020-02', null, ctx)).toEqual({ kind: 'range', from: '2020-02-01', to: '2020-02-29' });
    expect(parseDateQuery('2020-01-03', '2020-01-03', ctx)).toEqual(day('2020-01-03'));
    // `to` alone is a day.
    expect(parseDateQuery(null, '2020-01-08', ctx)).toEqual(day('2020-01-08'));
  });

  it('refuses an end before the start, saying which way round to put them', () => {
    const q = parseDateQuery('2020-01-08', '2020-01-03', ctx);
    expect(q.kind).toBe('invalid');
    expect(q.kind === 'invalid' && q.message).toMatch(/before the start.*earlier day first/);
    expect(parseDateQuery('2020-01-08..2020-01-03', null, ctx).kind).toBe('invalid');
  });

  it('refuses a range longer than 366 days, naming its size', () => {
    const q = parseDateQuery('1980-01-01', '2020-01-01', ctx);
    expect(q.kind).toBe('invalid');
    expect(q.kind === 'invalid' && q.message).toMatch(/40 years.*366 days/);
    expect(parseDateQuery('2020-01-01', '2020-12-31', ctx).kind).toBe('range'); // 366 days, a leap year
    expect(parseDateQuery('2019-01-01', '2020-01-01', ctx).kind).toBe('range'); // 366 days
    expect(parseDateQuery('2019-01-01', '2020-01-02', ctx).kind).toBe('invalid'); // 367 days
  });

  it.each(['banana', 'next blursday', '2020-13-45', '2020-02-30', 'Friday', '32 January 2020', '??'])(
    'answers the unreadable %j with a message, not a throw',
    (text) => {
      const q = parseDateQuery(text, null, ctx);
      expect(q.kind).toBe('invalid');
      expect(q.kind === 'invalid' && q.message.length).toBeGreaterThan(15);
    },
  );

  it('lists examples of what works when it cannot read the date', () => {
    const q = parseDateQuery('banana', null, ctx);
    expect(q.kind === 'invalid' && q.message).toContain('banana');
    expect(q.kind === 'invalid' && q.message).toContain(DATE_EXAMPLES);
    // Every written-out example is read as the day it names.
    for (const example of DAY_EXAMPLES.filter((e) => /\d/.test(e)))
      expect(parseDateQuery(example, null, ctx)).toEqual(day('2024-05-17'));
  });

  it('gives the overview for no date', () => {
    for (const [a, b] of [
      [null, null],
      ['', ''],
      ['   ', null],
      ['\u0000\u200b', null],
    ] as const) {
      expect(parseDateQuery(a, b, ctx)).toEqual({ kind: 'overview' });
    }
  });

  it('handles control characters and 5,000 characters without throwing', () => {
    expect(parseDateQuery('\u0000\u0001 2020-01-03 \u202e', null, ctx)).toEqual(day('2020-01-03'));
    const long = parseDateQuery('x'.repeat(5000), null, ctx);
    expect(long.kind === 'invalid' && long.message).toMatch(/5000 characters/);
    const longTo = parseDateQuery('2020-01-03', '1'.repeat(5000), ctx);
    expect(longTo.kind).toBe('invalid');
    expect(parseDateQuery('\u0007\u001b[31m', null, ctx).kind).toBe('invalid');
  });

  it('never throws, and always returns a well-formed answer, for any strings', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc
        .tuple(
          fc.constantFrom('', 'on ', 'Friday ', 'the '),
          fc.integer({ min: -5, max: 40 }),
          fc.constantFrom(' Jan', ' January', ' Dec', '-', ' of March', ''),
          fc.constantFrom('', ' 2020', ' 19', ' 1999', '..2020-01-08', ' to 3 Feb'),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(fc.option(text), fc.option(text), (a, b) => {
        const q = parseDateQuery(a, b, ctx);
        switch (q.kind) {
          case 'overview':
            break;
          case 'day':
            expect(parseIsoDay(q.day)).not.toBeNull();
            break;
          case 'range': {
            const from = parseIsoDay(q.from);
            const to = parseIsoDay(q.to);
            expect(from && to).toBeTruthy();
            const span = daysBetween(from ?? { y: 0, m: 1, d: 1 }, to ?? { y: 0, m: 1, d: 1 });
            expect(span).toBeGreaterThan(0);
            expect(span).toBeLessThan(366);
            break;
          }
          case 'invalid':
            expect(q.message.length).toBeGreaterThan(0);
            expect(q.message.length).toBeLessThanOrEqual(500);
            break;
          default:
            throw new Error(`unknown kind ${JSON.stringify(q)}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------
// Autocomplete

describe('suggestDays', () => {
  // Sixty days with events over 2019–2020, busier ones in between.
  const counts: Record<string, number> = {};
  for (let i = 0; i < 60; i++) counts[isoDay(addDays({ y: 2019, m: 11, d: 1 }, i * 3))] = 1 + ((i * 7) % 11);
  const timeline = countsTimeline(counts);
  const NAME = /^(\d{4}-\d{2}-\d{2}) · (Sun|Mon|Tue|Wed|Thu|Fri|Sat) · (\d+) events?$/;

  const expectWellFormed = (choices: { name: string; value: string }[]) => {
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
      const m = NAME.exec(c.name);
      expect(m, c.name).not.toBeNull();
      expect(m?.[1]).toBe(c.value);
      const d = parseIsoDay(c.value);
      expect(d).not.toBeNull();
      expect(m?.[2]).toBe(WEEKDAY_NAMES[weekday(d ?? { y: 2000, m: 1, d: 1 })]?.slice(0, 3));
      expect(Number(m?.[3])).toBe(timeline.count(c.value));
    }
  };

  it('offers the busiest days in date order when nothing is typed', () => {
    const choices = suggestDays('', timeline);
    expectWellFormed(choices);
    expect(choices).toHaveLength(25);
    const values = choices.map((c) => c.value);
    expect(values).toEqual([...values].sort());
    const least = Math.min(...values.map((d) => timeline.count(d)));
    const left = timeline.days.filter((d) => !values.includes(d));
    for (const d of left) expect(timeline.count(d)).toBeLessThanOrEqual(least);
    expect(suggestDays('   ', timeline)).toEqual(choices);
  });

  it.each([
    ['jan', (d: string) => d.slice(5, 7) === '01'],
    ['2020-01', (d: string) => d.startsWith('2020-01')],
    ['fri', (d: string) => weekday(parseIsoDay(d) ?? { y: 2000, m: 1, d: 1 }) === 5],
    ['dec 2019', (d: string) => d.startsWith('2019-12')],
    ['Feb', (d: string) => d.slice(5, 7) === '02'],
  ])('matches what is typed by prefix: %j', (typed, matches) => {
    const choices = suggestDays(typed, timeline);
    expectWellFormed(choices);
    const expected = timeline.days.filter(matches);
    expect(expected.length).toBeGreaterThan(0);
    expect(choices.map((c) => c.value)).toEqual(expected.slice(0, 25));
  });

  it('offers the days with events around a typed day that has none', () => {
    const choices = suggestDays('5 November 2019', timeline);
    expectWellFormed(choices);
    expect(choices.map((c) => c.value)).toEqual(['2019-11-01', '2019-11-04', '2019-11-07', '2019-11-10', '2019-11-13']);
  });

  it('offers nothing (not a crash) for nonsense, and stays within limits for any input', () => {
    expect(suggestDays('zzz', timeline)).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (typed) => {
        expectWellFormed(suggestDays(typed, timeline));
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------
// Rendering ranges: many long events, page by page

const VOCAB = (
  'harbour council ministry bridge convoy reservoir tunnel railway ferry embassy parliament senate tribunal ' +
  'refinery airport stadium hospital clinic academy museum market factory mine pipeline border checkpoint ' +
  'village province district capital valley river coast island desert mountain forest glacier canal ' +
  'inspectors engineers farmers doctors pilots sailors workers students judges envoys monitors auditors ' +
  'announced inspected repaired closed reopened evacuated delayed approved rejected audited surveyed ' +
  'blocked funded expanded rebuilt flooded damaged secured visited criticised praised debated postponed ' +
  'quietly swiftly reluctantly unexpectedly formally briefly publicly jointly partly largely ' +
  'northern southern eastern western coastal rural urban remote central regional national municipal'
).split(' ');
const RISKY = ['@everyone', '<@123456789012345678>', '**bold**', '`code`', '_under_', '||spoiler||', '@here'];

/** Articles from January to March 2020, each with long sentences dated by weekday or written-out day. */
function manyArticles(seed: number, count: number): Record<string, string> {
  const r = prng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(VOCAB)).join(' ');
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const dct = addDays({ y: 2020, m: 1, d: 6 }, Math.floor(r() * 80));
    const back = addDays(dct, -1 - Math.floor(r() * 5));
    const paragraphs: string[] = [];
    for (let k = 0; k < 3; k++) {
      const when =
        r() < 0.5 ? `on ${WEEKDAY_NAMES[weekday(back)]}` : `on ${MONTH_NAMES[back.m - 1]} ${back.d}, ${back.y}`;
      // Long sentences, some with the date near the end (the renderer must keep it in view).
      const before = words(10 + Math.floor(r() * 60));
      const after = words(3 + Math.floor(r() * 8));
      const sentence = `The ${pick(VOCAB)} ${before} ${pick(RISKY)} ${when} ${after}.`;
      paragraphs.push(`${sentence} Officials in the ${pick(VOCAB)} ${words(6)} said little more.`);
    }
    const headline = `Story ${i} ${words(14)} ${pick(RISKY)}`.slice(0, 190).trim();
    files[`a${String(i).padStart(3, '0')}.txt`] = ` date ${isoDay(dct)}\n${headline}\n\n${paragraphs.join('\n\n')}\n`;
  }
  // One event told by sixty articles, each slightly reworded: one event, sixty citations (more than a page holds).
  for (let i = 0; i < 60; i++) {
    files[`m${String(i).padStart(3, '0')}.txt`] =
      ` date 2020-02-12\nThe ${VOCAB[i % VOCAB.length]} edition ${words(12)}\n\n` +
      `The central bank raised its main interest rate by half a point on Monday, surprising traders in ${VOCAB[(i * 7) % VOCAB.length]}.\n\n` +
      `Separately, ${words(8)} ${VOCAB[(i * 3) % VOCAB.length]} ${i}.\n`;
  }
  return files;
}

/** Renders every page of a range and checks each; returns the pages' descriptions. */
function expectRangePages(engine: Engine, from: string, to: string, isPrivate: boolean): string[] {
  const first = renderTimelineRange(engine, from, to, 0, isPrivate);
  const days = engine.timeline.between(from, to);
  if (days.length === 0) {
    expect(first.private).toBe(true);
    expect(first.content).toMatch(/^Nothing in the corpus (on|from) /);
    expectWithinDiscordLimits(payload(first));
    expectNoPings(payload(first));
    return [];
  }
  const footer = /page 1 of (\d+)/.exec(first.embeds[0]?.footer?.text ?? '');
  expect(footer).not.toBeNull();
  const pages = Number(footer?.[1]);
  expect(pages).toBeGreaterThanOrEqual(1);
  const texts: string[] = [];
  for (let page = 0; page < pages; page++) {
    const reply = renderTimelineRange(engine, from, to, page, isPrivate);
    const msg = payload(reply);
    expectWithinDiscordLimits(msg);
    expectNoPings(msg);
    expect(reply.private).toBe(isPrivate);
    const embed = reply.embeds[0];
    expect(embed?.footer?.text).toContain(`page ${page + 1} of ${pages}`);
    const text = embed?.description ?? '';
    expect(text).not.toMatch(/(^|[^\u200b])@(everyone|here)/);
    expect(text).not.toMatch(/<@&?\d+>/);
    texts.push(text);
    const ids = customIds(reply);
    if (pages === 1) {
      expect(reply.components).toBeUndefined();
      continue;
    }
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2); // custom_ids are unique within a message
    const buttons = reply.components?.[0]?.components as { disabled?: boolean }[];
    expect(buttons[0]?.disabled).toBe(page === 0);
    expect(buttons[1]?.disabled).toBe(page === pages - 1);
    ids.forEach((id, i) => {
      expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
      const decoded = decodeCustomId(id);
      expect(decoded?.kind).toBe(TIMELINE_BUTTON);
      // A disabled button cannot be pressed; an enabled one leads to the page before or after.
      if (buttons[i]?.disabled) return;
      expect(parseTimelineButton(decoded?.fields ?? [])).toEqual({ from, to, page: page + (i === 0 ? -1 : 1) });
    });
  }
  // Pages past the end show the last page.
  expect(renderTimelineRange(engine, from, to, pages + 5, isPrivate).embeds[0]?.description).toBe(texts.at(-1));
  // No event is lost between pages: one bullet per event.
  const events = days.reduce((n, d) => n + dayEvents(engine, d).length, 0);
  expect(texts.join('\n').match(/^• /gm)?.length ?? 0).toBe(events);
  return texts;
}

describe('rendering a range of many long events', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(manyArticles(7, 70));
    expectHonestDays(engine);
  }, 60_000);

  it('splits a long range into pages, each different, within limits, with working buttons', () => {
    const { first, last } = engine.timeline;
    const texts = expectRangePages(engine, first ?? '', last ?? '', false);
    expect(texts.length).toBeGreaterThan(3);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('shows an event told by sixty articles once, within limits', () => {
    // 2020-02-12 is a Wednesday: "on Monday" is 10 February.
    const bank = dayEvents(engine, '2020-02-10').filter((e) => e.text.includes('central bank'));
    expect(bank).toHaveLength(1);
    expect(bank[0]?.sources).toHaveLength(60);
    const [text] = expectRangePages(engine, '2020-02-10', '2020-02-10', false);
    expect(text?.match(/central bank/g)).toHaveLength(1);
  });

  it('accounts for every article of a widely told event, without cutting a citation in half', () => {
    const text = renderTimelineRange(engine, '2020-02-10', '2020-02-10', 0, false).embeds[0]?.description ?? '';
    // Each citation is in italics: an odd number of unescaped asterisks means one was cut open.
    expect((text.match(/(?<!\\)\*/g) ?? []).length % 2).toBe(0);
    // Articles cited by name plus those summed up as "N more" are all sixty.
    const cited = (text.match(/ · 2020-02-12 · ¶\d+/g) ?? []).length;
    const more = Number(/(\d+) more/.exec(text)?.[1] ?? 0);
    expect(cited + more).toBe(60);
  });

  it('keeps the bold date words in view in long sentences', () => {
    const { first, last } = engine.timeline;
    for (const day of engine.timeline.between(first ?? '', last ?? '')) {
      const reply = renderTimelineRange(engine, day, day, 0, false);
      const lines = (reply.embeds[0]?.description ?? '').split('\n').filter((l) => l.startsWith('• '));
      for (const line of lines) expect(line, line).toMatch(/\*\*[^*]+\*\*|dated by the next sentence/);
    }
  });

  it('stays within Discord limits for any range and page', () => {
    const base = parseIsoDay(engine.timeline.first ?? '') ?? { y: 2020, m: 1, d: 1 };
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 100 }),
        fc.integer({ min: 0, max: 120 }),
        fc.boolean(),
        (start, length, isPrivate) => {
          const from = isoDay(addDays(base, start));
          const to = isoDay(addDays(base, start + length));
          expectRangePages(engine, from, to, isPrivate);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});

// ---------------------------------------------------------------------------
// /ask and dates

describe('/ask with dates', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.build(CORPUS_DIR);
  });

  /** Every answer sentence names `day` (by the passage's own date mentions). */
  const expectAnswerOn = (question: string, day: string) => {
    const r = engine.ask(question);
    expect(r.kind, question).toBe('answer');
    if (r.kind !== 'answer') return;
    for (const s of r.sentences) {
      const p = r.citations[s.citation - 1]?.passage as Passage;
      const start = p.text.indexOf(s.text);
      expect(start, s.text).toBeGreaterThanOrEqual(0);
      expect(namesDay(p, start, start + s.text.length, new Set([day])), `${question} → ${s.text}`).toBe(true);
    }
  };

  it('answers "What happened on January 5?" with sentences dated that day', () => {
    const ctx = { days: engine.timeline.days, count: (d: string) => engine.timeline.count(d) };
    const q = parseDateQuery('January 5', null, ctx);
    expect(q.kind).toBe('day');
    const day = q.kind === 'day' ? q.day : '';
    expect(engine.timeline.count(day)).toBeGreaterThan(0);
    expect(day).toBe('2020-01-05');
    expectAnswerOn('What happened on January 5?', day);
  });

  it('answers "What happened on <day>?" for every day with events with sentences dated that day', () => {
    for (const day of engine.timeline.days) expectAnswerOn(`What happened on ${day}?`, day);
  });

  it('answers "What happened on <Month> <D>?" for every day with events with sentences dated that day', () => {
    for (const day of engine.timeline.days) {
      const d = parseIsoDay(day) ?? { y: 2000, m: 1, d: 1 };
      expectAnswerOn(`What happened on ${MONTH_NAMES[d.m - 1]} ${d.d}?`, day);
    }
  });

  const LEAD = new RegExp(
    `^On (${WEEKDAY_NAMES.join('|')}) (\\d{1,2}) (${MONTH_NAMES.join('|')}) (\\d{4}) \\((.+)\\):$`,
  );

  /** The lead names the weekday, day, month and year of a date mention in the cited passage. */
  const expectLead = (e: Engine, question: string) => {
    const r = e.ask(question);
    expect(r.kind, question).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.lead, question).toBeDefined();
    const m = LEAD.exec(r.lead ?? '');
    expect(m, r.lead).not.toBeNull();
    const [, wd, d, month, y, said] = m ?? [];
    const iso = isoDay({ y: Number(y), m: MONTH_NAMES.indexOf(month as never) + 1, d: Number(d) });
    const ymd = parseIsoDay(iso);
    expect(ymd).not.toBeNull();
    expect(WEEKDAY_NAMES[weekday(ymd ?? { y: 2000, m: 1, d: 1 })]).toBe(wd);
    expect(r.answer.startsWith(`${r.lead} `)).toBe(true);
    const first = r.sentences[0];
    const p = r.citations[(first?.citation ?? 1) - 1]?.passage as Passage;
    const start = p.text.indexOf(first?.text ?? '');
    const mention = datesOf(p).find(
      (x) => x.start >= start && p.text.slice(x.start, x.end) === said && x.day === iso && placesOnDay(p, x),
    );
    expect(mention, `${r.lead} in ${p.key}`).toBeDefined();
    return iso;
  };

  it('opens a "when" answer with the day it resolves to, as the cited passage dates it', () => {
    for (const q of ['When did Iran launch missiles at the bases?', 'When was Soleimani killed?'])
      expectLead(engine, q);
  });

  it('resolves a weekday against the article date in a "when" answer (synthetic)', async () => {
    // 2020-03-05 is a Thursday; "on Tuesday" is 3 March.
    const e = await engineOf({
      'a.txt':
        ' date 2020-03-05\nThe new bridge over the river was opened by the mayor on Tuesday. Traffic was light at first.\n\nThe old ferry will stop running in April.\n',
    });
    expect(expectLead(e, 'When was the bridge opened?')).toBe('2020-03-03');
    const r = e.ask('When was the bridge opened?');
    expect(r.kind === 'answer' && r.lead).toBe('On Tuesday 3 March 2020 (on Tuesday):');
    // Not a "when" question: no lead.
    const what = e.ask('Who opened the bridge?');
    expect(what.kind === 'answer' && what.lead).toBeFalsy();
  });
});
