// "What was the Dow's closing level on December 31, 1987?": a full date names its month as "December 1987" does, and
// its day: an article published before either cannot report it, though the date is left out of the words searched.
// A day something falls due on ("payable on December 15, 1987") is no time of the news.
import { expect, it } from 'vitest';
import { daysAskedOf, monthsAskedOf, publishedBeforeDays } from '../../src/answer/times-asked.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'dow.txt': ` date 1987-10-16
DOW CLOSES LOWER
The Dow Jones industrial average fell 108 points to close at 2246.74 points today.`,
  'acme.txt': ` date 1987-10-14
ACME SETS DIVIDEND
Acme Corp declared a quarterly dividend of 15 cts a share, payable on December 15, 1987, to holders of record November 20.`,
});

it("declines a closing level asked of a day after the archive's articles", () => {
  expect(engine().ask("What was the Dow Jones industrial average's closing level on December 31, 1987?").kind).toBe(
    'not-found',
  );
});

it('declines a day later in the month than the article', () => {
  expect(engine().ask('How many points did the Dow Jones industrial average fall on October 21, 1987?').kind).toBe(
    'not-found',
  );
  const r = engine().ask('How many points did the Dow Jones industrial average fall on October 16, 1987?');
  expect(r.kind === 'answer' && r.answer).toContain('108 points');
});

it("reads a day with its year as that day, one without in the article's year", () => {
  expect(daysAskedOf('How many points did the Dow gain on October 21, 1987?')).toEqual(['1987-10-21']);
  expect(daysAskedOf('What did the court decide at the April 8 hearing?')).toEqual(['04-08']);
  expect(publishedBeforeDays(['1987-10-21'], '1987-10-20')).toBe(true);
  expect(publishedBeforeDays(['1987-10-21'], '1987-10-21')).toBe(false);
  expect(publishedBeforeDays(['1986-10-21'], '1987-03-02')).toBe(false);
});

it('answers of a day the article reaches, and of a day something falls due on', () => {
  const dow = engine().ask("What was the Dow Jones industrial average's closing level on October 16, 1987?");
  expect(dow.kind === 'answer' && dow.answer).toContain('2246.74');
  const paid = engine().ask('How much is the Acme dividend payable on December 15, 1987?');
  expect(paid.kind === 'answer' && paid.answer).toContain('15 cts');
});

it('reads the month of a full date, but not of a day something falls due on', () => {
  expect(monthsAskedOf('What did the Dow close at on December 31, 1987?')?.named).toEqual(['1987-12']);
  expect(monthsAskedOf('What is the dividend payable on December 15, 1987?')).toBeNull();
});
