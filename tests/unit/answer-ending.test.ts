// "When did the strike end?" asks the end of something: a sentence that tells it going on dates only the day it was
// reported.
import { expect, it } from 'vitest';
import { endingUntold } from '../../src/answer/times-asked.js';
import { engineOver } from '../support/engine-over.js';

it.each([
  [
    'When did the Cominco strike end?',
    'Cominco said it expects to meet today with two locals on strike at its smelter.',
    true,
  ],
  ['When did the Cominco strike end?', 'The strike ended on Monday when workers ratified a new contract.', false],
  ['When did the Cominco strike end?', 'Workers went back to work on June 8.', false],
  ['When did the talks finish?', 'The talks were called off on Friday.', false],
  // "End" as a noun asks no end.
  ['When is the dividend payable at the end of the quarter?', 'The dividend is payable April 15.', false],
  ['When did the year-end audit start?', 'The audit started on March 2.', false],
] as const)('%s / %s → untold %s', (question, sentence, untold) => {
  expect(endingUntold(question, sentence)).toBe(untold);
});

const engine = engineOver({
  'cominco.txt': ` date 1987-06-01
COMINCO TO MEET STRIKING LOCALS
Cominco Ltd said it expects to meet today with two of five United Steelworkers locals on strike at its Trail smelter and Kimberley mine.`,
  'autolatina.txt': ` date 1987-07-10
AUTOLATINA STRIKE ENDS
The strike at Autolatina's Sao Paulo plants ended on July 9 after workers accepted a 12 pct wage rise.`,
});

it('declines "when did the strike end" of a strike told going on, and answers it of one told ending', () => {
  expect(engine().ask("When did the strike at Cominco's Trail smelter and Kimberley mine end?").kind).toBe('not-found');
  const r = engine().ask("When did the strike at Autolatina's Sao Paulo plants end?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('July 9');
});
