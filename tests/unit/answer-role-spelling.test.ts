// The stemmer makes "commander" and "Command" one term: "Who is the commander of US Central Command?" must not be
// answered by a sentence that says only the body's name. The role is wanted as the question spells it.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const MARINES = ` date 2020-01-02
MARINES REINFORCE EMBASSY
A U.S. Marine assigned to the Crisis Response force of US Central Command carries a sand bag to strengthen a security post at the Baghdad embassy.`;

const engine = engineOver({
  'marines.txt': MARINES,
  'centcom.txt': ` date 2020-01-08
GENERAL BRIEFS CONGRESS
General Kenneth McKenzie, the commander of US Central Command, briefed lawmakers on the strikes.`,
});

const marinesOnly = engineOver({
  'marines.txt': MARINES,
});

it('answers with the sentence that says the commander', () => {
  const r = engine().ask('Who is the commander of US Central Command?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Kenneth McKenzie');
});

it('declines when the articles name only the command', () => {
  expect(marinesOnly().ask('Who is the commander of US Central Command?').kind).toBe('not-found');
});
