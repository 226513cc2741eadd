// Dates that are not events of their day (issue 13, precision), each on a
// sentence from the Reuters archive resolved against its own article's date:
// a period's end, durations, recurring dates, figures in tables, and
// "midnight" and bare weekdays following the tense.
import { describe, expect, it } from 'vitest';
import { timexType, tagDates, type DateMention } from '../../src/dates/tag-dates.js';
import { placesOnDay } from '../../src/timeline/timeline-index.js';
import type { ParsedPassage, Passage } from '../../src/corpus/types.js';
import { whenLead } from '../../src/answer/answer-dates.js';

function tag(text: string, dct: string): DateMention[] {
  return tagDates(text, { dct });
}

/** The days the timeline would put this sentence on. */
function timelineDays(text: string, dct: string): string[] {
  const passage = { text } as Passage;
  return tag(text, dct)
    .map((m) => ({ ...m, sentence: 0 }))
    .filter((m) => placesOnDay(passage, m))
    .map((m) => m.day ?? '');
}

describe("a period's end is a right date but no event on it", () => {
  it('"the fourth quarter ending June 30"', () => {
    const s =
      'It said the transaction will result in a loss of about 605,000 dlrs or 50 cts per share, which it will take in the fourth quarter ending June 30.';
    const m = tag(s, '1987-06-01').find((x) => x.text === 'June 30');
    expect(m?.day).toBe('1987-06-30');
    expect(m?.edge).toBe(true);
    expect(timelineDays(s, '1987-06-01')).toEqual([]);
  });

  it('"the year ended October 31" is last October, and off the timeline', () => {
    const s = 'Dresser earned 9,600,000 dlrs for the year ended October 31.';
    const m = tag(s, '1987-03-11').find((x) => x.text === 'October 31');
    expect(m?.day).toBe('1986-10-31');
    expect(timelineDays(s, '1987-03-11')).toEqual([]);
  });

  it('"the crop year beginning August 1", "the 1987/88 season, which begins August 1": a period\'s start', () => {
    for (const s of [
      'The board advised cutting initial prices paid to farmers in the crop year beginning August 1, a spokesman said.',
      'The report gives traders a first glimpse of production in the 1987/88 season, which begins August 1.',
      'The financial year 1987/88 starting July 1 will see more bond issues.',
    ])
      expect(timelineDays(s, '1987-03-05')).toEqual([]);
    // What starts then is an event: a strike, a week of lay-offs, a new service this year.
    for (const [s, day] of [
      ['The halt, the first national strike by seamen in 25 years, started on February 27.', '1987-02-27'],
      ['A spokesman said 2,000 workers would be laid off one week beginning March 9.', '1987-03-09'],
      ['Midway said it will serve new cities this year, starting April five with flights to Atlanta.', '1987-04-05'],
    ] as const)
      expect(timelineDays(s, '1987-03-05')).toEqual([day]);
  });
  it('"for shipment May 15-June 15, 1987", "May 21-June 5": a window\'s ends (chrono reads "21-June" as a day)', () => {
    expect(timelineDays('The wheat is for shipment May 15-June 15, 1987.', '1987-03-16')).toEqual([]);
    const s = 'It bought 30,000 tonnes at 100.75 dlrs a tonne for May 21-June 5 delivery.';
    expect(tag(s, '1987-03-16').map((m) => m.day)).toEqual(['1987-05-21', '1987-06-05']);
    expect(timelineDays(s, '1987-03-16')).toEqual([]);
    const period = 'The new figures bring cumulative wheat exports for the period July 1-March 13 to 3.66 mln tonnes.';
    expect(timelineDays(period, '1987-03-31')).toEqual([]);
  });
  it('"the agreement year, which ends this September 30": a period\'s end told in a relative clause', () => {
    const s =
      'Sales for delivery in the current grain agreement year, which ends this September 30, total 2.6 mln tonnes.';
    expect(tag(s, '1987-04-01').find((m) => m.text.includes('September 30'))?.day).toBe('1987-09-30');
    expect(timelineDays(s, '1987-04-01')).toEqual([]);
  });
  it('"the year ending this Aug 31": "this" between the period and its day', () => {
    const s =
      'Note - The company said group net profits for the year ending this Aug 31 should amount to 13.5 mln dlrs.';
    expect(tag(s, '1987-03-28').find((x) => x.text.includes('Aug 31'))?.edge).toBe(true);
    expect(timelineDays(s, '1987-03-28')).toEqual([]);
  });

  it('"Stocks, Aug 31, 1987, projected at 610": a level as of a day', () => {
    const s = 'Soybeans -- in mln bushels - Stocks, Aug 31, 1987, projected at 610, vs 635 last month.';
    expect(timelineDays(s, '1987-04-09')).toEqual([]);
    expect(timelineDays('Ending stocks on August 31 were put at 610 mln bushels.', '1987-09-10')).toEqual([]);
  });

  it('a plain past event on a day stays on the timeline', () => {
    expect(timelineDays('The company said it ended talks on March 31.', '1987-04-07')).toEqual(['1987-03-31']);
  });
});

describe('durations are not days counted from the article', () => {
  it('"only five weeks after they were signed" (30 March) is no 4 May', () => {
    const s =
      'But, only five weeks after they were signed, they have failed to stop the dollar tumbling to record lows against the yen.';
    const [m] = tag(s, '1987-03-30');
    expect(m?.value).toBe('P5W');
    expect(timexType(m?.granularity ?? 'day')).toBe('DURATION');
    expect(timelineDays(s, '1987-03-30')).toEqual([]);
  });

  it('"in the next few weeks"', () => {
    const s =
      '"We are bringing forward the respective negotiations whose conclusion we hope finalises in the next few weeks."';
    expect(tag(s, '1987-03-19').map((m) => m.value)).toEqual(['PXW']);
    expect(timelineDays(s, '1987-03-19')).toEqual([]);
  });

  it('"60 days after the merger", "within 60 days"', () => {
    expect(timelineDays('It said 60 days after the merger, the shares would be exchanged.', '1987-03-20')).toEqual([]);
    expect(
      timelineDays('Terms of the sale, which is expected to close within 60 days, were not disclosed.', '1987-03-20'),
    ).toEqual([]);
  });

  it('"a day earlier" at a clause end still moves the story\'s day; "a month earlier than usual" is a span', () => {
    expect(tag('The season started a month earlier than usual.', '2013-03-22')[0]?.granularity).toBe('duration');
    expect(tag('Prices fell a day earlier.', '1987-03-20')[0]?.granularity).toBe('day');
  });
});

