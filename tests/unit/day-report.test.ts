// A day in three parts (reported, scheduled, recalled), ranked by news weight,
// with routine finance dates folded into one line and only the same event
// merged. Articles are written for the test; 1987-04-07 is a Tuesday.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTimelineRange } from '../../src/bot/render-timeline.js';
import { renderTimelineText } from '../../src/cli/render-timeline-text.js';
import { Engine } from '../../src/engine/engine.js';
import { dayReport, prose } from '../../src/timeline/day-report.js';
import { companyOf, routineKind } from '../../src/timeline/routine.js';
import { expectReplyWithinLimits } from '../support/reply-limits.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function engineOf(files: Record<string, string>): Promise<Engine> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-day-report-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return Engine.build(dir);
}

const article = (date: string, title: string, ...paragraphs: string[]) =>
  ` date ${date}\n${title}\n\n${paragraphs.join('\n\n')}\n`;

describe('routine finance dates, by the words that govern the date', () => {
  it.each([
    ['The dividend is payable ', 'payment'],
    ['The dividend is payable April 15 to holders of record ', 'record'],
    ['Payment date is also ', 'payment'],
    ['Pay ', 'payment'],
    ['Subscriptions close on ', 'subscription'],
    ['The bonds will be redeemed on ', 'redemption'],
    ['Reg ', 'record'],
    ['NOTE - Div pay Aug 3, register ', 'record'],
    ['The previously announced record and distribution dates were ', 'dividend'],
  ])('"%s…" is routine (%s)', (before, kind) => {
    expect(routineKind(before)).toBe(kind);
  });

  it.each([
    'The company paid 5 mln dlrs on ',
    'The strike began on ',
    'Payment of the 5 mln dlrs fine was ordered by a judge who ruled on ',
    'The board will meet on ',
  ])('"%s…" is news, not routine', (before) => {
    expect(routineKind(before)).toBeNull();
  });

  it('"has set June 29 as the record date": the head may follow the date', () => {
    expect(routineKind('Carter Hawley Hale Stores Inc said it has set ', ' as the record date for shareholders')).toBe(
      'record',
    );
    expect(routineKind('The board set ', ' as the date of its annual meeting')).toBeNull();
  });

  it('names the company from a wire headline', () => {
    expect(companyOf('THE CHUBB CORP <CB> SETS QTRLY PAYOUT')).toBe('Chubb Corp');
    expect(companyOf('MONY FUNDING ISSUES 125 MLN DLR EUROBOND')).toBe('Mony Funding');
  });

  it('tells prose from tables', () => {
    expect(prose('Iraq said today its troops had killed thousands of Iranians in the south.')).toBe(true);
    expect(prose('LONDON GASOIL CALL COMPLETE 0923 - APR 7 Apr 148.00 148.00 148.25 148.50 147.75 38')).toBe(false);
    expect(prose('April 7')).toBe(false);
  });
});

