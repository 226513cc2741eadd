// A question that names a month and year ("…in March 1987?") is about what was reported then: an article
// published that month (or the next, when a month's figures come out) goes before the same story from another.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'a-february.txt': ` date 1987-02-10
The central bank of Ruritania sold 500 billion crowns of bills to absorb a money market surplus, dealers said.
Its reports for 1987 are due in February, March and June.`,
  'b-march.txt': ` date 1987-03-30
The central bank of Ruritania sold 800 billion crowns of bills to absorb a money market surplus, dealers said.
The bank publishes in February, March and June of 1987, officials said.`,
  'c-june.txt': ` date 1987-06-12
The central bank of Ruritania sold 300 billion crowns of bills to absorb a money market surplus, dealers said.
Its 1987 figures come out in February, March and June, it said.`,
};

const engine = engineOver(ARTICLES);

it.each([
  ['March 1987', '800 billion'],
  ['June 1987', '300 billion'],
  ['February 1987', '500 billion'],
])('"…in %s" is answered from that month’s article', (month, amount) => {
  const r = engine().ask(`How much did the central bank of Ruritania sell to absorb the surplus in ${month}?`);
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain(amount);
});
