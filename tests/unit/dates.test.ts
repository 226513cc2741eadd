// The date tagger and its calendar arithmetic. Each resolution rule of the
// tagger is checked on sentences copied from the seed articles (resolved
// against that article's own date line) and on synthetic sentences; property
// tests throw arbitrary text and reference dates at it. Tests marked
// `it.fails` state a rule the tagger breaks today: they flip to failing (and
// must be unmarked) once it is fixed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../src/corpus/document.js';
import { addDays, daysBetween, isoDay, isoWeek, parseIsoDay, weekday, type Ymd } from '../../src/dates/calendar.js';
import {
  looksForward,
  resolveWeekday,
  tagDates,
  winkTimeSpans,
  type DateMention,
  type Granularity,
} from '../../src/dates/tag-dates.js';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');

interface Article {
  dct: string | null;
  body: string;
}

/** A seed article's body and its own date line (null when it has none). */
function article(prefix: string): Article {
  const file = ['000_5d984ed28ad7f45a', '001_4122c65f3db85d11', '002_6bd6c12fd24f382d', '003_e649af23f52b00de'].find(
    (f) => f.startsWith(prefix),
  );
  if (!file) throw new Error(`no article ${prefix}`);
  const raw = readFileSync(path.join(CORPUS_DIR, `${file}.txt`), 'utf8');
  const { date, bodyStart } = parseDateLine(raw);
  return { dct: date, body: raw.slice(bodyStart) };
}

const ARTICLES = { a000: article('000'), a001: article('001'), a002: article('002'), a003: article('003') };

/** A sentence that really occurs in the article, with the article's DCT. */
function fromArticle(a: Article, sentence: string): { sentence: string; dct: string | null } {
  if (!a.body.includes(sentence)) throw new Error(`not in the article: ${sentence}`);
  return { sentence, dct: a.dct };
}

const ymd = (s: string): Ymd => {
  const d = parseIsoDay(s);
  if (!d) throw new Error(`bad day ${s}`);
  return d;
};

/** The one mention covering `phrase` (its `nth` occurrence), checked to start and end exactly on it. */
function mentionAt(text: string, dct: string | null, phrase: string, nth = 0): DateMention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at === -1) throw new Error(`"${phrase}" not in "${text}"`);
  const mentions = tagDates(text, { dct });
  const hits = mentions.filter((m) => m.start < at + phrase.length && at < m.end);
  expect(hits.map((m) => m.text)).toEqual([phrase]);
  const m = hits[0] as DateMention;
  expect([m.start, m.end]).toEqual([at, at + phrase.length]);
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m;
}

function expectMention(
  text: string,
  dct: string | null,
  phrase: string,
  want: { value: string; granularity: Granularity; day?: string | null; relative?: boolean },
): void {
  const m = mentionAt(text, dct, phrase);
  expect({ value: m.value, granularity: m.granularity }).toEqual({ value: want.value, granularity: want.granularity });
  if (want.day !== undefined) expect(m.day).toBe(want.day);
  if (want.relative !== undefined) expect(m.relative).toBe(want.relative);
}

describe('a stretch of time around now', () => {
  it('"in the next few weeks, they said" is no day, though chrono runs on past the comma', () => {
    const ms = tagDates('Spot crude prices could continue their rise in the next few weeks, they said.', {
      dct: '1987-06-29',
    });
    expect(ms.map((m) => m.day)).toEqual([null]);
    expect(ms[0]?.granularity).toBe('duration');
  });
});

describe('a month beside an ordinal that names no day', () => {
  it('"last half May/first half June" and "mid-May, First Chicago" are no May 1', () => {
    const days = (s: string) => tagDates(s, { dct: '1987-04-08' }).map((m) => m.day);
    expect(days('Japan bought rapeseed for last half May/first half June shipment.')).not.toContain('1987-05-01');
    expect(days('The program will be signed in mid-May, First Chicago Ltd said.')).not.toContain('1987-05-01');
    // A month and its ordinal day still are one.
    expect(days('The plant will reopen on May first.')).toContain('1987-05-01');
  });
});