describe('a day in three parts', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf({
      // Earlier articles: a plan for the day, and routine dates of two companies worded alike.
      'a.txt': article(
        '1987-03-20',
        'OPEC TO MEET IN VIENNA',
        'Oil ministers of OPEC will meet in Vienna on April 7 to review output quotas, officials said.',
      ),
      'b.txt': article(
        '1987-03-21',
        'ACME CORP <ACM> SETS QTRLY PAYOUT',
        'Acme Corp said its board declared a quarterly dividend of 10 cts a share.',
        'The dividend is payable April 7 to holders of record March 31.',
        'Its new shares will start trading on April 7, on the exchange.',
      ),
      'c.txt': article(
        '1987-03-22',
        'GLOBEX INC <GLX> SETS QTRLY PAYOUT',
        'Globex Inc said its board declared a quarterly dividend of 12 cts a share.',
        // Worded like Acme's (the corpus drops a paragraph that repeats another word for word).
        'The dividend is payable April 7 to holders of record March 30.',
        'Its new shares will begin trading on April 7 on the exchange.',
      ),
      // The day's own reporting: the same strike told by two articles, and a second event.
      'd.txt': article(
        '1987-04-07',
        'BRITISH MINERS STRIKE',
        'Thousands of British miners went on strike today over pay, the National Union of Mineworkers said.',
        'Talks with the Coal Board broke down late last week.',
      ),
      'e.txt': article(
        '1987-04-08',
        'MINERS STRIKE SPREADS',
        'Union leaders said about 5,000 workers joined the strike by the evening.',
        'Thousands of British miners went on strike yesterday over pay, the National Union of Mineworkers said.',
      ),
      'f.txt': article(
        '1987-04-08',
        'TEXACO FILES APPEAL',
        'Texaco Inc filed an appeal in a Texas court yesterday against the Pennzoil judgment.',
      ),
      // A later article recalls the day: once the strike (already reported), once a new fact.
      'g.txt': article(
        '1987-05-20',
        'MINERS RETURN TO WORK',
        'Thousands of British miners went on strike on April 7 over pay, the National Union of Mineworkers said.',
        'Separately, the Coal Board chairman resigned on April 7, a fact disclosed only today by the ministry.',
      ),
      // A results table's heading: a date and nothing else.
      'h.txt': article(
        '1987-05-21',
        'GLOBEX INC <GLX> 1ST QTR NET',
        'Qtr ended',
        'April Seven',
        'Shr 10 cts vs nine cts',
      ),
    });
  }, 60_000);

  it("puts the day's own reporting first, then plans, then later recollection, each counted", () => {
    const r = dayReport(engine, '1987-04-07');
    const parts = r.events.map((e) => e.part);
    expect(parts).toEqual([...parts].sort((a, b) => order(a) - order(b)));
    expect(r.events[0]?.part).toBe('reported');
    expect(r.events.find((e) => e.text.includes('OPEC'))?.part).toBe('scheduled');
    expect(r.events.find((e) => e.text.includes('chairman resigned'))?.part).toBe('recalled');
    expect(r.counts.reported + r.counts.scheduled + r.counts.recalled).toBe(r.events.length);
    expect(r.articlesNear).toBe(3);
  });

  it('ranks an event told by two articles, in a lead, above one told once', () => {
    const r = dayReport(engine, '1987-04-07');
    const strike = r.events[0];
    expect(strike?.text).toContain('miners went on strike');
    // Told by d and e on the day, and recalled by g: one line, three articles, nothing left in Recalled.
    expect(strike?.sources.map((s) => s.document.id).sort()).toEqual(['d', 'e', 'g']);
    expect(r.events.filter((e) => e.text.includes('went on strike'))).toHaveLength(1);
  });

  it('leaves out a line that is only a date ("April Seven" heading a table)', () => {
    const r = dayReport(engine, '1987-04-07');
    expect(r.events.some((e) => /^\W*April Seven\W*$/.test(e.text))).toBe(false);
  });

  it("folds routine dates into one line naming both companies, never one under the other's sentence", () => {
    const r = dayReport(engine, '1987-04-07');
    const routine = r.events.filter((e) => e.routine);
    expect(routine).toHaveLength(1);
    expect(routine[0]?.routine?.count).toBe(2);
    expect(routine[0]?.routine?.companies.sort()).toEqual(['Acme Corp', 'Globex Inc']);
    expect(r.routine).toBe(2);
    expect(r.events.some((e) => !e.routine && e.text.includes('payable'))).toBe(false);
    // Alike in words, but each article's subject is another company: two lines, one article each.
    const trading = r.events.filter((e) => e.text.includes(' trading on April 7'));
    expect(trading).toHaveLength(2);
    expect(trading.map((e) => e.sources.length)).toEqual([1, 1]);
  });

  it('shows the parts in Discord within limits, and in the terminal', () => {
    const reply = renderTimelineRange(engine, '1987-04-07', '1987-04-07', 0, false);
    expectReplyWithinLimits(reply);
    const text = reply.embeds[0]?.description ?? '';
    expect(text).toMatch(/__Reported__ \(\d+\)[\s\S]*__Scheduled__ \(\d+\)[\s\S]*__Recalled__ \(\d+\)/);
    expect(text).toMatch(/2 routine payment dates: (Acme Corp, Globex Inc|Globex Inc, Acme Corp)/);
    const cli = renderTimelineText(engine, '1987-04-07', null).text;
    expect(cli.split('\n')[0]).toMatch(
      /^Tuesday 7 April 1987 · \d+ reported · \d+ scheduled · \d+ recalled · 2 routine dates folded$/,
    );
    expect(cli).not.toContain('no articles from');
  });

  it('says so when the archive has no articles within three days of the day', () => {
    // 1987-03-31 is named only by the record dates of articles from March.
    const r = dayReport(engine, '1987-03-31');
    expect(r.articlesNear).toBe(0);
    expect(renderTimelineText(engine, '1987-03-31', null).text).toContain(
      'the archive has no articles from Tuesday 31 March 1987 to Friday 3 April 1987',
    );
    const reply = renderTimelineRange(engine, '1987-03-31', '1987-03-31', 0, false);
    expect(reply.embeds[0]?.description).toContain('no articles from');
  });
});

function order(part: string): number {
  return ['reported', 'scheduled', 'recalled'].indexOf(part);
}