describe('the ends of a window bound a period', () => {
  it('"for domestic shipment April 1-15 and April 16-30" puts nothing on 30 April', () => {
    const s =
      'The ASCS bought 25.7 mln pounds of wheat flour at a cost of 2.8 mln dlrs for domestic shipment April 1-15 and April 16-30, an ASCS spokesman said.';
    expect(tag(s, '1987-03-09').some((m) => m.day === '1987-04-30')).toBe(true);
    expect(timelineDays(s, '1987-03-09')).toEqual([]);
  });

  it('"for delivery between May 21 and June 5", "transactions after Sept 26, 1987", "1st qtr ended September 26"', () => {
    const delivery =
      'Continental Grain Co of New York won a contract for the supply of 54,000 tonnes, priced at 96.17 U.S. Dlrs a tonne c and f Taiwan for delivery between May 21 and June 5.';
    expect(timelineDays(delivery, '1987-04-29')).toEqual([]);
    expect(
      timelineDays('If adopted by Congress it would effect all transactions after Sept 26, 1987.', '1987-02-26'),
    ).toEqual([]);
    expect(timelineDays('1st qtr ended September 26.', '1987-10-20')).toEqual([]);
    expect(timelineDays('The bank last cut one- to three-month certificate rates on June 5.', '1987-06-18')).toEqual([
      '1987-06-05',
    ]);
  });

  it('"for June 12/July 7", "in the week of May 11", "delayed its annual meeting to June 22 from May 14"', () => {
    expect(
      timelineDays(
        'Nichemen 10,000 tonnes number two SRW wheat for June 12/July 7 at 103.43 dlrs FOB Gulf.',
        '1987-03-27',
      ),
    ).toEqual([]);
    expect(
      timelineDays(
        'It said both metals are for delivery in the week of May 11 to Olin Corp, East Alton, Ill.',
        '1987-04-07',
      ),
    ).toEqual([]);
    const delayed =
      'CooperVision Inc said it has delayed its annual meeting to June 22 from May 14 to allow its board to review possible recapitalization options before the meeting.';
    expect(timelineDays(delayed, '1987-03-18')).toEqual(['1987-06-22']);
  });

  it('a day given up: "extended to June 30 from June 4" (and June 30 only ends the program), "previously scheduled…"', () => {
    const extended =
      'Bell Canada Enterprises said it extended to June 30 from June 4 a short-term voluntary sale program for shareholders.';
    expect(timelineDays(extended, '1987-06-01')).toEqual([]);
    expect(timelineDays('Instinet said it had previously scheduled the meeting for May 21.', '1987-03-27')).toEqual([]);
    const moved = 'GNP figures will be published on June 11 after they were provisionally scheduled for June 4.';
    expect(timelineDays(moved, '1987-06-02')).toEqual(['1987-06-11']);
    // A plan still on stays: "scheduled for May 21".
    expect(timelineDays('Instinet scheduled the meeting for May 21.', '1987-03-27')).toEqual(['1987-05-21']);
  });

  it('"tomorrow-next", the money market\'s deposit from tomorrow to the next day, is no date', () => {
    const s = 'Tomorrow-next, for which buy/sell quotes started at 30, 20 pct, ended at 14, 10 pct.';
    expect(timelineDays(s, '1987-06-02')).toEqual([]);
    expect(timelineDays('The bank will announce its decision tomorrow.', '1987-06-02')).toEqual(['1987-06-03']);
  });

  it('"at Chernobyl last April 26" (March 1987) is April 1986; "the selling petered out on July 7" is past', () => {
    const s =
      'About 135,000 people were evacuated and 31 were killed after an explosion and fire at Chernobyl last April 26.';
    expect(tag(s, '1987-03-16')[0]?.day).toBe('1986-04-26');
    const t =
      'Data in the Bundesbank report showed the EMS central banks bought a net total 29.9 billion marks after the April 6, 1986 realignment until the selling petered out on July 7.';
    expect(tag(t, '1987-04-27').at(-1)?.day).toBe('1986-07-07');
  });

  it('"would finish the July 11 year" closes a year', () => {
    const s = 'Nevertheless, sales and turnover would finish the July 11 year at a "high level," Porsche said.';
    expect(timelineDays(s, '1987-03-19')).toEqual([]);
  });

  it('"on July 28 last year" is last year\'s day', () => {
    const s = 'The average yield on the six-month bills was the highest since 5.89 pct on July 28 last year.';
    expect(tag(s, '1987-03-30')[0]?.day).toBe('1986-07-28');
  });
});

