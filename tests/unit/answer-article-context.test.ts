// "…, according to the report on NATO expanding its mission?" says which
// article is meant: its words find the article, and the sentence that answers
// need not hold them.
import { expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'nato.txt': ` date 2020-01-06
NATO WEIGHS A BIGGER TRAINING MISSION IN IRAQ
BRUSSELS (Reuters) - NATO is considering an increase to its training mission in Iraq, senior diplomats said on Monday.

U.S. President Donald Trump called on NATO, founded in 1949 to contain a military threat from the Soviet Union, to do more in the Middle East.

The alliance suspended its training mission after the strike.`,
  'markets.txt': ` date 2020-01-07
OIL PRICES RISE
Oil prices rose on Tuesday as investors weighed the risk of conflict in the Middle East.`,
});

it('reads what the question says of its article apart from what it asks', () => {
  const q = parseQuestion(
    'When was NATO founded, according to the report on NATO possibly expanding its Iraq mission?',
  );
  expect(q.articleContext).toEqual(terms('possibly expanding its Iraq mission'));
  // "report" points at the article: it is not searched for.
  expect(q.terms).not.toContain(terms('report')[0]);
  expect(parseQuestion('When was NATO founded?').articleContext).toBeUndefined();
});

it('answers from a sentence that lacks the words describing the article', () => {
  const r = engine().ask(
    'When was NATO originally founded, according to the report on NATO possibly expanding its Iraq training mission?',
  );
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('1949');
});
