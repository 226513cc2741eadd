// "Who did Harley-Davidson buy Holiday Rambler from?" asks for the seller, after the preposition left at the end: a
// sentence that says the purchase and no one it was bought from ("…was acquired by Harley-Davidson") does not say.
import { expect, it } from 'vitest';
import { fillsAskedSlot } from '../../src/answer/asked-kind.js';
import { parseQuestion } from '../../src/answer/question.js';

it('asks for a name after the preposition a who-question leaves at its end', () => {
  const q = parseQuestion('Who did Harley-Davidson buy Holiday Rambler from?');
  expect(fillsAskedSlot(q, 'Holiday Rambler was acquired by Harley-Davidson in December 1986.')).toBe(false);
  expect(fillsAskedSlot(q, 'Harley-Davidson bought Holiday Rambler from Winnebago Industries for 155 mln dlrs.')).toBe(
    true,
  );
  const sold = parseQuestion('Who did Allegis sell Hertz to?');
  expect(fillsAskedSlot(sold, 'Allegis agreed to sell Hertz to Park Ridge Corp, a unit of Ford.')).toBe(true);
  expect(fillsAskedSlot(sold, 'Allegis owns United Air Lines and Hertz.')).toBe(false);
  // No preposition left at the end: nothing to fill.
  expect(fillsAskedSlot(parseQuestion('Who bought Hertz?'), 'Allegis owns United Air Lines and Hertz.')).toBe(true);
});
