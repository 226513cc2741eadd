// Some questions ask of one act whatever else they ask: who won a contest, when a treaty was signed, when a firm was
// founded, what a maker makes. A sentence that tells of the thing but not of the act does not answer them.
import { expect, it } from 'vitest';
import { foundingUntold, productsUntold } from '../../src/answer/asked-kind.js';
import { signingUntold, winUntold } from '../../src/answer/outcome.js';
import { engineOver } from '../support/engine-over.js';

it('asks a win of a contest, and finds it told or not', () => {
  const q = 'Who won the bidding war for RJR Nabisco?';
  expect(winUntold(q, 'Shore mentioned potential buyers for Gillette including RJR Nabisco Inc.')).toBe(true);
  expect(winUntold(q, 'Kohlberg Kravis Roberts won the bidding war for RJR Nabisco.')).toBe(false);
  expect(winUntold('Did Dukakis win the 1988 presidential election?', 'Dukakis plans to seek the nomination.')).toBe(
    true,
  );
  expect(winUntold('Did Cehave win its Hague court case?', 'Cehave will begin proceedings as a test case.')).toBe(true);
  // A loss settles a yes/no question of a win.
  expect(winUntold('Did Cehave win its court case?', 'Cehave lost the case in the Hague court.')).toBe(false);
  // A contract or an order is won in other words ("placed a 320 mln dlr order with CFM"): not asked as a contest.
  expect(winUntold('Who won GPA’s engine order?', 'GPA placed a 320 mln dlr order with CFM International.')).toBe(
    false,
  );
});

it('asks a signing, and finds it told or not', () => {
  const q = 'When did Reagan and Gorbachev sign the INF treaty?';
  const offer =
    'Welcoming Gorbachev’s offer Saturday to proceed with a treaty on INF, Reagan said it removes an obstacle.';
  expect(signingUntold(q, offer)).toBe(true);
  expect(signingUntold(q, 'Reagan and Gorbachev signed the treaty in Washington on December 8.')).toBe(false);
  expect(signingUntold('Who signed the telex?', 'The telex was signed by Carlos Hernandez Delfino.')).toBe(false);
  expect(signingUntold('When was the protocol ratified?', 'Parliament ratified the protocol in May.')).toBe(false);
  expect(signingUntold('When was the treaty drafted?', offer)).toBe(false);
});

it('asks a founding, and finds a beginning told or not', () => {
  const q = 'When was the Reuters news agency founded?';
  expect(foundingUntold(q, 'His plea, in an interview with Reuters and the television news agency Visnews…')).toBe(
    true,
  );
  expect(foundingUntold(q, 'Reuters was set up in London in 1851.')).toBe(false);
  expect(foundingUntold('Who founded Apple?', 'Steven Jobs, the company’s co-founder, left in 1985.')).toBe(false);
  // "found" is also "find": not a founding asked.
  expect(foundingUntold('What did the inspectors find?', 'Inspectors said the tanks leaked.')).toBe(false);
});

it('asks what a maker makes, and finds making or goods told or not', () => {
  const q = 'What does DeRose Industries make?';
  expect(productsUntold(q, 'Robert A. DeRose has retired as chairman and chief executive officer.')).toBe(true);
  expect(productsUntold(q, 'DeRose Industries, a maker of mobile homes, said…')).toBe(false);
  expect(productsUntold('What kind of products does Sanyo manufacture?', 'Sanyo produces batteries.')).toBe(false);
  // "What did the minister make of it?" asks an opinion.
  expect(productsUntold('What did the minister make of it?', 'The minister said nothing.')).toBe(false);
  expect(productsUntold('Who makes the jeans?', 'Robert A. DeRose has retired as chairman.')).toBe(false);
});

const engine = engineOver({
  'telex.txt': ` date 1987-05-22
Venezuela bars brokers abroad
Venezuela's central bank has ordered banks to cease foreign exchange operations with brokers based outside the country, according to a copy of a central bank telex.
The telex, issued on May 19, was signed by Carlos Hernandez Delfino, manager of international operations.`,
  'talks.txt': ` date 1987-02-28
Reagan welcomes offer
Welcoming Soviet leader Mikhail Gorbachev's offer Saturday to proceed with a treaty on intermediate range nuclear forces, President Reagan said it removed a serious obstacle.`,
});

it('declines a signing no sentence of the article tells, and takes one told after the sentence that leads', () => {
  expect(engine().ask('When did Reagan and Gorbachev sign the nuclear forces treaty?').kind).toBe('not-found');
  const r = engine().ask('Who signed the Venezuelan central bank telex?');
  expect(r.kind === 'answer' && r.answer).toContain('Carlos Hernandez Delfino');
});
