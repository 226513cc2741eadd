// "What did Trump say in his statement…" asks about a statement made: an article
// that tells of it only as ahead ("I will be making a statement tomorrow
// morning") does not say what was in it. One that reports it made does.
import { expect, it } from 'vitest';
import { occasionsAsked, toldOnlyAhead } from '../../src/answer/planned.js';
import { engineOver } from '../support/engine-over.js';

const tweet = `Iran fired missiles at two bases in Iraq late on Tuesday.
After the missile attack, Trump wrote on Twitter that all is well.
He will be making a statement tomorrow morning.`;

const ahead = engineOver({ 'strike.txt': ` date 2020-01-08\nMISSILES HIT BASES\n${tweet}` });
const made = engineOver({
  'strike.txt': ` date 2020-01-08\nMISSILES HIT BASES\n${tweet}\nIn a statement on Wednesday morning, Trump said Iran appeared to be standing down.`,
});

it('declines what was said at an occasion the article tells of only as ahead', () => {
  const engine = ahead;
  expect(engine().ask('What did Trump say in his statement after the missile attack?').kind).toBe('not-found');
  // The tweet itself is still what he wrote.
  expect(engine().ask('What did Trump write on Twitter about the missiles?').kind).toBe('answer');
});

it('answers when the article reports the occasion as over', () => {
  const engine = made;
  const r = engine().ask('What did Trump say in his statement after the missile attack?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('standing down');
});

it.each([
  ['What did Trump say in his statement the morning after?', ['statement']],
  ['What did the parliament vote for in its emergency session on Sunday?', ['session']],
  ['How many people were killed in the drone strike along with Soleimani?', ['strike']],
  ['What will Trump say in his statement?', []],
  ['How many troops were in Iraq in total?', []],
] as const)('%s asks of occasions %j', (q, occasions) => {
  expect(occasionsAsked(q)).toEqual(occasions);
});

it.each([
  ['I will be making a statement tomorrow morning.', true],
  ['He is to make a statement on Friday.', true],
  ['He made a statement on Friday. He will make another one.', false],
  ['No one asked him.', false],
  // Only possible, or denied: no statement was made either.
  ["There was speculation that he could make a statement. The White House said there won't be any statement.", true],
  ['In his statement on Friday he said the talks could not go on.', false],
] as const)('%s tells of a statement only ahead: %s', (text, ahead) => {
  expect(toldOnlyAhead(text, 'statement')).toBe(ahead);
});