describe("recurring dates are sets, not this year's day", () => {
  it('"Interest will be paid annually on April 7" (17 March) is no event on 7 April 1987', () => {
    const s = 'Interest will be paid annually on April 7 and the bond matures on the same day in 1997.';
    const m = tag(s, '1987-03-17').find((x) => x.text === 'April 7');
    expect(m?.value).toBe('XXXX-04-07');
    expect(timexType(m?.granularity ?? 'day')).toBe('SET');
    expect(timelineDays(s, '1987-03-17')).not.toContain('1987-04-07');
  });

  it('"pays interest annually on March 25"', () => {
    const s = 'The bond pays interest annually on March 25 and matures on the same date in 1992.';
    expect(timelineDays(s, '1987-03-11')).toEqual([]);
  });

  it('"expiration Friday", "triple witching Friday": the market\'s day that comes round each quarter, no one Friday', () => {
    const s =
      'Orders are moved to the opening of trading in the underlying stock on expiration Friday from the close of trading.';
    expect(tag(s, '1987-03-13').find((x) => x.text.includes('Friday'))?.granularity).toBe('set');
    expect(timelineDays(s, '1987-03-13')).toEqual([]);
    // A dated one stays a day.
    expect(timelineDays('Problems arose during the Dec 19 expiration Friday.', '1987-03-13')).toEqual(['1986-12-19']);
  });

  it('"each April 7", "every morning"', () => {
    expect(tag('Dividends are paid each April 7.', '1987-03-20')[0]?.value).toBe('XXXX-04-07');
    expect(tag('She checked for smog every morning.', '2013-03-21')[0]?.granularity).toBe('set');
  });
});

describe('figures in tables are not dates', () => {
  it('"Sunflowerseed prev 48.6, Feb 61.5, Mar 25.1, Apr 14.5"', () => {
    expect(tag('Sunflowerseed prev 48.6, Feb 61.5, Mar 25.1, Apr 14.5, total 149.8 (145.3).', '1987-02-26')).toEqual(
      [],
    );
  });

  it('"in late April 7,500,000 shares" puts nothing on 7 April', () => {
    const s =
      'Morgan Grenfell Capital Management unit said it plans to offer in late April 7,500,000 shares of closed-end fund Morgan Grenfell SMALLCap Fund at 10 dlrs each.';
    expect(tag(s, '1987-04-01').some((m) => m.day === '1987-04-07')).toBe(false);
  });

  it('"Jul/Sep 4-3/4 under" in a grain spread table is a price, not 4 September', () => {
    const s =
      'CBT CORN SPREADS 1000 hrs cdt MONTHS LAST DIFFERENCE Jul/May 3-1/4 over 3-1/2 over Jul/Sep 4-3/4 under 5 under';
    expect(tag(s, '1987-04-07').filter((m) => m.day)).toEqual([]);
  });

  it('"the first U.S. Night session of futures trading" names no night', () => {
    const s =
      'ASIA GENERALLY WELCOMES U.S. NIGHT FUTURES TRADING Traders in financial centres in Asia generally welcomed the first U.S. Night session of futures trading which starts in Chicago on April 30.';
    expect(tag(s, '1987-04-17').map((m) => m.day)).toEqual(['1987-04-30']);
    expect(tag('Prices fell sharply in the evening.', '1987-04-17')[0]?.value).toBe('1987-04-17TEV');
  });

  it('"a coupon indication of 5/8 pct", "a spread of 5/8 percentage points" are fractions, not 8 May', () => {
    const coupon =
      'Sumitomo Corporation is launching 200 mln Swiss francs of convertible notes due September 30, 1992 with a coupon indication of 5/8 pct, lead manager Swiss Bank Corp said.';
    expect(tag(coupon, '1987-03-11').some((m) => m.day === '1987-05-08')).toBe(false);
    const spread =
      'Ongpin said Manila is sticking to its demand of a spread of 5/8 percentage points over London Interbank Offered Rates (LIBOR) for restructuring 3.6 billion dlrs of debt repayments.';
    expect(tag(spread, '1987-03-01')).toEqual([]);
  });

  it('a date with its year is a date whatever figure follows ("after Jan. 1, 1990 at 1,015 francs")', () => {
    const s = 'The bank has an option to buy a stake from Societe Generale after Jan. 1, 1990 at 1,015 francs a share.';
    expect(tag(s, '1989-11-01').some((m) => m.day === '1990-01-01')).toBe(true);
  });
});

describe('a deadline, a week, the day a figure is taken, a day given up, a recess: a right date but no event on it', () => {
  it('"waivers … through May 26", "respond … by July 16": deadlines', () => {
    expect(
      timelineDays(
        'Quantech said it has received waivers from Marine Midland Banks Inc <MM> through May 26 on covenants in its loan agreement.',
        '1987-03-26',
      ),
    ).toEqual([]);
    const s = 'In granting the hearing the court directed Intel to respond to the NEC petition by July 16, NEC said.';
    expect(tag(s, '1987-06-29').find((m) => m.text === 'July 16')?.day).toBe('1987-07-16');
    expect(timelineDays(s, '1987-06-29')).toEqual([]);
  });
  it('but not what happens then: "until June 1, 1990, when repayment…", "may wait until tomorrow", "hit by last Thursday\'s quake"', () => {
    expect(
      timelineDays(
        'It said interest only is payable until June 1, 1990, when repayment of principal in 20 quarterly installments.',
        '1987-06-18',
      ),
    ).toEqual(['1990-06-01']);
    expect(
      timelineDays(
        'They said the Fed does not have a much of an adding need this week and may wait until tomorrow or Monday before supplying reserves.',
        '1987-03-12',
      ),
    ).toContain('1987-03-13');
    expect(timelineDays("Missions went to the region hit by last Thursday's quake.", '1987-03-12')).toEqual([
      '1987-03-05',
    ]);
  });
  it('"in the March 2 week", "four-week March 1 sales", "based on March 1 conditions": a week or a figure\'s day', () => {
    for (const [s, dct] of [
      [
        'U.S. M-1 money supply fell 600 mln dlrs to a seasonally adjusted 738.0 billion dlrs in the March 2 week, the Federal Reserve said.',
        '1987-03-12',
      ],
      ['The Federated Group Inc said its four-week March 1 sales totaled 25.7 mln dlrs.', '1987-03-09'],
      [
        'The U.S. Agriculture Department estimated 1987 winter potato production, based on March 1 conditions, at 2,788,000 cwts.',
        '1987-03-09',
      ],
    ] as const)
      expect(timelineDays(s, dct)).toEqual([]);
  });
  it('"scheduled for release April 24, has been delayed until May 15": the new day only', () => {
    expect(
      timelineDays(
        'The U.S. Agriculture Department said its summary report on the Feed Situation and Outlook, scheduled for release April 24, has been delayed until May 15.',
        '1987-04-01',
      ),
    ).toEqual(['1987-05-15']);
  });
  it('"for the period July 1, 1986, to March 1, 1987", "a bill before Easter": a period\'s ends', () => {
    expect(
      timelineDays(
        'Exports of French soft wheat for the period July 1, 1986, to March 1, 1987, fell 27.6 pct to 8.21 mln tonnes.',
        '1987-03-30',
      ),
    ).toEqual([]);
    expect(timelineDays('Sen. David Boren last week pledged to consider a bill before Easter.', '1987-03-05')).toEqual(
      [],
    );
  });
  it('"before Congress breaks for Easter April 9": the recess\'s day, not Easter Sunday', () => {
    const days = timelineDays(
      "Foley's view appears to differ with the Senate leadership who have said they hope to have farm credit legislation under consideration before Congress breaks for Easter April 9.",
      '1987-03-05',
    );
    expect(days).not.toContain('1987-04-19');
  });
});

