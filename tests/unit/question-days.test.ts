// A question names a day however it is typed: "on dec 6" as "on Dec 6".
import { expect, it } from 'vitest';
import { datesInQuestion } from '../../src/answer/answer-dates.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'council.txt': ` date 2019-12-08
COUNCIL ACTS
The council sanctioned Acme Corp on December 6 for late filings.
The council will meet again in the spring.`,
});

it.each(['on Dec 6', 'on dec 6', 'on december 6th', 'on dec. 6'])('reads "%s" as a day', (said) => {
  const dates = datesInQuestion(`Who did the council sanction ${said}?`, engine().timeline);
  expect(dates ? [...dates.days] : []).toEqual(['2019-12-06']);
});

it('leaves "may" before no day a word', () => {
  expect(datesInQuestion('who may the council sanction next?', engine().timeline)).toBeNull();
});

it('answers a lower-case question about that day', () => {
  const r = engine().ask('who did the council sanction on dec 6?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Acme Corp');
});

it.each([
  'How much did Acme lose in its fiscal year ended Dec 6?',
  'What is the yield on the bills maturing Dec 6?',
  'What rate do the notes due December 6 pay?',
])('reads no day of the news in the end of a period or a maturity: %s', (question) => {
  expect(datesInQuestion(question, engine().timeline)).toBeNull();
});

const results = engineOver({
  'tofutti.txt': ` date 1987-03-10
TOFUTTI CHANGES FISCAL YEAR
Tofutti Brands Inc said it is changing its fiscal year to a calendar year from a year ending July 31.
The company lost 658,000 dlrs on sales of 11.6 mln dlrs in the year ended July 31.`,
});

it('answers a sum for a year that ended on a day, from the sentence that gives it', () => {
  const r = results().ask('How much did Tofutti Brands lose in its fiscal year ended July 31?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('658,000 dlrs');
});
