// Holidays and days told from the story's own day, through the tagger.
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../src/dates/tag-dates.js';

const tag = (text: string, dct: string | null = '2020-01-08') =>
  tagDates(text, { dct }).map((m) => ({ text: m.text, value: m.value, anchored: m.anchored ?? false }));

describe('holidays are days', () => {
  it.each([
    ['On Christmas Eve, rockets hit the base.', 'Christmas Eve', '2019-12-24'],
    ["Protesters stormed the embassy on New Year's Eve.", "New Year's Eve", '2019-12-31'],
    ['The embassy was quiet on New Year’s Day.', 'New Year’s Day', '2020-01-01'],
    ['He came home for Christmas.', 'Christmas', '2019-12-25'],
    ['Stores opened on Thanksgiving Day.', 'Thanksgiving Day', '2019-11-28'],
    ['Parades were held on Labor Day.', 'Labor Day', '2019-09-02'],
    ['Easter Sunday 2019 was calm.', 'Easter Sunday 2019', '2019-04-21'],
    ['The blasts came on Good Friday, 2019.', 'Good Friday, 2019', '2019-04-19'],
  ])('"%s"', (text, mention, day) => {
    expect(tag(text)).toContainEqual({ text: mention, value: day, anchored: false });
  });

  it('movable feasts fall on their weekday in any year', () => {
    expect(tag('Memorial Day 2020', null)[0]?.value).toBe('2020-05-25');
    expect(tag('Martin Luther King Day 2020', null)[0]?.value).toBe('2020-01-20');
    for (const [year, day] of [
      ['2000', '2000-04-23'],
      ['2008', '2008-03-23'],
      ['2011', '2011-04-24'],
      ['2024', '2024-03-31'],
    ])
      expect(tag(`Easter ${year}`, null)[0]?.value).toBe(day);
  });

  it('"Christmas shopping" is no day, and without a date line a holiday has no year', () => {
    expect(tag('They went Christmas shopping.')).toEqual([]);
    expect(tag('On Christmas Eve, rockets hit the base.', null)).toEqual([
      { text: 'Christmas Eve', value: 'XXXX', anchored: false },
    ]);
  });
});

describe('days told from the story', () => {
  it('"the next day" is the day after the day last named, not after the article date', () => {
    expect(tag('Soleimani was killed on Jan. 3. The next day, crowds gathered.')).toEqual([
      { text: 'Jan. 3', value: '2020-01-03', anchored: false },
      { text: 'The next day', value: '2020-01-04', anchored: true },
    ]);
  });

  it('"later that night", "the previous day", "the same day" keep to the story', () => {
    const s = 'Missiles hit the bases on Jan. 7. Later that night, Trump spoke; the previous day he had tweeted.';
    expect(tag(s).slice(1)).toEqual([
      { text: 'Later that night', value: '2020-01-07TNI', anchored: true },
      { text: 'the previous day', value: '2020-01-06', anchored: true },
    ]);
    expect(tag('The same day, NATO met.')).toEqual([{ text: 'The same day', value: '2020-01-08', anchored: true }]);
  });

  it('"the eighth day of" an operation is the story day', () => {
    expect(tag('Today is the eighth day of the operation.').at(-1)).toMatchObject({ value: '2020-01-08' });
    expect(tag('It was the second day of an offensive.')).toEqual([
      { text: 'the second day', value: '2020-01-08', anchored: true },
    ]);
    // Plural and ordinal days that are not a day of something now stay out.
    expect(tag('In the first days after the strike, he hid.')).toEqual([]);
    expect(tag('He won on the second day of trading, Jan. 6.').map((m) => m.text)).toEqual(['Jan. 6']);
  });

  it('"over the weekend" is the weekend, not its Saturday', () => {
    expect(tag('Over the weekend, he spoke.')).toEqual([{ text: 'weekend', value: '2020-W01-WE', anchored: false }]);
    expect(tag('He will speak over the weekend.')[0]?.value).toBe('2020-W02-WE');
  });
});