describe("a figure's day, a period's end, a vague time, a name: no event; a weekday of a month: its day", () => {
  it('"its backlog at September 30", "from Friday\'s close", "the fiscal year, ending Sept 30", "the year up to…"', () => {
    for (const s of [
      'Northrop Corp said its backlog at September 30 stood at 4.5 billion dlrs.',
      "The index rose to 1,950 from Friday's close of 1,900.",
      'For the first four months of the fiscal year, ending Sept 30, the company said its volume increased.',
      'Department officials said the 750,000 tonnes of exports are for the year up to September 30 1987.',
    ])
      expect(timelineDays(s, '1987-10-19')).toEqual([]);
  });
  it('but "at the April 23 annual meeting", "at tonight\'s wheat tender", "at midday today" are occasions', () => {
    expect(timelineDays('Shareholders will vote at the April 23 annual meeting.', '1987-03-24')).toEqual([
      '1987-04-23',
    ]);
    expect(timelineDays("Brazil rejected all offers at tonight's wheat tender.", '1987-03-24')).toEqual(['1987-03-24']);
    expect(tag('At midday today Hughes said it was still interested.', '1987-03-24')[0]?.noEvent).toBeUndefined();
  });
  it('"several weeks ago" names no day (chrono counts "several" as seven)', () => {
    expect(
      timelineDays('J.P. Morgan Securities received permission from the Fed several weeks ago.', '1987-04-30'),
    ).toEqual([]);
  });
  it('"the last Sunday in October", "the first Monday of May": that weekday of the month', () => {
    expect(
      tag('The return to standard time remains the last Sunday in October.', '1987-03-29').find((m) =>
        /Sunday/.test(m.text),
      )?.day,
    ).toBe('1987-10-25');
    expect(tag('Polls open on the first Monday of May.', '1987-03-29')[0]?.day).toBe('1987-05-04');
  });
  it('"Loh Hoon Sun", "the Sunday Times": names, no weekday', () => {
    expect(tag('said Loh Hoon Sun, general manager of the bank.', '1987-03-29')).toEqual([]);
    expect(tag('according to an opinion poll published in the Sunday Times.', '1987-03-15')).toEqual([]);
  });
  it('"at year-end 1986" is the end of 1986', () => {
    expect(tag('Cash rose to 463 mln dlrs at year-end 1986 from 99 mln.', '1987-03-24')[0]?.day).toBe('1986-12-31');
  });
});

describe('the day an offer or a security runs to: no event of its day', () => {
  it('"extended its offer … to midnight on March 26", "extended … until midnight May 4", "to May Eight from April 16"', () => {
    for (const [s, dct] of [
      [
        'C.T.C. Dealer Holdings Ltd said it extended its previously announced offer for 49 pct of <Canadian Tire Corp Ltd> to midnight on March 26.',
        '1987-03-03',
      ],
      [
        'Standard Oil Co said British Petroleum Co PLC has extended its 70 dlr per share tender offer until midnight May 4.',
        '1987-04-23',
      ],
      [
        'Colorocs Corp said it has extended the expiration of the exercise period for its Class A warrants to May Eight from April 16.',
        '1987-04-08',
      ],
      ['Its offering of 14,000 limited partnership units has been extended to July two.', '1987-06-19'],
    ] as const)
      expect(timelineDays(s, dct)).toEqual([]);
    // The day it runs to lies ahead, though the verb is past: the coming Monday, this September.
    const monday = 'After Emery made its offer, Hutton extended the deadline on its offer to Monday.';
    expect(tag(monday, '1987-04-03').find((m) => m.text.includes('Monday'))?.day).toBe('1987-04-06');
    const warrants =
      'Dimis Inc said it has extended the expiration of its 1,424,500 common stock purchase warrants to September 30 from March 31.';
    expect(tag(warrants, '1987-03-11').find((m) => m.text === 'September 30')?.day).toBe('1987-09-30');
    const credits = 'Borrowings less extended credits averaged 228 mln dlrs in the week to Wednesday, the Fed said.';
    expect(tag(credits, '1987-03-19').find((m) => m.text.includes('Wednesday'))?.day).toBe('1987-03-18');
  });
  it('"warrants expiring Aug 31, 1987" tells what the warrants are; "the options would expire August 14" is their day', () => {
    expect(timelineDays('It also bid for all Corona warrants expiring Aug 31, 1987.', '1987-04-13')).toEqual([]);
    expect(timelineDays('That means the September options contract would expire August 14.', '1987-04-02')).toEqual([
      '1987-08-14',
    ]);
  });
  it('but what is done on the day stays: "will meet on May 4", "extended its rally on Friday"', () => {
    expect(timelineDays('The board will meet on May 4 to extend the offer.', '1987-04-23')).toEqual(['1987-05-04']);
    expect(timelineDays('The dollar extended its gains on Friday.', '1987-04-23')).toEqual(['1987-04-17']);
  });
});