describe('a bare weekday is the most recent such day on or before the DCT', () => {
  it('"on Friday" in a Monday article is the Friday before (000, DCT 2020-01-06)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a000,
      'After the U.S. drone strike on Friday that killed Iranian General Qassem Soleimani',
    );
    expectMention(sentence, dct, 'on Friday', { value: '2020-01-03', granularity: 'day', day: '2020-01-03' });
  });

  it('"on Sunday" the day before the DCT (000)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a000,
      'the Iraqi Parliament in an extraordinary session on Sunday passed a resolution to expel all foreign forces.',
    );
    expectMention(sentence, dct, 'on Sunday', { value: '2020-01-05', granularity: 'day', relative: true });
  });

  it('"late on Tuesday" in a Wednesday article (003, DCT 2020-01-08)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a003,
      '“All is well,” US President Donald Trump wrote on Twitter late on Tuesday.',
    );
    expectMention(sentence, dct, 'on Tuesday', { value: '2020-01-07', granularity: 'day' });
  });

  it('"Tuesday evening US eastern time" keeps the part of day, and "Wednesday" is the DCT itself (003)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a003,
      'The US department of defence confirmed that Iran launched more than a dozen ballistic missiles against its military and coalition forces at two bases in Iraq Tuesday evening US eastern time (early Wednesday morning in India).',
    );
    expectMention(sentence, dct, 'Tuesday evening', { value: '2020-01-07TEV', granularity: 'day', day: '2020-01-07' });
    expectMention(sentence, dct, 'Wednesday morning', {
      value: '2020-01-08TMO',
      granularity: 'day',
      day: '2020-01-08',
    });
  });

  it('"on Friday night" in a Saturday article is the night before (002, DCT 2019-12-28)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a002,
      'A US civilian contractor was killed and several US service members and Iraqi personnel wounded during a rocket attack on the K-1 base near Kirkuk on Friday night.',
    );
    expectMention(sentence, dct, 'on Friday night', { value: '2019-12-27TNI', granularity: 'day', day: '2019-12-27' });
  });

  it('a weekday that is the DCT itself stays on the DCT, a week back only when before it', () => {
    expectMention('He met them on Friday.', '2020-01-03', 'on Friday', { value: '2020-01-03', granularity: 'day' });
    expectMention('He met them on Saturday.', '2020-01-03', 'on Saturday', { value: '2019-12-28', granularity: 'day' });
  });

  it.each([
    ['Ministers will meet on Friday.', 'on Friday'],
    ['Ministers would meet on Friday, officials said.', 'on Friday'],
    ['Ministers meet next Friday.', 'next Friday'],
    ['The minister is to visit Baghdad on Friday.', 'on Friday'],
    ['He plans to visit Baghdad on Friday.', 'on Friday'],
  ])('looks forward when the verb does: %s', (sentence, phrase) => {
    // DCT Monday 2020-01-06: the coming Friday, not the past one.
    expectMention(sentence, '2020-01-06', phrase, { value: '2020-01-10', granularity: 'day' });
  });

  it('a plan in the past ("had been due to") and a forward word in an earlier sentence stay past', () => {
    expectMention('The deal had been due to expire on Friday.', '2020-01-06', 'on Friday', {
      value: '2020-01-03',
      granularity: 'day',
    });
    expectMention('He said he will resign. He met them on Friday.', '2020-01-06', 'on Friday', {
      value: '2020-01-03',
      granularity: 'day',
    });
  });

  it('a present-tense verb of a plan looks forward; reporting verbs, names and nouns do not (synthetic)', () => {
    // DCT Monday 2 March 1987.
    const day = (s: string, phrase: string) => mentionAt(s, '1987-03-02', phrase).day;
    expect(day('The Geneva Auto Show opens on Thursday.', 'on Thursday')).toBe('1987-03-05');
    expect(day('Debt talks reopen in New York on Tuesday.', 'on Tuesday')).toBe('1987-03-03');
    expect(day('The minister leaves for Japan on Saturday.', 'on Saturday')).toBe('1987-03-07');
    expect(day('The statement period ending on Wednesday was calm.', 'on Wednesday')).toBe('1987-03-04');
    // "says" reports; "high hopes" is a noun; "Falls" is part of a name; "follows" relates two past events.
    expect(day('The minister says on Friday that talks failed.', 'on Friday')).toBe('1987-02-27');
    expect(day('Officials expressed high hopes at a briefing on Friday.', 'on Friday')).toBe('1987-02-27');
    expect(day('The line was shut from Cushing to Wichita Falls on Saturday.', 'on Saturday')).toBe('1987-02-28');
    expect(day("The move follows Tuesday's vote.", 'Tuesday')).toBe('1987-02-24');
  });

  it('"since", "ahead of", modals and "expects to" set the direction; a weekday joined to a day ahead is ahead', () => {
    const day = (s: string, phrase: string) => mentionAt(s, '1987-04-03', phrase).day; // a Friday
    expect(day('Shares fell since reporting on Thursday that it would post a loss.', 'on Thursday')).toBe('1987-04-02');
    expect(day("Issues remained unresolved ahead of Thursday's deadline.", 'Thursday')).toBe('1987-04-09');
    expect(day('Orders must be entered by 1530 EST Monday.', 'Monday')).toBe('1987-04-06');
    expect(day('The company expects to complete the sale by Tuesday.', 'Tuesday')).toBe('1987-04-07');
    // Getting ready to act: the act is ahead.
    expect(day('Reagan, preparing to depart for the Venice summit on Wednesday, said…', 'on Wednesday')).toBe(
      '1987-04-08',
    );
    expect(day('The union is poised to strike on Monday.', 'on Monday')).toBe('1987-04-06');
    expect(day('The union has threatened to strike at 1000 hrs EDT on Thursday.', 'on Thursday')).toBe('1987-04-09');
    // A sentence ended just before the day is no cue for it ("has" looks ahead in its own sentence only)…
    expect(
      day('His brother has been found guilty of drunk driving.  On Wednesday, Alarcon spoke.', 'On Wednesday'),
    ).toBe('1987-04-01');
    // …but a capitalised abbreviation's dot ends no sentence.
    expect(day('The plan will come under scrutiny of a court in Orlando, Fla. Monday.', 'Monday')).toBe('1987-04-06');
    expect(
      day(
        'The Bundesbank will not hold a news conference after its regular fortnightly council meeting on Thursday.',
        'on Thursday',
      ),
    ).toBe('1987-04-09');
    expect(day('He fails in talks tomorrow and Sunday.', 'Sunday')).toBe('1987-04-05');
    // Without the day ahead before it, the same wording looks back.
    expect(day('He failed in talks on Sunday.', 'on Sunday')).toBe('1987-03-29');
  });

  it('a day named for its event ("Sunday\'s elections") is the nearest such day, whatever the clause\'s verb does', () => {
    // A Monday article: yesterday's elections, not next week's, though "may force" looks ahead.
    const monday = (s: string, phrase: string) => mentionAt(s, '1987-04-13', phrase).day;
    expect(
      monday(
        "The ruling LDP's setback in Sunday's nationwide local elections may force the government to act.",
        'Sunday',
      ),
    ).toBe('1987-04-12');
    // A Friday article: the coming Sunday is the nearer.
    expect(mentionAt("Sunday's elections will decide the matter.", '1987-04-10', 'Sunday').day).toBe('1987-04-12');
    // A cue before the day still decides ("ahead of").
    expect(monday("Shares rose ahead of Sunday's elections.", 'Sunday')).toBe('1987-04-19');
    // A Tuesday article: a figure set against Friday's, or a past verb after it, is last Friday's, though the coming
    // Friday is nearer.
    const tuesday = (s: string) => mentionAt(s, '1987-04-07', 'Friday').day;
    expect(tuesday("The index hit a new high of 1757 from Friday's 1753 finish.")).toBe('1987-04-03');
    // Set against a figure, even after a modal: "will represent a premium … over Friday's closing price".
    expect(
      tuesday("The conversion price will represent a premium of 9.62 pct over Friday's closing share price."),
    ).toBe('1987-04-03');
    expect(tuesday("Friday's weak employment data braked an ascent in bond yields.")).toBe('1987-04-03');
    expect(tuesday("Friday's employment statistics will be closely watched, he said.")).toBe('1987-04-10');
  });

  it('the weekday that ends a range is read alone: "the week to Wednesday" is the last Wednesday', () => {
    const m = mentionAt(
      'Funds averaged 6.12 pct in the week to Wednesday, up from 6.06 pct.',
      '1987-03-12',
      'Wednesday',
    );
    expect(m.day).toBe('1987-03-11');
  });

  it('resolveWeekday and looksForward agree with the rule', () => {
    const monday = ymd('2020-01-06');
    expect(isoDay(resolveWeekday(monday, 1, 'Monday', 'he said on'))).toBe('2020-01-06');
    expect(isoDay(resolveWeekday(monday, 2, 'Tuesday', 'he said on'))).toBe('2019-12-31');
    expect(isoDay(resolveWeekday(monday, 2, 'Tuesday', 'he will meet them on'))).toBe('2020-01-07');
    expect(isoDay(resolveWeekday(monday, 1, 'next Monday', 'he met them'))).toBe('2020-01-13');
    expect(isoDay(resolveWeekday(monday, 1, 'last Monday', ''))).toBe('2019-12-30');
    expect(looksForward('Iran says it will respond on')).toBe(true);
    expect(looksForward('NATO is to meet on')).toBe(true);
    expect(looksForward('He will say that they met on')).toBe(false);
    expect(looksForward('Mr. Smith said it would. They met on')).toBe(false);
    // "until" looks forward even after a past verb; a participle after a linking verb is no past.
    expect(looksForward('The talks were adjourned until')).toBe(true);
    expect(looksForward('The embassy will stay closed on')).toBe(true);
    expect(looksForward('The embassy stayed closed on')).toBe(false);
  });
});

