// "How many years in prison was Michael Deaver sentenced to?" asks what was: "Deaver faces a maximum penalty of 25
// years in prison if convicted" gives only what may come to be.
import { expect, it } from 'vitest';
import { onlyPossibleFigures } from '../../src/answer/planned.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'deaver.txt': ` date 1987-03-18
DEAVER INDICTED ON PERJURY CHARGES
Former White House aide Michael Deaver faces a maximum penalty of 25 years in prison if convicted on five counts of perjury.`,
  'boesky.txt': ` date 1987-12-18
BOESKY SENTENCED
Ivan Boesky was sentenced to three years in prison for conspiring to file false stock trading records.`,
});

it('takes figures that may come to be as no answer to a question of the past', () => {
  const q = 'How many years in prison was Michael Deaver sentenced to?';
  expect(
    onlyPossibleFigures(q, 'Deaver faces a maximum penalty of 25 years in prison if convicted on five counts.'),
  ).toBe(true);
  expect(onlyPossibleFigures(q, 'The merger could cost up to 50 mln dlrs, analysts said.')).toBe(true);
  // A figure that was, beside one that may be, answers; so does any figure for a question of what will be.
  expect(onlyPossibleFigures(q, 'Deaver was fined 100,000 dlrs and faces a maximum of 25 years if convicted.')).toBe(
    false,
  );
  expect(onlyPossibleFigures('How many years could Deaver get?', 'Deaver faces a maximum of 25 years.')).toBe(false);
  expect(engine().ask('How many years in prison was Michael Deaver sentenced to?').kind).toBe('not-found');
});

it('answers with a figure that was', () => {
  const r = engine().ask('How many years in prison was Ivan Boesky sentenced to?');
  expect(r.kind === 'answer' && r.answer).toContain('three years');
});
