// A company typed in lower case that no article and no word vector knows
// ("what was zorblaxian bancorp's net income…") is a name no article mentions:
// "not found", not another company's figures.
import { expect, it } from 'vitest';
import { ask } from '../../src/answer/compose.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';
import { termVectors } from '../support/term-vectors.js';

const engine = engineOver({
  'acme.txt': ` date 1987-07-20
ACME BANCORP 2ND QTR NET RISES
Acme Bancorp said its net income for the second quarter rose to 5.2 mln dlrs from 4.1 mln dlrs a year earlier.`,
  'widget.txt': ` date 1987-07-21
WIDGET SALES FALL
Widget Inc said second quarter sales fell eight pct.`,
});

/** Vectors that know the corpus's words and "tall", but not "zorblaxian". */
const vectors = () =>
  termVectors(
    terms('acme bancorp net income second quarter tall').map((term, axis) => ({ term, axis })),
    6,
  );

it('declines a lower-case company name no article or vector knows', () => {
  const e = engine();
  const ctx = { corpus: e.corpus, index: e.index, sentences: e.sentences, vectors: vectors() };
  const r = ask(ctx, "what was zorblaxian bancorp's net income for the second quarter?");
  expect(r.kind).toBe('not-found');
  // The company it knows is answered, typed in lower case too.
  const acme = ask(ctx, "what was acme bancorp's net income for the second quarter?");
  expect(acme.kind).toBe('answer');
  if (acme.kind === 'answer') expect(acme.answer).toContain('5.2 mln dlrs');
});

it('takes an unknown lower-case word for a name only before a word that ends a company name', () => {
  const e = engine();
  const ctx = { corpus: e.corpus, index: e.index, sentences: e.sentences, vectors: vectors() };
  // "zorblaxian" before "net": a word the vectors lack, but no company's name.
  const r = ask(ctx, "what was acme bancorp's zorblaxian net income for the second quarter?");
  expect(r.kind === 'not-found' && r.message.includes('zorblaxian')).toBe(false);
});
