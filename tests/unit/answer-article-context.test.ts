// "…, according to the report on NATO expanding its mission?" says which
// article is meant: its words find the article, and the sentence that answers
// need not hold them.
import { expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'nato.txt': ` date 2020-01-06
NATO WEIGHS A BIGGER TRAINING MISSION IN IRAQ
BRUSSELS (Reuters) - NATO is considering an increase to its training mission in Iraq, senior diplomats said on Monday.

U.S. President Donald Trump called on NATO, founded in 1949 to contain a military threat from the Soviet Union, to do more in the Middle East.

The alliance suspended its training mission after the strike.`,
  'markets.txt': ` date 2020-01-07
OIL PRICES RISE
Oil prices rose on Tuesday as investors weighed the risk of conflict in the Middle East.`,
});

it('reads what the question says of its article apart from what it asks', () => {
  const q = parseQuestion(
    'When was NATO founded, according to the report on NATO possibly expanding its Iraq mission?',
  );
  expect(q.articleContext).toEqual(terms('possibly expanding its Iraq mission'));
  // "report" points at the article: it is not searched for.
  expect(q.terms).not.toContain(terms('report')[0]);
  expect(parseQuestion('When was NATO founded?').articleContext).toBeUndefined();
});

it('answers from a sentence that lacks the words describing the article', () => {
  const r = engine().ask(
    'When was NATO originally founded, according to the report on NATO possibly expanding its Iraq training mission?',
  );
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('1949');
});

it('reads a clause that places the question in its story as what finds the article', () => {
  const q = parseQuestion('How much profit did Wells Fargo report when it forecast a modest gain for the year?');
  expect(q.articleContext).toEqual(terms('forecast modest gain year'));
  // A when-question is no clause; nor is one that gives a figure; nor one the question cannot spare.
  expect(parseQuestion('When did Wells Fargo forecast a modest gain?').articleContext).toBeUndefined();
  expect(
    parseQuestion('How much cash did the World Bank hold when it refinanced 500 billion yen of loans?').articleContext,
  ).toBeUndefined();
  expect(parseQuestion('How old was Soleimani when he was killed?').articleContext).toBeUndefined();
});

it('reads a clause set off by a comma that says which one (", where Seoul may offer…", ", the ones…") the same way', () => {
  const q = parseQuestion(
    'On what date do the US-South Korea energy talks in Washington, where Seoul may offer to buy Alaskan crude, begin?',
  );
  expect(q.articleContext).toEqual(terms('Seoul may offer buy Alaskan crude'));
  expect(
    parseQuestion(
      'When were the Louvre currency accords agreed in Paris, the ones Balladur wants the industrial countries to stick to?',
    ).articleContext,
  ).toEqual(terms('Balladur wants industrial countries stick'));
  // Not the question itself after a scene ("…, which department did Shultz say…").
  expect(
    parseQuestion(
      'Speaking to the Newspaper Farm Editors of America, which department did George Shultz say should decide on wheat?',
    ).articleContext,
  ).toBeUndefined();
});

it('reads a description set off after a name (", the buyer of…", ", the company that…") the same way', () => {
  expect(
    parseQuestion("Who owns Professor Enterprises, the buyer of American Sports Advisors' handicapping business?")
      .articleContext,
  ).toEqual(terms("buyer American Sports Advisors' handicapping business"));
  expect(
    parseQuestion('What kind of business is Amplicon, the company that filed for an IPO through Kidder Peabody?')
      .articleContext,
  ).toEqual(terms('company filed IPO Kidder Peabody'));
  // Not a name described alone: the rest would ask too little.
  expect(parseQuestion('Who is Stoltenberg, the NATO chief?').articleContext).toBeUndefined();
});

const sale = engineOver({
  'sale.txt': ` date 1987-04-01
AMERICAN SPORTS ADVISORS TO SELL BUSINESS
American Sports Advisors Inc said it agreed to sell its sports handicapping and publication business to Professor Enterprises for about 1,650,000 dlrs.

Professor is owned by American Sports president Edward C. Horowitz and Mike Warren, it said.`,
  'other.txt': ` date 1987-04-01
ACME SETS DIVIDEND
Acme Corp said its board declared a regular quarterly dividend.`,
});

it('answers from the sentence that says what is asked, not the one that retells the description', () => {
  const r = sale().ask("Who owns Professor Enterprises, the buyer of American Sports Advisors' handicapping business?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Horowitz');
});

const trade = engineOver({
  'trade.txt': ` date 1987-03-05
HOUSE PANEL VOTES ON TRADE BILL
WASHINGTON (Reuters) - The House Ways and Means trade subcommittee took its first votes on the trade bill today, cutting 12 sections of the bill, lawmakers said.

The bill is part of an effort to cut the record U.S. trade deficit of 169 billion dlrs last year, they said.`,
});

it('chooses the sentence that answers over the one that retells the story clause', () => {
  const r = trade().ask(
    'How big was the record U.S. trade deficit last year when the House Ways and Means trade subcommittee took its first trade bill votes?',
  );
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('169 billion');
});
