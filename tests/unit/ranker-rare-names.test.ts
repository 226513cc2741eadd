// "Which militia leader did the US sanction?": the name a sentence gives may be the answer, and a name rare in GloVe
// has a vector learnt from few contexts. For a question that asks for a name, such a name is left out of the
// sentence's meaning (the cosine feature), so that it does not pull the sentence away from the question.
import { expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { features, type Candidate } from '../../src/answer/ranker.js';
import { TermStats } from '../../src/search/term-stats.js';
import { termVectors } from '../support/term-vectors.js';

const specs = [
  { term: 'militia', axis: 0 },
  { term: 'leader', axis: 1 },
  { term: 'sanction', axis: 2 },
  { term: 'america', axis: 3 },
  { term: 'khazali', axis: 10 },
  { term: 'shiit', near: 0, similarity: 0.6, axis: 11 },
];
const sentence: Candidate = {
  text: 'The US sanctioned Khazali and Shiite militias.',
  kinds: 0,
  proper: ['khazali', 'shiit'],
};
const cosine = (question: string, rare: string[]) =>
  features(parseQuestion(question), sentence, new TermStats(), 8, termVectors(specs, specs.length, rare)).cosine;

it('leaves a rare name out of the sentence meaning when the question asks for a name', () => {
  const question = 'Which militia leader did the US sanction?';
  expect(cosine(question, ['khazali'])).toBeGreaterThan(cosine(question, []) + 0.05);
});

it('keeps a rare name the question says, and every name when the question asks for no name', () => {
  const named = 'Which militia did the US sanction with Khazali?';
  expect(cosine(named, ['khazali'])).toBeCloseTo(cosine(named, []), 6);
  const why = 'Why did the US sanction the militia leader?';
  expect(cosine(why, ['khazali'])).toBeCloseTo(cosine(why, []), 6);
});
