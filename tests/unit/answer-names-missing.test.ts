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

const chiefs = engineOver({
  'crowe.txt': ` date 1987-10-20
Crowe expects Iran to retaliate

William Crowe, chairman of the U.S. Joint Chiefs of Staff, predicted Iran would retaliate for the strike on its oil platform.`,
  'navy.txt': ` date 1987-10-21
Navy escorts tankers

An admiral said the navy would keep escorting tankers in the Gulf, and that the convoy sailed on Tuesday.`,
  'oil.txt': ` date 1987-10-22
Oil prices rise

Oil prices rose on Wednesday after the strike on the platform, traders said.`,
});

it('does not count a title the asker puts before a name against the article that names the person without it', () => {
  const r = chiefs().ask('What did Admiral William Crowe predict Iran would do after the strike on its oil platform?');
  expect(r.kind === 'answer' && r.answer).toContain('William Crowe, chairman');
  // The name itself must still be there: another William the article lacks is missing whole.
  expect(
    chiefs().ask('What did Admiral William Howe predict Iran would do after the strike on its oil platform?').kind,
  ).toBe('not-found');
});

const cable = engineOver({
  'cable.txt': ` date 1987-06-01
Tribune sells cable system

Tribune Co said it completed the sale of its Danville, Va., cable television system to Cablevision Industries Inc.`,
  'papers.txt': ` date 1987-06-02
Tribune buys papers

Tribune Co said it bought two community newspapers in Virginia from a family trust.`,
  'steel.txt': ` date 1987-06-03
Steel output rises

Steel output rose in May, the institute said, on strong demand from car makers.`,
});

it('finds a US state the article writes short after a city ("Danville, Va.")', () => {
  const r = cable().ask('who bought tribune’s cable tv system in danville virginia');
  expect(r.kind === 'answer' && r.answer).toContain('Cablevision');
});
