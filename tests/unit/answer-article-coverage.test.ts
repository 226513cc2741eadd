// A question that asks for no kind of thing ("Did Iran say it would stop respecting the nuclear deal…?") is answered on
// its words alone: an article that holds little of them in its own words is about another story, however near the
// vectors put its words. A count, a date or a name asked for has its own check, and is let be.
import { expect, it } from 'vitest';
import { articleSaysTooLittle } from '../../src/answer/signals.js';
import { parseQuestion } from '../../src/answer/question.js';

it.each([
  ['Did Iran say it would stop respecting the limits of the nuclear deal after the strike?', 0.08, true],
  ['Did Iran say it would stop respecting the limits of the nuclear deal after the strike?', 0.2, false],
  ['How many soldiers does Canada have in Iraq?', 0.06, false],
  ['When did the rocket attack on K-1 happen?', 0.06, false],
])('%s, its article holding %f of it: too little %s', (question, coverage, tooLittle) => {
  expect(articleSaysTooLittle(parseQuestion(question).kind, coverage)).toBe(tooLittle);
});
