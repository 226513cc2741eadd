// "Which central banks bought the 16.1 billion marks…?" is not answered by "…central banks have bought 16.1 billion
// marks, the Bundesbank said, without naming the banks involved": the sentence says it names no one.
import { expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { nameWithheld } from '../../src/answer/withheld.js';

it('takes a sentence that says it names no one as naming no one', () => {
  const q = parseQuestion('Which central banks bought the 16.1 billion marks of intervention?');
  expect(
    nameWithheld(q, 'Central banks have bought 16.1 billion marks, the Bundesbank said, without naming the banks.'),
  ).toBe(true);
  expect(nameWithheld(q, 'The stake was sold to an unidentified buyer.')).toBe(true);
  expect(nameWithheld(q, 'The Bank of France and the Bank of Italy bought 16.1 billion marks.')).toBe(false);
  // Not for a question that asks no name.
  const much = parseQuestion('How many marks did the central banks buy?');
  expect(nameWithheld(much, 'Central banks bought 16.1 billion marks, without naming the banks.')).toBe(false);
});
