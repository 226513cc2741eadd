// A question of a result ("How much did Sturm Ruger earn?") is not answered by a sentence whose every sum is a deal's
// (a bid, a price): the mirror of a question of a deal that a result's sum does not answer.
import { expect, it } from 'vitest';
import { holdsAskedKind } from '../../src/answer/asked-kind.js';
import { parseQuestion } from '../../src/answer/question.js';
import { sumsMeasureDeals } from '../../src/answer/ranker.js';
import { sentenceWords } from '../../src/nlp/sentence-words.js';

const deals = (question: string, sentence: string) =>
  sumsMeasureDeals(parseQuestion(question), sentenceWords(sentence), sentence);

const BID =
  'Sturm, Ruger and Co Inc said it submitted a bid in excess of 60 mln dlrs for Smith and Wesson, a unit of Lear Siegler.';

it('reads every sum of a deal as no result', () => {
  expect(deals('How much did Sturm Ruger earn in 1986?', BID)).toBe(true);
  expect(deals('What was Sturm Ruger’s 1986 profit?', BID)).toBe(true);
  const q = parseQuestion('How much did Sturm Ruger earn in 1986?');
  expect(holdsAskedKind(q, BID, { answerNear: 1, type: 1 }, null)).toBe(false);
});

it('takes a result beside the deal, a question of a deal, and a sum of neither', () => {
  expect(
    deals('How much did Sturm Ruger earn in 1986?', 'Sturm Ruger earned 30 mln dlrs on sales of 160 mln dlrs.'),
  ).toBe(false);
  expect(
    deals('How much did Sturm Ruger earn in 1986?', 'Its bid of 60 mln dlrs came as net income rose to 30 mln dlrs.'),
  ).toBe(false);
  expect(deals('How much did Sturm Ruger bid for Smith and Wesson?', BID)).toBe(false);
  expect(deals('How much did Sturm Ruger earn in 1986?', 'The company has 40 mln dlrs in cash.')).toBe(false);
});
