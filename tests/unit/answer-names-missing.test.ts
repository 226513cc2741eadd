// A name of several words the leading article lacks weighs as its rarest word does, each word: "US House" is as
// specific as "House", and an article that says "U.S." often but never "House" lacks the name whole.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

// "U.S." in every article; "House" in one (the White House), not the one about the vote.
const engine = engineOver({
  'parliament.txt': ` date 2020-01-05
Iraqi parliament votes on US troops

The Iraqi Parliament voted for a non-binding resolution asking the government to expel U.S. troops from Iraq, after the U.S. strike.`,
  'powers.txt': ` date 2020-01-06
War powers

U.S. lawyers debated the war powers of the president in a long U.S. tradition.`,
  'white-house.txt': ` date 2020-01-07
The White House

The White House said U.S. diplomats would travel to Baghdad.`,
  ...Object.fromEntries(
    ['oil', 'wheat', 'steel', 'cars', 'gold'].map((x, i) => [
      `${x}.txt`,
      ` date 2020-01-0${i + 1}\nU.S. ${x}\n\nU.S. ${x} prices changed little on the day, U.S. dealers said.`,
    ]),
  ),
});

const HOUSE = 'How did the US House vote on the war powers resolution about the troops in Iraq?';

it('weighs a missing name of several words by its rarest word', () => {
  // By its words' own weights, "US" (in every article) and "House" are a sixth of the question; as the name, more.
  expect(engine().ask(HOUSE).kind).toBe('not-found');
  // The Iraqi Parliament, which the article names, still answers.
  const r = engine().ask('How did the Iraqi Parliament vote on the war powers resolution about the troops in Iraq?');
  expect(r.kind === 'answer' && r.answer).toContain('non-binding resolution');
});
