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