describe('times read the calendar day from the text, not from a shifted Date', () => {
  it('"7:20 p.m. ET on Friday" stays Friday, whatever the DCT weekday', () => {
    for (const dct of ['2020-01-04', '2020-01-06']) {
      expectMention('The rocket was fired at 7:20 p.m. ET on Friday.', dct, 'at 7:20 p.m. ET on Friday', {
        value: '2020-01-03T19:20',
        granularity: 'time',
        day: '2020-01-03',
      });
    }
  });

  it('"on December 27 at 7:20pm" (002)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a002,
      'The official US statement from CENTCOM says that a rocket attack took place at an Iraqi military base in Kirkuk hosting Coalition troops on December 27 at 7:20pm.',
    );
    expectMention(sentence, dct, 'December 27 at 7:20pm', { value: '2019-12-27T19:20', granularity: 'time' });
  });

  it('late and early clock times keep their day in time zones far from UTC', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'UTC']) {
        process.env.TZ = tz;
        expect(tagDates('At 11:30 p.m. EST on Friday the rockets hit.', { dct: '2020-01-06' })[0]?.value).toBe(
          '2020-01-03T23:30',
        );
        expect(tagDates('at 12:30 a.m. on Friday', { dct: '2020-01-06' })[0]?.value).toBe('2020-01-03T00:30');
        expect(tagDates('It happened yesterday.', { dct: '2020-03-01' })[0]?.value).toBe('2020-02-29');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('today, yesterday, tonight, last night, this morning are relative to the DCT', () => {
  it('"today" (000, DCT 2020-01-06)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a000,
      'Iran has threatened retribution, and NATO is holding an emergency meeting today.',
    );
    expectMention(sentence, dct, 'today', { value: '2020-01-06', granularity: 'day', relative: true });
  });

  it('"Last night" is the night before the DCT (002, DCT 2019-12-28)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a002,
      'Last night reports indicated that Iraqi Federal Police had located the rocket launcher and found four rockets intact.',
    );
    expectMention(sentence, dct, 'Last night', { value: '2019-12-27TNI', granularity: 'day', day: '2019-12-27' });
  });

  it('"tomorrow morning" (003, DCT 2020-01-08)', () => {
    const { sentence, dct } = fromArticle(ARTICLES.a003, 'I will be making a statement tomorrow morning.');
    expectMention(sentence, dct, 'tomorrow morning', { value: '2020-01-09TMO', granularity: 'day' });
  });

  it('yesterday, tonight and this morning, across month and leap-day boundaries', () => {
    expectMention('The talks ended yesterday.', '2020-01-01', 'yesterday', { value: '2019-12-31', granularity: 'day' });
    expectMention('The talks ended yesterday.', '2020-03-01', 'yesterday', { value: '2020-02-29', granularity: 'day' });
    const s = 'He spoke this morning and will speak again tonight.';
    expectMention(s, '2020-01-06', 'this morning', { value: '2020-01-06TMO', granularity: 'day' });
    expectMention(s, '2020-01-06', 'tonight', { value: '2020-01-06TNI', granularity: 'day' });
  });

  it('a part of the day before "yesterday" keeps both ("mid-afternoon yesterday")', () => {
    const s = 'Shares were up at mid-afternoon yesterday in London.';
    const m = mentionAt(s, '2020-01-06', 'mid-afternoon yesterday');
    expect([m.value, m.day]).toEqual(['2020-01-05TAF', '2020-01-05']);
  });

  it('"now" is PRESENT_REF (002)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a002,
      'The pattern of attacks has grown so intense that it now led to casualties.',
    );
    expectMention(sentence, dct, 'now', { value: 'PRESENT_REF', granularity: 'present' });
  });

  it('the estimated flag marks only mentions resolved against an estimated DCT', () => {
    const ms = tagDates('On Friday, January 3, 2020, and again yesterday.', { dct: '2020-01-06', estimated: true });
    expect(ms.map((m) => [m.value, m.relative, m.estimated])).toEqual([
      ['2020-01-03', false, false],
      ['2020-01-05', true, true],
    ]);
    expect(tagDates('again yesterday', { dct: '2020-01-06' })[0]?.estimated).toBe(false);
  });
});

