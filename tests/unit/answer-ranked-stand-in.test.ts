// A word no article uses is ranked as the corpus word the vectors put nearest, when it names a thing: "hacking" by
// "cyber" finds the sentence about cyber attacks. A verb's nearest words are its context ("stationed" by "network"),
// not its meaning: it is left as it is.
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { searchQuestion } from '../../src/answer/question-search.js';
import { rankForQuestion } from '../../src/answer/ranking.js';
import { readQuestion } from '../../src/answer/read-question.js';
import { rankedStandIns } from '../../src/answer/question-words.js';
import { Engine } from '../../src/engine/engine.js';
import { termVectors } from '../support/term-vectors.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.build(path.resolve(import.meta.dirname, '../../corpus'));
});

/** Corpus terms first (cyber, network); then two words no article uses, each below NEAR_SYNONYM from one. */
const vectors = () =>
  termVectors(
    [
      { term: 'cyber', axis: 0 },
      { term: 'network', axis: 1 },
      { term: 'hack', near: 0, similarity: 0.55, axis: 2 },
      { term: 'hacker', near: 0, similarity: 0.6, axis: 3 },
      { term: 'station', near: 1, similarity: 0.65, axis: 4 },
    ],
    2,
  );
const ctx = () => ({ corpus: engine.corpus, index: engine.index, sentences: engine.sentences, vectors: vectors() });

it('stands the nearest corpus word in for a thing no article names, not for a verb', () => {
  const hacking = parseQuestion('Could Iran hit back with hacking instead of bombs?');
  expect(rankedStandIns(ctx(), hacking, []).map((e) => [e.for, e.term])).toEqual([['hack', 'cyber']]);
  const hackers = parseQuestion('Are the Iranians really good hackers?');
  expect(rankedStandIns(ctx(), hackers, []).map((e) => e.term)).toEqual(['cyber']);
  const stationed = parseQuestion('How many American soldiers are stationed in Iraq?');
  expect(rankedStandIns(ctx(), stationed, [])).toEqual([]);
});

it('ranks first the sentence that says the thing otherwise', () => {
  const read = readQuestion(ctx(), 'Could Iran hit back with hacking instead of bombs?');
  const searched = searchQuestion(ctx(), read);
  if (typeof searched === 'string') throw new Error(searched);
  const top = rankForQuestion(ctx(), searched).ranked[0];
  expect(top?.candidate.text).toMatch(/cyber attacks/);
});
