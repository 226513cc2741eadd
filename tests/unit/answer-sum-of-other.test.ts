// A sum set before the noun it measures ("a 1.2 mln dlr advertising campaign") is that thing's: it does not answer
// a question about the sum of something else.
import { expect, it } from 'vitest';
import { holdsAskedKind } from '../../src/answer/asked-kind.js';
import { parseQuestion } from '../../src/answer/question.js';
import { sumsOfOtherThings } from '../../src/answer/ranker.js';
import { sentenceWords } from '../../src/nlp/sentence-words.js';

const other = (question: string, sentence: string) =>
  sumsOfOtherThings(parseQuestion(question), sentenceWords(sentence), sentence, null);

it('reads a sum set before a noun the question does not say as another thing’s', () => {
  const campaign =
    'The owners of the Seabrook nuclear power plant approved a 1.2 mln dlr advertising campaign to inform the public.';
  expect(other('How much did it cost to build the Seabrook nuclear plant?', campaign)).toBe(true);
  const cable = 'Telekom will instal a 100 mln dlrs fibre optic submarine cable to link Sabah and Sarawak.';
  expect(other('What did Syarikat Telekom Malaysia earn in 1986?', cable)).toBe(true);
  // And so the sentence holds no sum of the kind asked.
  const q = parseQuestion('What did Syarikat Telekom Malaysia earn in 1986?');
  expect(holdsAskedKind(q, cable, { answerNear: 0 } as never, null)).toBe(false);
});

it('takes the sum of a thing the question says, a result for a result, and a sum told otherwise', () => {
  const debt = 'La Electricidad faces default on its 622 mln dlr foreign debt, a spokesman said.';
  expect(other('How much foreign debt does La Electricidad de Caracas have?', debt)).toBe(false);
  const profit = 'The company posted a 20 mln dlr profit for the year.';
  expect(other('What did the company earn in 1986?', profit)).toBe(false);
  // A sum not set before a noun ("rose to 20 mln dlrs"), and one sum of the asked thing among others.
  expect(other('What did the company earn in 1986?', 'Net income rose to 20 mln dlrs from 12 mln dlrs.')).toBe(false);
  expect(
    other(
      'How much did the plant cost?',
      'It approved a 1.2 mln dlr advertising campaign for the plant, which cost 4.5 billion dlrs.',
    ),
  ).toBe(false);
  // A deal's sum answers a question of a sum paid or put in, and a verb ends the noun phrase ("…led by").
  const venture = 'Alias Research entered into a four mln dlr venture capital investment led by TA Associates.';
  expect(other('How much money did TA Associates put into Alias Research?', venture)).toBe(false);
  // No sum at all is left to the other checks.
  expect(other('How much did the plant cost?', 'The plant opened in March.')).toBe(false);
});
