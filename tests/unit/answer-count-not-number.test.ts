// "How many people work for Gandalf?" is not answered by "two new products, one of which…" (the vectors put "one"
// near "people"), nor "How many teleprinters…" by "AN/UGC-136 military teleprinters" (a model's number).
import { expect, it } from 'vitest';
import { counts } from '../../src/answer/counting.js';
import { sentenceWords } from '../../src/nlp/sentence-words.js';
import { terms } from '../../src/nlp/terms.js';
import { termVectors } from '../support/term-vectors.js';

it('never takes a number word for the thing counted, however near the vectors put it', () => {
  const [people, one] = ['people', 'one'].map((w) => terms(w)[0] ?? w);
  const vectors = termVectors(
    [
      { term: people ?? '', axis: 0 },
      { term: one ?? '', near: 0, similarity: 0.8, axis: 1 },
    ],
    2,
  );
  const products = 'Gandalf said it introduced two new products, one of which connects to other computers.';
  expect(counts(terms('people'), sentenceWords(products), products, vectors)).toBe(false);
  const staff = 'Gandalf said it employs 1,200 people.';
  expect(counts(terms('people'), sentenceWords(staff), staff, vectors)).toBe(true);
});

it("does not count by a model's number joined to its letters", () => {
  const model = 'E-Systems won a Navy contract for the production of AN/UGC-136 military teleprinters.';
  expect(counts(terms('teleprinters'), sentenceWords(model), model)).toBe(false);
  const fighters = 'Saudi Arabia agreed to buy 40 F-16 fighters.';
  expect(counts(terms('fighters'), sentenceWords(fighters), fighters)).toBe(true);
  const many = 'E-Systems will deliver 300 teleprinters.';
  expect(counts(terms('teleprinters'), sentenceWords(many), many)).toBe(true);
});
