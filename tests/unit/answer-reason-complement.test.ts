// What counts as a reason given: an active causal verb ("…caused delays") gives one, unless what comes before it is
// the event asked about; an infinitive after a noun of intent ("plans to merge", "an agreement to sell") or after a
// verb and words of when ("agreed last week to sell") gives none.
import { expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { givesCause, givesPurpose, givesReason } from '../../src/answer/ranker.js';
import { engineOver } from '../support/engine-over.js';

it.each([
  'Problems over plans to sell some alumina to Bulgaria caused delays.',
  'A strike by dockers prompted the shutdown.',
  'Heavy rains triggered the floods, officials said.',
  'Lower metal prices led to the loss.',
])('reads a cause before an active causal verb: "%s"', (text) => {
  expect(givesCause(text)).toBe(true);
});

it('reads no cause where the event asked about comes before the causal verb', () => {
  const q = parseQuestion('Why did money supply growth overshoot its target?');
  const effect = 'The above-target growth of money supply had prompted some discussion of the targets themselves.';
  expect(givesReason(q, effect)).toBe(false);
  // What caused it, the other way round, is a reason.
  expect(givesReason(q, 'Heavy currency inflows caused money supply growth to overshoot.')).toBe(true);
});

it.each([
  'It said yesterday it plans to merge with Quartz Mountain Gold.',
  'Eskey said it reached an agreement in principle to sell its Yale E. Key subsidiary.',
  'Rothmans agreed last week to sell its Carling stake to Elders IXL.',
  'The default gives preferred holders the right to elect two directors.',
  'Elders made an offer to acquire all of the outstanding shares.',
])('reads no purpose in a noun\'s or a verb\'s infinitive: "%s"', (text) => {
  expect(givesPurpose(text)).toBe(false);
});

it.each([
  'The company cut prices to win back market share.',
  'It made the move to concentrate resources on its drug unit.',
  'Banks will lend the company 400 mln dlrs to finance the purchase.',
])('still reads a purpose in "%s"', (text) => {
  expect(givesPurpose(text)).toBe(true);
});

const engine = engineOver({
  'galactic.txt': ` date 1987-10-22
GALACTIC RESOURCES TO MERGE WITH QUARTZ MOUNTAIN
Galactic Resources Ltd said it plans to merge with Quartz Mountain Gold Corp and said talks were under way.`,
  'alumina.txt': ` date 1987-04-10
GREEK-SOVIET ALUMINA VENTURE DELAYED
The Greek-Soviet alumina plant was due to start in 1986, but problems over plans to sell some alumina to Bulgaria caused delays.`,
});

it('declines "why" of a merger the article only announces, and answers one whose delay it explains', () => {
  expect(engine().ask('Why is Galactic Resources merging with Quartz Mountain Gold?').kind).toBe('not-found');
  const r = engine().ask('Why was the Greek-Soviet alumina plant delayed?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('caused delays');
});
