// A pronoun inside a sentence holds, by reference, the question's person named last before it in the passage.
import { expect, it } from 'vitest';
import { personMeant } from '../../src/answer/pronouns.js';
import { parseQuestion } from '../../src/answer/question.js';
import { terms } from '../../src/nlp/terms.js';

const q = parseQuestion('Why might Tehran have been fine with letting Soleimani go to Iraq?');
// A sentence's proper-noun terms, as the index keeps them.
const said = (...proper: string[]) => ({ proper: proper.flatMap((p) => terms(p)) });

it('reads "him" as the person named last before, past a nationality and a month', () => {
  const sentences = [said('Soleimani', 'Iranian'), said('Iraqi', 'December'), said()];
  expect(personMeant(q, sentences, 2, 'allowing him to travel to Iraq may have been a risk')).toEqual(['soleimani']);
});

it('reads a misspelt name as the name', () => {
  const sentences = [said('soleilmani'), said()];
  expect(personMeant(q, sentences, 1, 'he was becoming a force', new Map([['soleilmani', 'soleimani']]))).toEqual([
    'soleimani',
  ]);
});

it('finds no one when someone else was named last, the sentence names someone, or it has no pronoun', () => {
  expect(personMeant(q, [said('soleimani'), said('leuprecht'), said()], 2, 'he said')).toEqual([]);
  expect(personMeant(q, [said('soleimani'), said('leuprecht')], 1, 'Leuprecht said he knew')).toEqual([]);
  expect(personMeant(q, [said('soleimani'), said()], 1, 'the regime allowed the trip')).toEqual([]);
  // A capital named last is no person: the one before it is.
  expect(personMeant(q, [said('Soleimani'), said('Tehran'), said()], 2, 'him')).toEqual(['soleimani']);
});
