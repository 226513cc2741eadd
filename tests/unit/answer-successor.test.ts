// "Who replaced Soleimani as head of the Quds Force?" asks for a successor: a
// sentence that says who headed it tells none, and does not answer; one that
// tells the succession does.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const head = ` date 2020-01-04
DRONE STRIKE
The attack on Soleimani came from a drone. He was head of Iran's elite Quds Force, the arm of the Revolutionary Guard abroad.`;

const without = engineOver({ 'strike.txt': head });
const withSuccessor = engineOver({
  'strike.txt': head,
  'successor.txt': ` date 2020-01-05
NEW COMMANDER
Iran's supreme leader named Esmail Qaani to replace Soleimani as head of the Quds Force after he was killed.`,
});

it('declines "who replaced X" when no sentence tells a succession', () => {
  expect(without().ask('Who replaced Soleimani as head of the Quds Force?').kind).toBe('not-found');
});

it('answers it from the sentence that does', () => {
  const r = withSuccessor().ask('Who replaced Soleimani as head of the Quds Force?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Esmail Qaani');
});

const weinberger = engineOver({
  'escort.txt': ` date 1987-05-20
GULF ESCORTS
No action has been taken yet on the offer to escort Kuwaiti tankers through the Gulf, U.S. Defense Secretary Caspar Weinberger said.`,
});

it('reads "who took over from X" as asking for a successor', () => {
  expect(weinberger().ask('Who took over from Caspar Weinberger as U.S. defense secretary?').kind).toBe('not-found');
});