describe('vague parts of a month or year stay month or year level', () => {
  it('"In mid-December" (002, DCT 2019-12-28)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a002,
      'In mid-December Pompeo said the US was reminding Iran’s leaders that',
    );
    expectMention(sentence, dct, 'mid-December', { value: '2019-12', granularity: 'month', day: null });
  });

  it('"early January" and "late 2019" (synthetic)', () => {
    const s = 'Talks began in early January after clashes in late 2019.';
    expectMention(s, '2020-01-20', 'early January', { value: '2020-01', granularity: 'month', day: null });
    expectMention(s, '2020-01-20', 'late 2019', { value: '2019', granularity: 'year', day: null });
    expectMention('at the beginning of January', '2020-04-20', 'the beginning of January', {
      value: '2020-01',
      granularity: 'month',
    });
  });

  it('"at the end of March" is month level too', () => {
    // Got: "end of March" → 2020-03-31, day level.
    const march = tagDates('Talks collapsed at the end of March.', { dct: '2020-04-20' });
    expect(march.map((m) => [m.value, m.granularity, m.day])).toEqual([['2020-03', 'month', null]]);
  });

  it('"the late 1990s" is a decade', () => {
    // Got: no mention at all ("in the 1990s" is found).
    const nineties = tagDates('The militia was founded in the late 1990s.', { dct: '2020-04-20' });
    expect(nineties.map((m) => [m.value, m.granularity])).toEqual([['199', 'decade']]);
  });

  it('"since late October, according to…" ends at the month, not the comma (002)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a002,
      'This is the 11th rocket attack on US and Iraqi forces since late October, according to a US defense official.',
    );
    expectMention(sentence, dct, 'late October', { value: '2019-10', granularity: 'month' });
  });
});

describe('week level for "last week"', () => {
  it('"Last week" in a Saturday article is the ISO week before (002, DCT 2019-12-28)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a002,
      'Last week Israel’s Chief of Staff indicated Israel opposed Iranian entrenchment in Iraq.',
    );
    expectMention(sentence, dct, 'Last week', { value: '2019-W51', granularity: 'week', day: null });
  });

  it('"the week before", "the month before": a period told from the story, no day of its own (off the timeline)', () => {
    // Wire copy's comparison: "rose to 7.20 pct from 7.15 pct the week before" happened on the story's day.
    expectMention('The rate rose to 7.20 pct from 7.15 pct the week before.', '1987-03-10', 'the week before', {
      value: '1987-W10',
      granularity: 'week',
      day: null,
    });
    expectMention('Sales were 5 mln, against 4 mln the month before.', '1987-03-10', 'the month before', {
      value: '1987-02',
      granularity: 'month',
      day: null,
    });
  });

  it('across the year boundary, and this/next week, and weeks ago', () => {
    expectMention('It happened last week.', '2020-01-01', 'last week', { value: '2019-W52', granularity: 'week' });
    expectMention('It happened last week.', '2020-01-06', 'last week', { value: '2020-W01', granularity: 'week' });
    expectMention('They meet next week.', '2020-12-28', 'next week', { value: '2021-W01', granularity: 'week' });
    expectMention('It rose this week.', '2021-01-01', 'this week', { value: '2020-W53', granularity: 'week' });
    expectMention('It began three weeks ago.', '2020-01-06', 'three weeks ago', {
      value: '2019-W51',
      granularity: 'week',
    });
  });
});

