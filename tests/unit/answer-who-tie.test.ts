// "Who…" asks for a person: of two sentences the ranker can hardly tell
// apart, the one that names someone answers before the one that names no one.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'rally.txt': ` date 2020-01-24
IRAQIS RALLY AGAINST U.S. TROOPS
BAGHDAD (Reuters) - Tens of thousands of Iraqis rallied in central Baghdad on Friday calling for the expulsion of U.S. troops, but the protest mostly dissipated after a few hours despite fears of violence following a cleric's call for a "million strong" turnout.

Populist cleric Moqtada al-Sadr convened the march after the U.S. killing of an Iranian general and an Iraqi paramilitary chief in Baghdad this month, calling for an expulsion. His decision to hold it away from the U.S. embassy looked pivotal in keeping the march peaceful.`,
  'oil.txt': ` date 2020-01-24
OIL PRICES EASE
Oil prices eased on Friday as fears of a conflict in the Middle East faded. Traders said tens of tankers waited off the coast.`,
});

it('answers "who called the march" with the sentence that names the cleric', () => {
  const r = engine().ask('Who called the march in Baghdad for the expulsion of US troops?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Moqtada al-Sadr');
});
