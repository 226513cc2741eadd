// "How long has Khazali been in charge of Asaib Ahl al-Haq?": a span is someone's or something's. A sentence of the
// article that gives one and names neither ("…after almost three months of protests") does not answer in the stead of
// the one that names him; a span of something asked ("how long did the drills last") is the sentence's that says it.
import { expect, it } from 'vitest';
import { spanOwned } from '../../src/answer/asked-kind.js';
import { parseQuestion } from '../../src/answer/question.js';
import type { Ranked } from '../../src/answer/ranker.js';
import type { PassageSentence } from '../../src/answer/context.js';

const sentence = (text: string) => ({ candidate: { text } }) as unknown as Ranked<PassageSentence>;

it.each([
  [
    'How long has Qais Khazali been in charge of Asaib Ahl al-Haq?',
    'The President has threatened to resign after almost three months of protests.',
    false,
  ],
  ['How long has Qais Khazali been in charge of Asaib Ahl al-Haq?', 'Khazali has led the group for ten years.', true],
  [
    'How long did the protests go on?',
    'The President has threatened to resign after almost three months of protests.',
    true,
  ],
  ['How many protesters were killed?', 'Hundreds were killed in three months of protests.', true],
  // An event's span, given by a sentence on something else.
  [
    "How long did Iran's naval drills with Russia and China last?",
    'Iran has been alleged to be transporting ballistic missiles to Iraq since August 2018.',
    false,
  ],
  ["How long did Iran's naval drills last?", 'The naval drills lasted four days.', true],
])('%s: "%s" gives a span of it: %s', (question, text, owned) => {
  expect(spanOwned(parseQuestion(question), sentence(text))).toBe(owned);
});

it('takes a length of a thing from a sentence that does not name it', () => {
  const q = parseQuestion('How long is the TGV track the EIB loan helps build?');
  expect(spanOwned(q, sentence('The loan will help finance the construction of a 279 km track.'))).toBe(true);
});