describe('tomorrow\'s weekday, a verb in the present, a tender "up to", a meeting moved from its day', () => {
  it('"effective Tuesday" in a Monday article is tomorrow; "met them on Saturday" in a Friday one is six days back', () => {
    const s = 'Local 222 voted Sunday to go on strike against the Dakota City, Nebraska, plant, effective Tuesday.';
    expect(timelineDays(s, '1987-03-16')).toEqual(['1987-03-15', '1987-03-17']);
    expect(timelineDays('He met them on Saturday.', '1987-03-13')).toEqual(['1987-03-07']);
  });
  it('"…at a press conference Tuesday, the company said": the saying does not date the conference', () => {
    const s =
      "Barron Hilton will introduce the hotel chain's newest product, the Hilton Suites, at a press conference Tuesday at the Waldorf Astoria, the company said.";
    expect(timelineDays(s, '1987-03-16')).toEqual(['1987-03-17']);
    // A day with a past verb before it stays past, whatever follows.
    expect(timelineDays('Prices rose sharply on Tuesday, traders said.', '1987-03-16')).toEqual(['1987-03-10']);
  });
  it('"missed the first of these … due on September 29": a payment due, gone by; "said the payment due Friday"', () => {
    const missed =
      'Iraq said it could not meet the repayments, and missed the first of these for 71.25 mln due on September 29.';
    expect(tag(missed, '1987-03-02').find((m) => m.text.includes('September 29'))?.day).toBe('1986-09-29');
    const said = 'The company said the interest payment due Friday would be made.';
    expect(tag(said, '1987-03-02').find((m) => m.text.includes('Friday'))?.day).toBe('1987-03-06');
    expect(tag('The next payment is due on September 29.', '1987-03-02')[0]?.day).toBe('1987-09-29');
  });
  it('"who did not convert prior to June eight": a period\'s edge', () => {
    const s = 'It asks the court to rule it need not issue common to holders who did not convert prior to June eight.';
    expect(timelineDays(s, '1987-06-19')).toEqual([]);
    // The day of a thing named after it happens: "prior to tomorrow's market opening", "before Friday's meeting".
    const opening = "Prior to tomorrow's market opening the Wall Street Journal will publish a new divisor.";
    expect(timelineDays(opening, '1987-03-11')).toEqual(['1987-03-12']);
  });
  it('"who returns from Brazil on Sunday", "Canada also switches … on Sunday": a present verb looks ahead', () => {
    expect(
      timelineDays(
        'President Mario Soares, who returns from a visit to Brazil on Sunday, now faces the task.',
        '1987-04-03',
      ),
    ).toEqual(['1987-04-05']);
    expect(timelineDays('Canada also switches to daylight time on Sunday.', '1987-04-03')).toEqual(['1987-04-05']);
    expect(timelineDays('Its returns on Sunday were poor.', '1987-04-03')).toEqual(['1987-03-29']);
    expect(
      timelineDays("He worries that Monday's record loss will scare many people out of the market.", '1987-10-20'),
    ).toEqual(['1987-10-19']);
  });
  it('"invited tenders up to April 11, 1987", "postponed … to May 21 from the previously scheduled April 28"', () => {
    expect(
      timelineDays('It said it had invited tenders up to April 11, 1987 for the import of sugar.', '1987-03-30'),
    ).toEqual([]);
    expect(
      timelineDays('In the run-up to April 23 elections, Suharto is busy slashing spending.', '1987-03-04'),
    ).toEqual(['1987-04-23']);
    expect(
      timelineDays(
        'NECO Enterprises Inc said it has postponed its annual meeting to May 21 from the previously scheduled April 28.',
        '1987-03-11',
      ),
    ).toEqual(['1987-05-21']);
  });
});

describe('a deadline is no event of its day, but still answers "until when"', () => {
  it('"on sale until June 26": off the timeline, and the lead of the answer', () => {
    const text = 'The bond is on sale until June 26 with payment due on July 9.';
    const passage: ParsedPassage = {
      id: 0,
      key: 'a:1',
      doc: 0,
      paragraph: 1,
      part: 1,
      text,
      start: 0,
      end: text.length,
      sentences: [],
      dates: tag(text, '1987-06-02').map(({ text: _, ...m }) => ({ ...m, sentence: 0 })),
    };
    expect(timelineDays(text, '1987-06-02')).toEqual(['1987-07-09']);
    expect(whenLead(passage, 0, text.length)).toBe('On Friday 26 June 1987 (June 26):');
  });
});

describe('"midnight" and bare weekdays follow the tense', () => {
  it('"The strike began at midnight" (20 March) is the start of 20 March, not 21 March', () => {
    const s =
      'The strike began at midnight to press demands for higher wages and more funds for the nationalised mining industry.';
    expect(tag(s, '1987-03-20')[0]?.value).toBe('1987-03-20T00:00');
  });

  it('"through midnight March 5" is 5 March, not the article\'s day', () => {
    const s =
      'The U.S. Agriculture Department announced the prevailing world market price for upland cotton at 52.69 cts per lb, to be in effect through midnight March 5.';
    expect(tag(s, '1987-02-26')[0]?.day).toBe('1987-03-05');
  });

  it('"will begin at midnight" is the end of the article\'s day', () => {
    expect(tag('The strike will begin at midnight.', '1987-03-20')[0]?.value).toBe('1987-03-20T24:00');
  });

  it('"is reported to have run aground near mile 149 on Monday" (Wednesday 29 April) is Monday 27 April', () => {
    const s =
      "The 74,596-dwt Andromachi is reported to have run aground near mile 149 on Monday and attempts to refloat the vessel using tugs has so far been unsuccessful, Lloyd's said.";
    expect(tag(s, '1987-04-29')[0]?.day).toBe('1987-04-27');
  });

  it('"talks have been rescheduled for Monday" still looks forward', () => {
    const s = 'Talks have been rescheduled for Monday, a company spokesman said.';
    expect(tag(s, '1987-03-05')[0]?.day).toBe('1987-03-09');
  });

  it('"this weekend" follows the tense: held this weekend (a Monday article) is the weekend just gone', () => {
    expect(tag('Talks were held this weekend in Paris.', '1987-04-06')[0]?.value).toBe('1987-W14-WE');
    expect(tag('The ministers will meet this weekend in Paris.', '1987-04-06')[0]?.value).toBe('1987-W15-WE');
  });
});

