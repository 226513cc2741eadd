// An article may misspell a name once ("Soleilmani" among many "Soleimani"): a sentence that writes it so holds the
// name, when the misspelling is rarer than the name and no word of its own (no word vector knows it).
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'general.txt': ` date 2020-01-04
SOLEIMANI KILLED IN BAGHDAD
Soleimani was killed in a drone strike near Baghdad airport on Friday. Soleimani led the Quds Force for two decades.

Experts wondered whether the regime felt threatened by the general. Soleilmani was also a substantial drain on already stretched Iranian resources.`,
  'oil.txt': ` date 2020-01-04
OIL PRICES JUMP
Oil prices jumped on Friday, a drain on airline budgets already stretched by the holidays.`,
});

it('takes a one-letter misspelling of a name in the article for the name', () => {
  const r = engine().ask('Was Soleimani a drain on stretched resources?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Soleilmani was also a substantial drain');
});
