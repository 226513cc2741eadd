// "What new sanctions did the US impose…?" asks for sanctions: a sentence that says nothing of them, nor its
// paragraph, those beside it or its headline, names none, whatever else of the question it shares.
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { thingAskedUntold } from '../../src/answer/asked-kind.js';
import type { PassageSentence } from '../../src/answer/context.js';
import { Engine } from '../../src/engine/engine.js';
import { termVectors } from '../support/term-vectors.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.build(path.resolve(import.meta.dirname, '../../corpus'));
});

/** Corpus terms first (embargo, regime, iraq); then "sanction" near "embargo" and "regime", and "name" near none. */
const vectors = () =>
  termVectors(
    [
      { term: 'embargo', axis: 0 },
      { term: 'regim', axis: 1 },
      { term: 'iraq', axis: 2 },
      { term: 'sanction', near: 0, similarity: 0.8, axis: 3 },
    ],
    3,
  );
const ctx = () => ({ corpus: engine.corpus, index: engine.index, sentences: engine.sentences, vectors: vectors() });

/** The sentence of the articles that holds `text`, with its passage. */
function sentence(text: string, passageOf = text): PassageSentence {
  const passage = engine.corpus.passages.find((p) => p.text.includes(passageOf));
  if (!passage) throw new Error(`no passage holds ${passageOf}`);
  return { text, passage } as PassageSentence;
}

const sanctions = 'What new sanctions did Trump announce against Iran after the missile strikes on the bases?';

it('declines a sentence that says nothing of the thing asked for', () => {
  const shipments = sentence(
    'On December 4 reports said that intelligence agencies had been tracking new Iranian shipments of ballistic missiles to Iraq.',
  );
  expect(thingAskedUntold(ctx(), sanctions, shipments, [])).toBe(true);
});

it('takes the thing said in other words: a close word, or a synonym the search used', () => {
  const embargo = sentence('The US imposed an embargo on Iran.', 'tracking new Iranian shipments');
  expect(thingAskedUntold(ctx(), sanctions, embargo, [])).toBe(false);
  const freeze = sentence('The US ordered a freeze on Iran.', 'tracking new Iranian shipments');
  expect(thingAskedUntold(ctx(), sanctions, freeze, [{ term: 'freez', weight: 0.3, for: 'sanction' }])).toBe(false);
});

it('takes the thing said in the paragraph or beside it, and no name near it as the word for it', () => {
  // "The US sanctioned Qais Khazali…" is in this sentence's paragraph.
  const khazali = sentence('Khazali’s group is one of many in the Popular Mobilization Units.', 'The US sanctioned');
  expect(thingAskedUntold(ctx(), sanctions, khazali, [])).toBe(false);
  const iraq = sentence('The Iraqi Parliament voted.', 'Iraqi Parliament');
  const near = termVectors(
    [
      { term: 'iraq', axis: 0 },
      { term: 'sanction', near: 0, similarity: 0.8, axis: 1 },
    ],
    1,
  );
  expect(thingAskedUntold({ ...ctx(), vectors: near }, sanctions, iraq, [])).toBe(true);
});

it('asks nothing of a question that names no thing before its verb', () => {
  const shipments = sentence(
    'Reports said that agencies had been tracking shipments.',
    'tracking new Iranian shipments',
  );
  expect(thingAskedUntold(ctx(), 'What did Trump announce after the strikes?', shipments, [])).toBe(false);
});