describe("a day moved from, a range's end, a cancelled occasion, a figure set against a day", () => {
  it('"voted to postpone the start … until April 30 from April 2": April 2 is given up, April 30 is the start', () => {
    const s =
      "The Chicago Board of Trade's (CBT) board of directors voted to postpone the start of what will be the first U.S. evening futures trading session until April 30 from April 2 to give participants a chance to get ready, the exchange said.";
    expect(timelineDays(s, '1987-03-11')).toEqual(['1987-04-30']);
  });
  it('"extending the closing date of its offer to either March 19": the day it runs to', () => {
    const s =
      'Dome Mines Ltd said it was extending the closing date of its previously announced public offer of seven mln common shares to either March 19, pending registration of the shares under U.S. securities laws, or to March 27.';
    expect(timelineDays(s, '1987-03-13')).not.toContain('1987-03-19');
  });
  it('"between start of current seasons and April 2": the end of a range, no event', () => {
    const s =
      'Exports of the following commodities between start of current seasons and April 2, with comparisons, as reported to USDA by exporters, in thousand tonnes, unless noted --';
    expect(timelineDays(s, '1987-04-09')).toEqual([]);
    // Two things done on two days stay: "between" names no range there.
    expect(timelineDays('Talks were held between the two sides and on April 2 they agreed.', '1987-04-09')).toEqual([
      '1987-04-02',
    ]);
  });
  it('"Egypt has cancelled its April 2 tender": the occasion called off is no event of its day', () => {
    const s =
      'Egypt has cancelled its April 2 tender for 200,000 tonnes of any origin wheat for April 15-30 shipment, trade and Egyptian official sources said.';
    expect(timelineDays(s, '1987-04-09').filter((d) => d === '1987-04-02')).toEqual([]);
    expect(timelineDays('Egypt held its April 2 tender for wheat.', '1987-04-09')).toEqual(['1987-04-02']);
  });
  it('"… on Friday, up from 49.9 billion on Thursday": the day a compared figure was taken', () => {
    const s =
      'Banks were well stocked with liquidity, having 47.1 billion marks in minimum reserves at the Bundesbank on Friday, up from 49.9 billion on Thursday.';
    expect(timelineDays(s, '1987-03-24')).not.toContain('1987-03-19');
    // A figure reached on the day stays: "rose to 5.5 pct on Thursday".
    expect(timelineDays('The rate rose to 5.5 pct on Thursday.', '1987-03-24')).toEqual(['1987-03-19']);
  });
});

describe('weekday words that are no days, and a modal far back', () => {
  it('"Sun-3 technical workstations", "The British Sunday paper": a product and a kind of paper', () => {
    const sun3 =
      'Sun Microsystems Inc said it has received a one-year 15 mln dlr renewal of its agreement to provide Interleaf Inc with Sun-3 technical workstations.';
    expect(tag(sun3, '1987-03-23')).toEqual([]);
    const paper = 'The British Sunday paper, quoting Iranian sources, said the missile had been fired at Basra.';
    expect(tag(paper, '1987-03-28')).toEqual([]);
    expect(timelineDays('The paper said on Sunday that the missile had been fired.', '1987-03-28')).toEqual([
      '1987-03-22',
    ]);
  });
  it('"will report … and prescribe austerity measures … in a budget speech on Thursday": the modal governs', () => {
    const s =
      "China's Finance Minister Wang Bingqian will report a 1986 budget deficit of up to nine billion yuan and prescribe austerity measures for 1987 in a budget speech on Thursday, foreign bankers and diplomats told Reuters.";
    expect(timelineDays(s, '1987-03-24')).toEqual(['1987-03-26']);
  });
});

