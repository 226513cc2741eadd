// "When did X do Y?" is answered by a sentence that dates Y, which says Y: a
// sentence about X dated on the day it was said dates something else.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'acme.txt': ` date 1987-10-19
ACME CHAIRMAN SEES GROWTH
Acme Corp chairman John Smith said today the company would expand its plant in Ohio.
Smith joined Acme as a salesman in 1979.`,
  'widget.txt': ` date 1987-10-20
WIDGET NAMES PRESIDENT
Widget Inc said Mary Jones became its president on October 1.
Its treasurer resigned in May after a dispute over pay.`,
});

it('declines "when" when the dated sentence does not say what happened', () => {
  expect(engine().ask('When did John Smith resign from Acme?').kind).toBe('not-found');
});

it('answers "when" from the sentence that says what happened', () => {
  const joined = engine().ask('When did John Smith join Acme?');
  expect(joined.kind).toBe('answer');
  if (joined.kind === 'answer') expect(joined.answer).toContain('1979');
  const became = engine().ask('When did Mary Jones become president of Widget?');
  expect(became.kind).toBe('answer');
  if (became.kind === 'answer') expect(became.answer).toContain('October 1');
});
