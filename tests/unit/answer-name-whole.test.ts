// A name of two words is said by its words together: an article that says "US" and "White House" does not name the
// US House, and a question about the House's vote is not answered from it.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';
import { ask } from '../../src/answer/compose.js';

const engine = engineOver({
  'address.txt': ` date 2020-01-08
No address tonight

Late in the evening the White House said there would be no address by the president or any other US official.

Lawmakers have argued for weeks over the war powers of the president, and some want a vote to limit them.`,
  'drills.txt': ` date 2020-01-09
Naval drills

Iran is holding naval drills with Russia and China, officials said on Thursday.`,
});

const house = engineOver({
  'vote.txt': ` date 2020-01-10
House votes on war powers

The US House voted on Thursday to limit the president's war powers, officials said.`,
  'drills.txt': ` date 2020-01-09
Naval drills

Iran is holding naval drills with Russia and China, officials said on Thursday.`,
});

/** The share of the question's names that the leading sentence's article lacks. */
function namedMissing(e: ReturnType<typeof engine>, question: string): number | undefined {
  let missing: number | undefined;
  ask(e, question, (s) => (missing = s.namedMissing));
  return missing;
}

it('does not take "US" and "White House" apart for the US House', () => {
  const question = 'Did the US House vote to limit the war powers of the president?';
  expect(namedMissing(engine(), question)).toBeGreaterThan(0.2);
  expect(engine().ask(question).kind).not.toBe('answer');
});

it('finds the US House where an article names it', () => {
  const question = 'Did the US House vote to limit the war powers of the president?';
  expect(namedMissing(house(), question)).toBe(0);
  const r = house().ask(question);
  expect(r.kind === 'answer' && r.answer).toContain('voted on Thursday');
});

const navy = engineOver({
  'carrier.txt': ` date 1987-05-20
Carrier to stay

Defense Secretary Caspar Weinberger said the US Navy would keep the carrier Kitty Hawk on station until June.`,
  'drills.txt': ` date 1987-05-21
Naval drills

Iran held naval drills in the Gulf, officials said on Thursday.`,
});

it('reads a possessive between two names as two names', () => {
  // "Weinberger's Navy": the article never says "Weinberger Navy", and its Navy is the "US Navy"; both are named.
  expect(
    namedMissing(navy(), "Until when was Weinberger's Navy going to keep the carrier Kitty Hawk on station?"),
  ).toBe(0);
});
