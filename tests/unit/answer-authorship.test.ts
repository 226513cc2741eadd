// "Who wrote…" asks for a writer: a sentence of the story that tells of no writing names none.
import { expect, it } from 'vitest';
import { authorshipUntold } from '../../src/answer/asked-kind.js';

it.each([
  [
    'Which Reuters reporter wrote the story on the earthquake?',
    'Oil installations were not damaged by an earthquake.',
    true,
  ],
  [
    'Which Reuters reporter wrote the story on the earthquake?',
    'The story was written by correspondent Ana Ruiz.',
    false,
  ],
  ['Who wrote the report on the budget?', 'The report, whose author is Jane Doe, says the budget is short.', false],
  // No writing asked.
  ['Who damaged the oil installations?', 'Oil installations were not damaged by an earthquake.', false],
] as const)('%s / %s → untold %s', (question, sentence, untold) => {
  expect(authorshipUntold(question, sentence)).toBe(untold);
});