describe('months and years without a day are month or year level', () => {
  it('"In August" takes the year before a December DCT (002)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a002,
      'In August he said the US and Israel had conspired to attack PMU munitions warehouses after four blasts destroyed PMU storage facilities in July and August.',
    );
    expectMention(sentence, dct, 'August', { value: '2019-08', granularity: 'month', day: null });
    expect(mentionAt(sentence, dct, 'July').value).toBe('2019-07');
    expect(mentionAt(sentence, dct, 'August', 1).value).toBe('2019-08');
  });

  it('"in December" in a January article is last December (000, DCT 2020-01-06)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a000,
      'he was becoming a powerful political force in his own right as evidenced by his chairing the Iraqi cabinet meeting in December.',
    );
    expectMention(sentence, dct, 'December', { value: '2019-12', granularity: 'month', day: null, relative: true });
  });

  it('"from March one, 1988": a spelled day keeps its written year', () => {
    const text =
      'The warrant will entitle holders to buy one-half common share from March one, 1988, to September one, 1989.';
    expectMention(text, '1987-02-26', 'March one, 1988', { value: '1988-03-01', granularity: 'day' });
  });
  it('"April One", as Reuters spells the first days of a month, is that day; "one of the May" is no date', () => {
    const text = 'TranStar said it will add a third daily nonstop flight April One. Talks resumed May Eight.';
    expectMention(text, '1987-03-10', 'April One', { value: '1987-04-01', granularity: 'day' });
    expectMention(text, '1987-05-20', 'May Eight', { value: '1987-05-08', granularity: 'day' });
    expect(tagDates('He said one of the figures may rise.', { dct: '1987-03-10' })).toEqual([]);
    // In lower case as well; not a count that runs on.
    expectMention('United will start the service June five.', '1987-03-10', 'June five', {
      value: '1987-06-05',
      granularity: 'day',
    });
    const runsOn = tagDates('In May two years ago it failed.', { dct: '1987-03-10' });
    expect(runsOn.map((m) => m.text)).not.toContain('May two');
  });

  it('"Since May 2019" and "in June 2018" (002)', () => {
    const a = fromArticle(ARTICLES.a002, 'Since May 2019 there have been at least a dozen of these attacks.');
    expectMention(a.sentence, a.dct, 'May 2019', { value: '2019-05', granularity: 'month', relative: false });
    const b = fromArticle(ARTICLES.a002, 'That headquarters was destroyed in an airstrike in June 2018.');
    expectMention(b.sentence, b.dct, 'June 2018', { value: '2018-06', granularity: 'month' });
  });

  it('bare years count: "in 2007" (002), "in 1949" (001, no date line)', () => {
    const a = fromArticle(
      ARTICLES.a002,
      'These larger rockets were first used against US forces in 2007, also by pro-Iranian groups in Iraq.',
    );
    expectMention(a.sentence, a.dct, '2007', { value: '2007', granularity: 'year', relative: false });
    const b = fromArticle(ARTICLES.a001, 'founded in 1949 to contain a military threat from the Soviet Union');
    expectMention(b.sentence, b.dct, '1949', { value: '1949', granularity: 'year' });
  });

  it('full days: "On December 17" (002) and "Sept. 13, 2019" (001)', () => {
    const a = fromArticle(
      ARTICLES.a002,
      'On December 17 US CENTCOM said that the US had made clear that attacks would not be tolerated.',
    );
    expectMention(a.sentence, a.dct, 'December 17', { value: '2019-12-17', granularity: 'day', relative: true });
    const b = fromArticle(ARTICLES.a001, 'prepare to clear a building on Al Taqaddum Air Base, Iraq, Sept. 13, 2019.');
    expectMention(b.sentence, b.dct, 'Sept. 13, 2019', { value: '2019-09-13', granularity: 'day', relative: false });
  });

  it('a past-tense verb just before a year-less day keeps it in the past ("ended Jan. 31", synthetic)', () => {
    // Three months ahead would be nearer than nine months back; "ended" says the day is over.
    const s = 'In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.';
    expectMention(s, '1989-10-31', 'Jan. 31', { value: '1989-01-31', granularity: 'day' });
    const t = 'The quarter ended on Oct. 31, when it lost $12.5 million.';
    expect(mentionAt(t, '1989-10-27', 'Oct. 31').value).toBe('1988-10-31');
    // A scheduled day and a day without such a verb still go forward.
    expect(mentionAt('The offer was planned Jan. 31 by the board.', '1989-10-31', 'Jan. 31').value).toBe('1990-01-31');
    expect(mentionAt('The deal is to close by Jan. 31.', '1989-10-31', 'Jan. 31').value).toBe('1990-01-31');
    expect(mentionAt('The offer will be ended Jan. 31.', '1989-10-31', 'Jan. 31').value).toBe('1990-01-31');
  });

  it('seasons, decades, months and years ago (synthetic)', () => {
    const s = 'Unrest grew in the 1990s and again in the fall of 2019, five months ago.';
    expectMention(s, '2020-01-06', '1990s', { value: '199', granularity: 'decade' });
    expectMention(s, '2020-01-06', 'fall of 2019', { value: '2019-FA', granularity: 'season' });
    expectMention(s, '2020-01-06', 'five months ago', { value: '2019-08', granularity: 'month' });
  });

  it.fails('"As far back as February and May" names two months (002)', () => {
    // chrono reads "May rocket launchers" as the modal and leaves "May" out; February alone is found.
    const { sentence, dct } = fromArticle(
      ARTICLES.a002,
      'As far back as February and May rocket launchers aimed at US bases had been found',
    );
    expectMention(sentence, dct, 'February', { value: '2019-02', granularity: 'month' });
    expectMention(sentence, dct, 'May', { value: '2019-05', granularity: 'month' });
  });
});

describe('a range is two mentions, each resolved by the rules', () => {
  it('"from Sept. 14 to Thursday": a written-out start and a bare weekday end', () => {
    const s = 'It bought 254,200 shares from Sept. 14 to Thursday for $15.50 each.';
    expectMention(s, '1989-10-30', 'Sept. 14', { value: '1989-09-14', granularity: 'day' });
    expectMention(s, '1989-10-30', 'Thursday', { value: '1989-10-26', granularity: 'day' });
  });

  it('"today through Nov. 17", "Jan. 3-5" and "10 a.m. to 2 p.m. Friday"', () => {
    const s = 'The bank will buy shares from today through Nov. 17.';
    expectMention(s, '1989-10-27', 'today', { value: '1989-10-27', granularity: 'day' });
    expectMention(s, '1989-10-27', 'Nov. 17', { value: '1989-11-17', granularity: 'day' });
    const t = 'The talks ran Jan. 3-5 in Geneva.';
    expectMention(t, '2020-01-08', 'Jan. 3', { value: '2020-01-03', granularity: 'day' });
    expectMention(t, '2020-01-08', '5', { value: '2020-01-05', granularity: 'day' });
  });

  it('a sentence about a range is found under both of its days', () => {
    const mentions = tagDates('Prices rose from Dec. 30 to Jan. 2, traders said.', { dct: '2020-01-06' });
    expect(mentions.map((m) => m.day)).toEqual(['2019-12-30', '2020-01-02']);
  });
});

