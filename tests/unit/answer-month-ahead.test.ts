// A question that names a month and year asks of what happened then: an article published before that month cannot
// report it, though it tells of the same people ("Who led the August 1987 coup attempt…" of a February article on
// earlier attempts).
import { expect, it } from 'vitest';
import { publishedBeforeMonthAsked } from '../../src/answer/times-asked.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'aquino.txt': ` date 1987-02-20
AQUINO FACES ARMY UNREST
Colonel Gregorio Honasan led the February coup attempt against President Corazon Aquino, the army said.
Aquino has faced three coup attempts since she took office.`,
  'korea.txt': ` date 1987-06-10
KOREAN ELECTION CAMPAIGN OPENS
Roh Tae-woo won the nomination of the ruling party for the December 1987 presidential election.
Kim Dae-jung will run for the opposition, his aides said.`,
});

it('declines a past event of a month after the article was published', () => {
  expect(engine().ask('Who led the August 1987 coup attempt against Corazon Aquino?').kind).toBe('not-found');
  expect(engine().ask('who won south korea’s december 1987 presidential election').kind).toBe('not-found');
});

it('answers of a month the article reaches, and of a plan told ahead', () => {
  const asked = engine().ask('Who led the February 1987 coup attempt against Corazon Aquino?');
  expect(asked.kind).toBe('answer');
  expect(asked.kind === 'answer' && asked.answer).toContain('Honasan');
  // A plan for a later month is told before it.
  const ahead = engine().ask('Who will run for the opposition in the December 1987 presidential election?');
  expect(ahead.kind).toBe('answer');
});

it('compares the earliest month named with the publication month', () => {
  expect(publishedBeforeMonthAsked('Who won the December 1987 election?', '1987-06-10')).toBe(true);
  expect(publishedBeforeMonthAsked('Who won the June 1987 election?', '1987-06-10')).toBe(false);
  expect(publishedBeforeMonthAsked('What rose in August 1987?', '1987-04-02')).toBe(true);
  // A span that begins before the article may be told in part.
  expect(publishedBeforeMonthAsked('What rose between March and August 1987?', '1987-04-02')).toBe(false);
  expect(publishedBeforeMonthAsked('Who will win the December 1987 election?', '1987-06-10')).toBe(false);
  expect(publishedBeforeMonthAsked('Who won the election?', '1987-06-10')).toBe(false);
  // The whole of a year, or its end, reaches its last month.
  expect(publishedBeforeMonthAsked('Where did the Dow close on the last trading day of 1987?', '1987-10-19')).toBe(
    true,
  );
  expect(publishedBeforeMonthAsked("What was Argentina's inflation for the whole of 1987?", '1987-03-02')).toBe(true);
  expect(publishedBeforeMonthAsked("What was Argentina's inflation for the whole of 1986?", '1987-03-02')).toBe(false);
  expect(publishedBeforeMonthAsked('What will inflation be for the whole of 1987?', '1987-03-02')).toBe(false);
  expect(publishedBeforeMonthAsked('Why does the company not expect to keep its pace all of 1987?', '1987-03-02')).toBe(
    false,
  );
  expect(publishedBeforeMonthAsked('Who won the December 1987 election?', undefined)).toBe(false);
});
