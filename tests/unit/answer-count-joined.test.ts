// "How many stores does Saks operate?" is not counted by "a four-level Saks store": a number joined by a hyphen to the
// word after it counts that word, or names a model. Nor "how many people…" by "40 pct of Americans": a share is no count.
import { expect, it } from 'vitest';
import { counts } from '../../src/answer/counting.js';
import { parseQuestion } from '../../src/answer/question.js';
import { sentenceWords } from '../../src/nlp/sentence-words.js';

const counted = (question: string, text: string) => {
  const q = parseQuestion(question);
  return counts(q.counted ?? [], sentenceWords(text), text, null, [], new Set(q.terms), q.countVerb, q.countDone);
};

it('reads a number joined to the word after it as a count of that word', () => {
  const store = 'BCE agreed with Saks Fifth Avenue to build a four-level Saks store in downtown Minneapolis.';
  expect(counted('How many stores does Saks Fifth Avenue operate?', store)).toBe(false);
  expect(counted('How many levels will the Saks store have?', store)).toBe(true);
  const car = 'Citroen plans to close its Levallois plant, halting production of the 2-CV small car in France.';
  expect(counted('How many cars did Citroen build in 1986?', car)).toBe(false);
});

it('counts a number standing apart, beside a hyphened word', () => {
  expect(counted('How many stores does Saks operate?', 'Saks runs 45 full-line stores across the country.')).toBe(true);
  expect(counted('How many stores does Saks operate?', 'Saks operates 45 stores across the country.')).toBe(true);
});

it('reads a share of people as no count of them', () => {
  const poll = 'A recent Newsweek poll found that just 40 pct of Americans approved of Reagan’s leadership.';
  expect(counted('How many people did Newsweek interview for its poll?', poll)).toBe(false);
  expect(counted('How many people did Newsweek interview?', 'Newsweek interviewed 750 Americans by telephone.')).toBe(
    true,
  );
});
