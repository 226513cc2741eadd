// "What did the Dallas court decide at the April 8 hearing?" of an article published on March 31: a day named without
// a year is one of the article's own year, and an article published before it cannot report it.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';
import { daysAskedOf, publishedBeforeDays } from '../../src/answer/times-asked.js';

const before = engineOver({
  'acme.txt': ` date 1987-03-31
ACME GETS RESTRAINING ORDER
Acme Corp said a Dallas court granted a temporary restraining order against a former officer. The court set a hearing on April 8 to consider a preliminary injunction against him, the company said.`,
  // The question's words are in the archive, as they are in any large one.
  'board.txt': ` date 1987-03-30
BOARD TO DECIDE ON DIVIDEND
The board will decide on the dividend next month.`,
});

const after = engineOver({
  'acme.txt': ` date 1987-04-09
ACME WINS INJUNCTION
A Dallas court at the April 8 hearing granted Acme Corp a preliminary injunction against a former officer, the company said.`,
  'board.txt': ` date 1987-03-30
BOARD TO DECIDE ON DIVIDEND
The board will decide on the dividend next month.`,
});

it('declines a day asked of an article published before it', () => {
  const q = "What did the Dallas court decide at the April 8 hearing on Acme's injunction?";
  expect(before().ask(q).kind).toBe('not-found');
  expect(after().ask(q).kind).toBe('answer');
});

it('reads a day of the article\'s year only when near after it, and not in "10-year"', () => {
  const asked = (q: string) => daysAskedOf(q);
  expect(publishedBeforeDays(asked('What did the court decide on April 8?'), '1987-03-31')).toBe(true);
  // The day's news, which the timeline tells, plans for it included.
  expect(publishedBeforeDays(asked('What happened on April 8?'), '1987-03-31')).toBe(false);
  expect(publishedBeforeDays(asked('What happened on December 5?'), '1987-01-10')).toBe(false);
  expect(asked('What coupon was set on the November 10-year bond?')).toBeNull();
  // A day something falls due on is no day of the news.
  expect(asked('What dividend did Acme declare payable on April 10?')).toBeNull();
});