describe('offsets from the article date and from the story', () => {
  it('"a year ago" is the same day a year before the DCT; "a year earlier" a year before the day last named', () => {
    const s = 'For the quarter ended Sept. 30, Delta earned $133 million, up from $100 million a year earlier.';
    const earlier = mentionAt(s, '1989-10-26', 'a year earlier');
    expect([earlier.value, earlier.anchored]).toEqual(['1988-09-30', true]);
    const ago = mentionAt('Profit fell from $186 million a year ago.', '1989-10-26', 'a year ago');
    expect([ago.value, ago.anchored]).toEqual(['1988-10-26', true]);
    expect(mentionAt('Sales rose a year ago.', '2020-02-29', 'a year ago').value).toBe('2019-02-28');
  });

  it('"three days later" and "the day before" count from the day last named, and stay off the timeline', () => {
    const s = 'The strike came on Jan. 3, 2020. Three days later, Iran vowed revenge; it had warned the day before.';
    const later = mentionAt(s, '2020-01-08', 'Three days later');
    expect([later.day, later.anchored]).toEqual(['2020-01-06', true]);
    expect(mentionAt(s, '2020-01-08', 'the day before').day).toBe('2020-01-02');
    // With no day named, the article's date is the reference.
    expect(mentionAt('He had met them the day before.', '2020-01-08', 'the day before').day).toBe('2020-01-07');
  });

  it('"the previous Friday" and "the following Monday" count from the day last named', () => {
    const s =
      'London shares closed lower Friday, down 4.5% from the previous Friday. Trading resumes the following Monday.';
    // DCT Monday 1989-10-30: "Friday" is 27 October; the Friday before that is the 20th, the Monday after it the 30th.
    expect(mentionAt(s, '1989-10-30', 'the previous Friday')).toMatchObject({ day: '1989-10-20', anchored: true });
    expect(mentionAt(s, '1989-10-30', 'the following Monday').day).toBe('1989-10-30');
    // No day named yet: from the DCT, a week back for the DCT's own weekday.
    expect(mentionAt('Up from the previous Monday.', '1989-10-30', 'the previous Monday').day).toBe('1989-10-23');
  });

  it('"the day before the crash" is no day the text gives', () => {
    const m = mentionAt('Oct. 12, the day before the crash, was calm.', '1989-10-30', 'the day before');
    expect([m.granularity, m.day]).toEqual(['unresolved', null]);
  });

  it('"by year-end" is the coming December 31, "since year-end" the last one', () => {
    const by = mentionAt('It expects to close the deal by year-end.', '1989-11-02', 'year-end');
    expect([by.value, by.anchored]).toEqual(['1989-12-31', true]);
    expect(mentionAt('The index is up 8% since year-end.', '1989-10-30', 'year-end').value).toBe('1988-12-31');
    expect(tagDates('Year-end bonuses were cut.', { dct: '1989-10-30' })).toEqual([]);
  });
});

describe('words that are not dates', () => {
  it.each([
    // Real sentences: "march" the noun, "may" the modal, a count of rockets.
    [ARTICLES.a001, 'Populist cleric Moqtada al-Sadr convened the march after the U.S. killing of an Iranian general'],
    [ARTICLES.a000, 'The attack may lead to retribution attacks against the many NATO troops'],
    [ARTICLES.a000, 'Leuprecht notes that Iran may also launch cyber attacks'],
    [ARTICLES.a002, 'roughly 11 to 14 rockets struck the base.'],
  ])('nothing in a seed sentence: %#', (a, s) => {
    expect(tagDates(fromArticle(a, s).sentence, { dct: a.dct ?? '2020-01-06' })).toEqual([]);
  });

  it.each([
    'They march on the embassy.',
    'Iran may respond.',
    'May God protect them.',
    'Roughly 11 to 14 rockets struck the base.',
    'At 5 the crowd left.',
    'The talks lasted for two days and ended within 24 hours.',
    'Intel eased 1/8 to 31 7/8; LIN surged 4 5/8 to 112 5/8.',
    'The notes pay 12 3/4% a year.',
    'Sun Microsystems and a Sun spokesman said nothing.',
    'Good evening from Atlanta.',
  ])('nothing in "%s"', (s) => {
    expect(tagDates(s, { dct: '2020-01-06' })).toEqual([]);
  });

  it('a slash date after "on" and an abbreviated weekday with its date are still dates', () => {
    expect(tagDates('The notes mature on 1/8.', { dct: '2020-01-06' }).map((m) => m.value)).toEqual(['2020-01-08']);
    expect(tagDates('Talks resumed Tue., Jan. 7.', { dct: '2020-01-08' }).map((m) => m.day)).toContain('2020-01-07');
  });

  it('the month next to the verb and the modal is still a month', () => {
    const s = 'They may march again in March, as they did in May.';
    expect(tagDates(s, { dct: '2020-01-06' }).map((m) => [m.text, m.value])).toEqual([
      ['March', '2020-03'],
      ['May', '2019-05'],
    ]);
  });
});

