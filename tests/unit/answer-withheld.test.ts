// An article that says it does not give the figure asked ("did not say how much the Atlantic division lost") answers
// no "how much" about it with its other figures.
import { expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { figureWithheld } from '../../src/answer/withheld.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';

const ARTICLE = `Pan Am Corp said its largest division, the Atlantic, will report a first quarter loss that will be substantially lower than a year ago.
Pan Am said it lost 118.4 mln dlrs in the first quarter of 1986.
Its Atlantic division lost 64.1 mln dlrs in the first quarter of 1986.
The company did not say how much the Atlantic division lost in the first quarter this year.`;

const engine = engineOver({
  'panam.txt': ` date 1987-03-20
PAN AM MAIN UNIT TO REPORT SMALLER LOSS
${ARTICLE.replace(/^Its Atlantic division.*\n/m, '')}`,
  'twa.txt': ` date 1987-03-21
TWA POSTS FIRST QUARTER LOSS
Trans World Airlines said its first quarter loss was 62.3 mln dlrs.`,
});

it('reads "did not say how much" of the question\'s own words as withheld, when the answering sentence lacks one', () => {
  const division = parseQuestion("How much did Pan Am's Atlantic division lose in the first quarter of 1987?");
  const company = new Set(terms('Pan Am said it lost 118.4 mln dlrs in the first quarter of 1986.'));
  expect(figureWithheld(division, ARTICLE, company)).toBe(true);
  // A sentence that says the division gives its figure, of another year (the years are checked elsewhere).
  const before = new Set(terms('Its Atlantic division lost 64.1 mln dlrs in the first quarter of 1986.'));
  expect(figureWithheld(division, ARTICLE, before)).toBe(false);
  // Of other words, another figure: the company's loss is given.
  expect(figureWithheld(parseQuestion('How much did Pan Am lose in the first quarter?'), ARTICLE, company)).toBe(false);
  // Not a question asking a figure.
  expect(figureWithheld(parseQuestion("Which is Pan Am's largest division?"), ARTICLE, new Set())).toBe(false);
});

it('says "not found" for the withheld figure and answers the ones given', () => {
  const e = engine();
  expect(e.ask("How much did Pan Am's Atlantic division lose in the first quarter of 1987?").kind).toBe('not-found');
  const r = e.ask('How much did Pan Am lose in the first quarter of 1986?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('118.4 mln dlrs');
});