describe('a span of days, a grade, an offer that expires, a level on a day', () => {
  it('"in the six days ending April 16", "the eight days ending last Sunday": a period\'s end', () => {
    const s =
      'Sight deposits of commercial banks at the Swiss National Bank fell by 416.9 mln Swiss francs to 7.46 billion in the six days ending April 16, the National Bank said.';
    expect(timelineDays(s, '1987-04-21')).toEqual([]);
    const sunday =
      "The sources said the kingdom's exports averaged one mln bpd during the eight days ending last Sunday.";
    expect(timelineDays(sunday, '1987-03-12')).toEqual([]);
  });
  it('"TSR-20 May and June were quoted": a rubber grade, not 20 May', () => {
    const s = 'TSR-20 May and June were quoted at 163.50 cents/kilo, both up 0.50 cent from yesterday.';
    expect(tag(s, '1987-04-07').some((m) => m.day === '1987-05-20')).toBe(false);
    expect(tag('Delivery is due 20 May.', '1987-04-07')[0]?.day).toBe('1987-05-20');
  });
  it('"is expected to be formally adopted on Friday", "could be jolted … on Friday": ahead', () => {
    expect(
      timelineDays(
        'The new International Natural Rubber Agreement (INRA) is expected to be formally adopted on Friday.',
        '1987-03-17',
      ),
    ).toEqual(['1987-03-20']);
    expect(
      timelineDays(
        'The stock market could be jolted one way or another on Friday as the triple witching expiration nears.',
        '1987-03-19',
      ),
    ).toEqual(['1987-03-20']);
    // "could not" looks back: "could not be reached for comment on Friday" in a Monday article.
    expect(timelineDays('The company could not be reached for comment on Friday.', '1987-03-16')).toEqual([
      '1987-03-13',
    ]);
    expect(timelineDays('The plan was formally adopted on Friday.', '1987-03-17')).toEqual(['1987-03-13']);
    expect(
      timelineDays('Neither he nor his four grandparents could be located Wednesday in their hometown.', '1987-03-19'),
    ).toEqual(['1987-03-18']);
  });
  it('"could be issued between January and August 1987": the year written on the range\'s end is its start\'s', () => {
    const s =
      'Up to another 6.7 billion dlrs worth could be issued between January and August 1987, according to USDA.';
    expect(tag(s, '1987-03-25').map((m) => m.value)).toEqual(['1987-01', '1987-08']);
    expect(tag('Sales between December and March 1987 rose.', '1987-03-25')[0]?.value).toBe('1986-12');
    // "an April-5-6 summit": the number after the month's hyphen is its day.
    expect(tag('It was related to an April-5-6 summit meeting in Ottawa.', '1987-03-18').map((m) => m.day)).toEqual([
      '1987-04-05',
      '1987-04-06',
    ]);
    // "for which he could give no reason": a negative looks back, as "could not" does.
    const fed =
      'The spokesman said that natural float ranged from under 500 mln dlrs on Friday, for which he could give no reason, to nearly one billion dlrs on both Thursday and Wednesday.';
    expect(tag(fed, '1987-02-26').at(-1)?.day).toBe('1987-02-25');
  });
  it('"Final terms will be set on, or before, July 8": a deadline', () => {
    const s = 'Final terms will be set on, or before, July 8, and the expected conversion premium is 13 to 18 pct.';
    expect(timelineDays(s, '1987-06-29')).toEqual([]);
  });
  it('"extending its offer of 13 dlrs … for 3.3 mln shares until today from yesterday": yesterday is given up', () => {
    const s =
      '<Qintex America Ltd> said it is again extending its offer of 13 dlrs a share for 3.3 mln Princeville Development Corp shares until today from yesterday.';
    expect(timelineDays(s, '1987-03-11')).toEqual([]);
  });
  it('"the tender offer expires on July eight", "contracts that expired April 30": the end of a term', () => {
    for (const [s, dct] of [
      ['It further stated that the tender offer expires on July eight, unless extended.', '1987-06-19'],
      ['It said the rights expire July three 1987.', '1987-03-05'],
      [
        'Each of the five locals has a separate contract that expired April 30, but the main issues are similar.',
        '1987-06-02',
      ],
      [
        'Ropak Corp said it received and accepted 456,968 common shares in response to its tender offer that expired Friday.',
        '1987-03-02',
      ],
    ] as const)
      expect(timelineDays(s, dct)).toEqual([]);
    // A market's contract expiring is the market's event of the day.
    expect(timelineDays('That means the September options contract would expire August 14.', '1987-04-02')).toEqual([
      '1987-08-14',
    ]);
    expect(timelineDays('The offer will be put to a vote on July eight.', '1987-06-19')).toEqual(['1987-07-08']);
  });
  it('"estimated at 67.5 mln barrels on March one", "a record backlog of 31.8 mln dlrs on March 1": a level', () => {
    for (const [s, dct] of [
      [
        'Triton Energy Corp said proven reserves of the Villespedue oil field were estimated at a total of 67.5 mln barrels on March one.',
        '1987-04-13',
      ],
      [
        'Datametrics said it had a record backlog of funded and unfunded projects of 31.8 mln dlrs on March 1, 1987.',
        '1987-03-05',
      ],
      [
        'He said treasury bills, whose outstanding level touched 95.44 billion pesos on May 20, were going well.',
        '1987-06-02',
      ],
      ['Bowater shares were unchanged at 495p on Thursday.', '1987-04-21'],
    ] as const)
      expect(timelineDays(s, dct)).toEqual([]);
    // Bids accepted at a tender: the tender's day, not a level's.
    expect(
      timelineDays(
        'The Dutch Central Bank said it has accepted bids totalling 4.00 billion guilders at tender this morning.',
        '1987-03-20',
      ),
    ).toEqual(['1987-03-20']);
    // A figure reached by a change on the day stays: "rose to 7.46 billion on Thursday".
    expect(timelineDays('Deposits rose to 7.46 billion on Thursday.', '1987-04-21')).toEqual(['1987-04-16']);
  });
});

describe('a participle after a determiner, a company named Sun, "last" before a planned day', () => {
  it('"will hold a televised news conference on Thursday": ahead', () => {
    const s =
      'President Reagan, ending four months of semi-isolation from the press, will hold a televised news conference on Thursday, the White House said.';
    expect(timelineDays(s, '1987-03-17')).toEqual(['1987-03-19']);
    expect(timelineDays('The televised debate was held on Thursday.', '1987-03-17')).toEqual(['1987-03-12']);
  });
  it('"Atlantic Richfield Co <ARC>, Sun Co <SUN> and Deminex": a company, not Sunday', () => {
    const s = 'Other interest holders include Atlantic Richfield Co <ARC>, Sun Co <SUN> and Deminex AG 10 pct.';
    expect(tag(s, '1987-06-18')).toEqual([]);
  });
  it('"cancel bond issues scheduled for January 20 and last October 20": last October', () => {
    const s = 'It enabled it to cancel bond issues scheduled for January 20 and last October 20.';
    expect(tag(s, '1987-03-31').map((m) => m.day)).toEqual(['1987-01-20', '1986-10-20']);
  });
});