describe('a document without a date line gets no invented DCT', () => {
  it('a bare weekday and a day without a year stay unresolved (001)', () => {
    const a = fromArticle(
      ARTICLES.a001,
      'NATO is considering an increase to its training mission in Iraq to relieve the burden on the U.S.-led coalition against Islamic State, senior officials and diplomats said on Tuesday.',
    );
    expect(a.dct).toBeNull();
    expectMention(a.sentence, null, 'on Tuesday', { value: 'XXXX-WXX-2', granularity: 'unresolved', day: null });
    const b = fromArticle(ARTICLES.a001, 'a U.S. drone strike killed a top Iranian commander in Baghdad on Jan. 3.');
    expectMention(b.sentence, null, 'Jan. 3', { value: 'XXXX-01-03', granularity: 'unresolved', day: null });
  });

  it('explicit dates still count (001)', () => {
    const a = fromArticle(ARTICLES.a001, 'Iraq, Dec. 22, 2019. (U.S. Army/Spc. Janzael Sanchez)');
    expectMention(a.sentence, null, 'Dec. 22, 2019', { value: '2019-12-22', granularity: 'day', day: '2019-12-22' });
    expectMention('It began in 2007 and in May 2019.', null, 'May 2019', { value: '2019-05', granularity: 'month' });
  });

  it.each(['this morning', 'three weeks ago', 'in December'])('"%s" is unresolved', (phrase) => {
    const ms = tagDates(`It happened ${phrase}.`, { dct: null });
    expect(ms).toHaveLength(1);
    expect(ms[0]?.granularity).toBe('unresolved');
    expect(ms[0]?.value).toMatch(/^XXXX/);
  });

  // Each of these leaks chrono's stand-in reference date (2000-01-01 noon):
  // "yesterday" → XXXX-12-31, "today" → XXXX-01-01, "last week" → 1999-12-25
  // (day level, not relative), "this month" → 2000-01, "this year" → 2000.
  it.each(['today', 'yesterday', 'tonight', 'last night', 'last week', 'next week', 'this month', 'this year'])(
    '"%s" names no day, month or year of its own',
    (phrase) => {
      const ms = tagDates(`It happened ${phrase}.`, { dct: null });
      expect(ms).toHaveLength(1);
      expect(ms[0]?.granularity).toBe('unresolved');
      expect(ms[0]?.value).toMatch(/^XXXX[-A-Z]*$/); // no digits: nothing in the text gives any
    },
  );

  it('"this month" in an undated article (001)', () => {
    const { sentence, dct } = fromArticle(
      ARTICLES.a001,
      'Populist cleric Moqtada al-Sadr convened the march after the U.S. killing of an Iranian general and an Iraqi paramilitary chief in Baghdad this month.',
    );
    // Got: value 2000-01, granularity month, relative false.
    const m = mentionAt(sentence, dct, 'this month');
    expect([m.granularity, m.relative]).toEqual(['unresolved', true]);
    expect(m.value).toMatch(/^XXXX[-X]*$/);
  });
});

describe('whole seed articles', () => {
  it('tagging the whole body gives the same mentions as tagging with precomputed wink spans', () => {
    for (const a of Object.values(ARTICLES)) {
      expect(tagDates(a.body, { dct: a.dct, timeSpans: winkTimeSpans(a.body) })).toEqual(
        tagDates(a.body, { dct: a.dct }),
      );
    }
  });

  it('in context, sentences resolve as they do alone', () => {
    const a = ARTICLES.a002;
    const at = (phrase: string) => tagDates(a.body, { dct: a.dct }).find((m) => m.text === phrase)?.value;
    expect(at('on Friday night')).toBe('2019-12-27TNI');
    expect(at('Last night')).toBe('2019-12-27TNI');
    expect(at('December 17')).toBe('2019-12-17');
    expect(at('Last week')).toBe('2019-W51');
  });

  it('no mention of a seed article ends in a comma or space', () => {
    for (const a of Object.values(ARTICLES))
      for (const m of tagDates(a.body, { dct: a.dct })) expect(m.text).toMatch(/[^\s,;]$/);
  });

  it('no mention starts with white space', () => {
    // Got: " midnight" and "\n\nMidnight" (chrono's match swallows the white space before noon/midnight).
    for (const s of ['They left at  midnight.', 'Talks ended.\n\nMidnight came and went.', 'x  noon'])
      for (const m of tagDates(s, { dct: '2020-01-06' })) expect(m.text).toMatch(/^\S/);
  });
});

describe('calendar', () => {
  it('parseIsoDay accepts real days and rejects the rest', () => {
    expect(parseIsoDay('2020-02-29')).toEqual({ y: 2020, m: 2, d: 29 });
    expect(parseIsoDay('2000-02-29')).toEqual({ y: 2000, m: 2, d: 29 });
    for (const bad of [
      '2020-13-45',
      '2019-02-29',
      '1900-02-29',
      '2020-00-10',
      '2020-04-31',
      '2020-1-5',
      ' 2020-01-01',
      '',
    ])
      expect(parseIsoDay(bad), bad).toBeNull();
  });

  it('isoWeek at year boundaries', () => {
    const cases: [string, string][] = [
      ['2019-12-28', '2019-W52'],
      ['2019-12-30', '2020-W01'],
      ['2020-01-05', '2020-W01'],
      ['2020-01-06', '2020-W02'],
      ['2020-12-31', '2020-W53'],
      ['2021-01-03', '2020-W53'],
      ['2021-01-04', '2021-W01'],
      ['2018-12-31', '2019-W01'],
      ['2017-01-01', '2016-W52'],
      ['2016-01-03', '2015-W53'],
    ];
    for (const [day, week] of cases) expect(isoWeek(ymd(day)), day).toBe(week);
  });

  it('addDays across months, years and leap days', () => {
    const cases: [string, number, string][] = [
      ['2020-02-28', 1, '2020-02-29'],
      ['2019-02-28', 1, '2019-03-01'],
      ['2000-02-28', 1, '2000-02-29'],
      ['1900-02-28', 1, '1900-03-01'],
      ['2020-03-01', -1, '2020-02-29'],
      ['2020-12-31', 1, '2021-01-01'],
      ['2020-01-31', 30, '2020-03-01'],
      ['2021-01-01', -366, '2020-01-01'],
      ['2021-03-01', -366, '2020-02-29'],
    ];
    for (const [day, n, want] of cases) expect(isoDay(addDays(ymd(day), n)), `${day} ${n}`).toBe(want);
  });

  it('weekday: 2020-01-03 was a Friday, 2000-01-01 a Saturday', () => {
    expect(weekday(ymd('2020-01-03'))).toBe(5);
    expect(weekday(ymd('2000-01-01'))).toBe(6);
  });

  const day = fc
    .record({
      y: fc.integer({ min: 1000, max: 2999 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .filter((x) => parseIsoDay(isoDay(x)) !== null);

  it('property: addDays, daysBetween and weekday agree', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const e = addDays(d, n);
        expect(parseIsoDay(isoDay(e))).toEqual(e);
        expect(daysBetween(d, e)).toBe(n);
        expect(addDays(e, -n)).toEqual(d);
        expect(weekday(e)).toBe((((weekday(d) + n) % 7) + 7) % 7);
      }),
    );
  });

  it('property: the seven days from a Monday share one ISO week, the Sunday before does not', () => {
    fc.assert(
      fc.property(day, (d) => {
        const monday = addDays(d, -((weekday(d) + 6) % 7));
        const week = isoWeek(monday);
        expect(week).toMatch(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/);
        for (let i = 1; i < 7; i++) expect(isoWeek(addDays(monday, i))).toBe(week);
        expect(isoWeek(addDays(monday, -1))).not.toBe(week);
        // The week's Thursday decides its year.
        expect(week.slice(0, 4)).toBe(isoDay(addDays(monday, 3)).slice(0, 4));
      }),
    );
  });

  it.fails('years before 100 are real days too (calendar.ts means to support them)', () => {
    // Got: parseIsoDay('0050-06-15') → null (Date.UTC maps 50 to 1950), isoWeek → "0050-W-99113".
    expect(parseIsoDay('0050-06-15')).toEqual({ y: 50, m: 6, d: 15 });
    expect(isoWeek({ y: 50, m: 6, d: 15 })).toMatch(/^0050-W\d\d$/);
  });
});

