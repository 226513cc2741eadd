// "Which engine did GPA finally choose?", "Did the Army end up buying Rapier missiles?": a question of what came of
// something is answered by a sentence that tells the act as done, not by one that tells it as weighed or undecided.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';
import { outcomeAsked, outcomeUntold } from '../../src/answer/outcome.js';

const engine = engineOver({
  'army.txt': ` date 1987-04-02
ARMY WEIGHS AIR DEFENCE MISSILES
The Army has been considering buying some British Rapier missiles as a stop-gap replacement for the Sgt. York gun, officials said.`,
  'navy.txt': ` date 1987-06-12
TENNECO UNIT FACES INQUIRY
The Navy settled the cost overrun claims for 208 mln dlrs in 1978 and then referred the case to the Justice Department.`,
  // The words of "end up paying" are in the archive, as they are in any large one.
  'yards.txt': ` date 1987-06-15
SHIPYARDS SEE SLOW YEAR
Shipyards said suppliers may end up paying more for steel plate this year.`,
});

it('declines what came of a purchase told only as weighed', () => {
  expect(engine().ask('Did the Army end up buying British Rapier missiles?').kind).toBe('not-found');
});

it('answers what came of it when the sentence tells the act as done', () => {
  const r = engine().ask('How much did the Navy end up paying to settle the cost overrun claims?');
  expect(r.kind).toBe('answer');
  expect(r.kind === 'answer' && r.answer).toContain('208 mln dlrs');
});

it('reads "finally", "in the end" and "later" before a verb as asking what came of it', () => {
  expect(outcomeAsked('Which engine did GPA finally choose for the A320s?')).toBe(true);
  expect(outcomeAsked('Who won the takeover fight in the end?')).toBe(true);
  expect(outcomeAsked('Did Deere and GM later revive their talks?')).toBe(true);
  expect(outcomeAsked('What did Deere say a year later?')).toBe(false);
});

it('takes a denial as what came of it, and an act not said as untold', () => {
  const q = 'Did the Army end up buying Rapier missiles?';
  expect(outcomeUntold(q, () => ['buy'], 'The Army decided not to buy Rapier missiles.')).toBe(false);
  expect(outcomeUntold(q, () => ['buy'], 'The Army will buy Rapier missiles next year.')).toBe(true);
  expect(outcomeUntold(q, () => ['buy'], 'The Army said Rapier missiles performed well in tests.')).toBe(true);
  expect(
    outcomeUntold('Will the Army finally buy Rapier missiles?', () => ['buy'], 'The Army plans to buy them.'),
  ).toBe(false);
});
