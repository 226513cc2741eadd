// "What was the death toll of the strike?" of "The attack on Soleimani, 62, came from a drone": an age in apposition is
// the person's, no count of anything; a sentence whose only figure it is gives no toll.
import { expect, it } from 'vitest';
import { holdsAskedKind } from '../../src/answer/asked-kind.js';
import { parseQuestion } from '../../src/answer/question.js';

const near = { answerNear: 1, type: 1 };

it.each([
  ['The attack on Soleimani, 62, came from a missile armed drone.', false],
  ['The attack on Soleimani, 62, killed 10 people.', true],
  ['The attack on Soleimani killed 10 people.', true],
])('"%s" gives a death toll: %s', (text, gives) => {
  const q = parseQuestion('What was the death toll of the attack on Soleimani?');
  expect(q.kind).toBe('number');
  expect(holdsAskedKind(q, text, near)).toBe(gives);
});

it('still takes the age for "how old"', () => {
  const q = parseQuestion('How old was Soleimani?');
  expect(holdsAskedKind(q, 'The attack on Soleimani, 62, came from a missile armed drone.', near)).toBe(true);
});