describe('properties of tagDates on arbitrary input', () => {
  const VALUE: Record<Granularity, RegExp> = {
    time: /^\d{4}-(0[1-9]|1[0-2])-\d{2}T(([01]\d|2[0-3]):[0-5]\d|24:00)$/,
    day: /^\d{4}-(0[1-9]|1[0-2])-\d{2}(T(MO|AF|EV|NI))?$/,
    week: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?$/,
    month: /^\d{4}-(0[1-9]|1[0-2])$/,
    season: /^\d{4}-(SP|SU|FA|WI)$/,
    year: /^\d{4}$/,
    decade: /^\d{3}$/,
    present: /^PRESENT_REF$/,
    unresolved: /^XXXX(-WXX-[1-7]|-(0[1-9]|1[0-2])(-\d{2})?)?$/,
    duration: /^P(T\d+H\d+M\d+S|T[\dX]+[HM]|[\dX]+(D|W|M|Y|DE))$/,
    set: /^XXXX(-WXX-[1-7]|-XX-XXT(MO|AF|EV|NI)|-\d{2}-\d{2}(T(MO|AF|EV|NI|\d{2}:\d{2}))?|-\d{2})?$/,
  };

  function checkMentions(text: string, dct: string | null, estimated: boolean): void {
    const ms = tagDates(text, { dct, estimated });
    let prevEnd = 0;
    for (const m of ms) {
      expect(m.start).toBeGreaterThanOrEqual(prevEnd); // sorted, not overlapping
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text, 'no trailing space or comma').toMatch(/(?:^.|[^\s,;:])$/su);
      prevEnd = m.end;
      expect(m.value, `${m.granularity} "${m.text}"`).toMatch(VALUE[m.granularity]);
      if (m.granularity === 'time' || m.granularity === 'day') {
        expect(m.day).toBe(m.value.slice(0, 10));
        expect(parseIsoDay(m.day ?? '')).not.toBeNull();
      } else expect(m.day).toBeNull();
      if (m.estimated) expect(estimated && m.relative).toBe(true);
    }
  }

  const dct = fc.option(
    fc
      .record({
        y: fc.integer({ min: 1900, max: 2100 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(isoDay),
    { nil: null },
  );
  const WORDS = [
    'on',
    'Friday',
    'friday',
    'Tuesday evening',
    'last',
    'next',
    'week',
    'night',
    'today',
    'yesterday',
    'tonight',
    'this morning',
    'December 17',
    'Dec. 3',
    'Sept. 13, 2019',
    'mid-December',
    'early',
    'late',
    '2019',
    '1990s',
    'in',
    'since',
    'May',
    'may',
    'march',
    'March',
    'will',
    'would',
    'is to',
    'said',
    'at',
    '7:20 p.m.',
    'ET',
    '11 to 14',
    'ago',
    'three',
    'weeks',
    'months',
    'fall of',
    'now',
    '.',
    ',',
    '\n',
    '“',
    '’',
    'the',
    'noon',
    '0',
    '31',
  ];
  const newsy = fc
    .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 })
    .map((ws) => ws.join(' '));

  it('never throws; offsets and values are well formed (news-like words)', () => {
    fc.assert(fc.property(newsy, dct, fc.boolean(), checkMentions), { numRuns: 300 });
  });

  it('never throws; offsets and values are well formed (any unicode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), dct, fc.boolean(), checkMentions), {
      numRuns: 200,
    });
  });

  it('never throws on long input (up to ~20k characters)', () => {
    const long = fc
      .tuple(newsy, fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 1, max: 40 }))
      .map(([a, b, n]) => `${a} ${b} `.repeat(n).slice(0, 20_000));
    fc.assert(fc.property(long, dct, fc.boolean(), checkMentions), { numRuns: 8 });
    checkMentions('on Friday at 7:20 p.m. in December 2019. '.repeat(500), '2020-01-06', false);
  });
});
