// "From which Iranian city were the missiles fired?" asks what follows "from": a sentence whose "from" names only what
// the question already says ("launched from Iran") does not say which city.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const charter = ` date 2020-01-08
Zarif cites the Charter

Iran's foreign minister Javad Zarif said Iran acted in self-defence under Article 51 of the UN Charter.`;

const country = engineOver({
  'charter.txt': charter,
  'strike.txt': ` date 2020-01-08
Missiles hit two bases

Officials said the ballistic missiles were launched from Iran and struck two bases in Iraq, at Al-Assad and Irbil.`,
  'drills.txt': ` date 2020-01-09
Naval drills

Iran is holding naval drills with Russia and China, officials said on Thursday.`,
});

const payment = engineOver({
  'payment.txt': ` date 1987-03-02
Guinness payment

The payment of 5.2 mln stg to the lawyer was made via Marketing Consultants Ltd, a company in Jersey.`,
  'drills.txt': ` date 2020-01-09
Naval drills

Iran is holding naval drills with Russia and China, officials said on Thursday.`,
});

const city = engineOver({
  'strike.txt': ` date 2020-01-08
Missiles hit two bases

Officials said the ballistic missiles were launched from Tabriz in north-west Iran and struck two bases in Iraq, at Al-Assad and Irbil.`,
  'drills.txt': ` date 2020-01-09
Naval drills

Iran is holding naval drills with Russia and China, officials said on Thursday.`,
});

const question = 'From which Iranian city were the ballistic missiles launched at the bases in Iraq?';

it('declines when the place after "from" is only the country the question names', () => {
  expect(country().ask(question).kind).not.toBe('answer');
});

it('answers when the sentence names a place after "from"', () => {
  const r = city().ask(question);
  expect(r.kind === 'answer' && r.answer).toContain('Tabriz');
});

it('takes "in", "at" and "near" for one another, and the kind asked as the start of a name', () => {
  const r = country().ask('With which countries is Iran holding naval drills?');
  expect(r.kind === 'answer' && r.answer).toContain('Russia and China');
  expect(country().ask('In which places did the ballistic missiles strike bases?').kind).toBe('answer');
  const article = country().ask('Under which article of the UN Charter did Zarif say Iran acted?');
  expect(article.kind === 'answer' && article.answer).toContain('Article 51');
});

it('reads a preposition left at the end after a participle, and "via" for "through"', () => {
  const stranded = 'Which part of Iran were the ballistic missiles launched from?';
  expect(country().ask(stranded).kind).not.toBe('answer');
  const r = city().ask(stranded);
  expect(r.kind === 'answer' && r.answer).toContain('Tabriz');
  const via = payment().ask('Which company was the payment to the lawyer routed through?');
  expect(via.kind === 'answer' && via.answer).toContain('Marketing Consultants');
});

const STRIKE = ` date 2020-01-03
GENERAL KILLED
Soleimani had flown in to Baghdad on Friday. A U.S. drone strike killed Soleimani near the airport.`;
const flown = engineOver({
  'strike.txt': STRIKE,
  'damascus.txt': ` date 2020-01-04
FLIGHT FROM DAMASCUS
Soleimani had flown in from Damascus shortly before the drone strike, officials said.`,
});
const untold = engineOver({ 'strike.txt': STRIKE });

it('reads "where … from" after an irregular participle and its particle, with a time after it', () => {
  const question = 'Where had Soleimani flown in from just before the drone strike?';
  expect(untold().ask(question).kind).not.toBe('answer');
  const r = flown().ask(question);
  expect(r.kind === 'answer' && r.answer).toContain('Damascus');
});