describe('period ends in tables and notes, a company called SAT, the present age', () => {
  it('"for the June 28 first quarter", "changed fiscal year to end February 28", "Feb 28 end", "4th qtr Feb 28"', () => {
    for (const [s, dct] of [
      [
        'Crown Crafts Inc said it expects to report record sales and earnings for the June 28 first quarter.',
        '1987-06-29',
      ],
      [
        'NOTE: 1986 results reflect an 11 month period because the company changed fiscal year to end February 28.',
        '1987-04-07',
      ],
      ['Feb 28 end', '1987-03-12'],
      ['4th qtr Feb 28', '1987-04-08'],
    ] as const)
      expect(timelineDays(s, dct)).toEqual([]);
    // "the end of February" and "ends Friday" are no table headings.
    expect(timelineDays('The strike will end Friday.', '1987-03-11')).toEqual(['1987-03-13']);
  });
  it('"made up of SAT, APT, Cie du Midi": a company, not Saturday', () => {
    expect(
      tag('It is owned by a holding company made up of SAT, APT, Cie du Midi and five mutual funds.', '1987-03-17'),
    ).toEqual([]);
  });
  it('"the democratic institutions of today", "the hog of today": the present age; not "as of today"', () => {
    expect(tag('They are becoming the democratic institutions of today, Shultz said.', '1987-06-16')).toEqual([]);
    expect(tag('The statistics do not reflect the hog of today.', '1987-06-16')).toEqual([]);
    expect(tag("Prices rose at the close of today's session.", '1987-06-16')[0]?.day).toBe('1987-06-16');
    expect(tag('Some dealers said easier fixtures talked of today involved older tonnage.', '1987-04-07')[0]?.day).toBe(
      '1987-04-07',
    );
  });
});

describe('a deadline named before its noun, a security by its maturity, a list of weekdays ahead', () => {
  it('"the July 25 deadline", "the July 31, 1987 expiry of the contract", "notes due Oct 8, 1987"', () => {
    for (const [s, dct] of [
      ['NASD said it could guarantee brokers would meet the July 25 deadline.', '1987-04-08'],
      ['Negotiations began well before the July 31, 1987 expiry of the contract.', '1987-04-27'],
      ['It plans to price 300 mln dlrs of short-term floating rate notes due Oct 8, 1987.', '1987-04-03'],
      ['The cash tender offer expired at 2400 midnight EDT on October 16.', '1987-10-19'],
      [
        'It is launching a five month certificate of deposit programme starting March 6 and ending September 7.',
        '1987-03-03',
      ],
    ] as const)
      expect(timelineDays(s, dct).filter((d) => d !== '1987-03-06')).toEqual([]);
    // The payment falls due on the day: "the next payment is due on September 29".
    expect(tag('The next payment is due on September 29.', '1987-03-02')[0]?.noEvent).toBeUndefined();
  });
  it('"looking ahead to the auctions … on Tuesday, Wednesday and Thursday": all three ahead', () => {
    const s =
      'In looking ahead to the U.S. Treasury mini-refunding auctions of 24.25 billion in T-notes on Tuesday, Wednesday and Thursday, Singapore dealers said the market was cautious.';
    expect(timelineDays(s, '1987-06-19')).toEqual(['1987-06-23', '1987-06-24', '1987-06-25']);
    // "pushed ahead to new contract highs, extending gains past three-year peaks set Monday": done.
    expect(
      timelineDays('Prices pushed ahead to new contract highs, extending gains past peaks set Monday.', '1987-04-07'),
    ).toEqual(['1987-04-06']);
  });
});

describe('a market term, a bank named for a day, a conversion deadline, a counted period, a term due to end', () => {
  it('"April 15-day forward Brent", "the small Sixth of July Bank": no days', () => {
    expect(tag('April 15-day forward Brent crude traded as high as 19.40 dlrs a barrel.', '1987-04-07')).toEqual([]);
    expect(tag('The plan helps depositors in the small Sixth of July Bank.', '1987-04-02')).toEqual([]);
    expect(tag('Delivery is set for the Sixth of July.', '1987-04-02')[0]?.day).toBe('1987-07-06');
    expect(tag('In mid-December 1986 Bank of America sold its unit.', '1987-03-02')[0]?.value).toBe('1986-12');
  });
  it('"until the close of business on April 17", "due to expire this July 24"', () => {
    for (const [s, dct] of [
      ['Holders can convert the securities until the close of business on April 17, Patten said.', '1987-04-02'],
      ['Each debenture is convertible into 12.88 shares before the close of business on June 26.', '1987-06-01'],
      ['It said the existing five-year agreement, due to expire this July 24, was extended to 1988.', '1987-03-25'],
    ] as const)
      expect(timelineDays(s, dct)).toEqual([]);
    // What starts on a day counted from stays: "closed for a week starting August six".
    expect(timelineDays('The plants will be closed for a week starting August six.', '1987-04-01')).toEqual([
      '1987-08-06',
    ]);
  });
});

describe('a Sunday circulation, a standstill due to expire, a fiscal 1987/88 end, an offer ending at an hour', () => {
  it('"an average Sunday circulation of 556,620": a kind of paper\'s sale, not a day', () => {
    const s = 'For the quarter ended March 31, the Post had an average Sunday circulation of 556,620.';
    expect(tag(s, '1987-06-01').map((m) => m.text)).toEqual(['March 31']);
  });
  it('"the standstill arrangement which was due to expire on June 30", "1987/88 ending June 30", "will end at 1700 EDT (2100 GMT) on June 30"', () => {
    for (const [s, dct] of [
      [
        'The new agreement will extend for three years the standstill arrangement which was due to expire on June 30.',
        '1987-03-24',
      ],
      ['Underwriters forecast net profit at 41 mln dlrs in 1987/88 ending June 30.', '1987-04-13'],
      ['The offer will end at 1700 EDT (2100 GMT) on June 30, unless extended.', '1987-06-18'],
      [
        'The letter also allowed room for an extension of that date to April 23 if no agreement was reached.',
        '1987-04-08',
      ],
    ] as const)
      expect(timelineDays(s, dct)).toEqual([]);
  });
});
