// Credit ratings. "What did S&P raise Consumers Power's senior debt rating to?"
// asks the level a rating came to: a credit grade ("to BBB-minus", "to Baa-1"),
// which holds no figure a level question otherwise wants. And "S&P" is the
// agency wire copy names in full ("Standard and Poor's Corp said…").
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'consumers.txt': ` date 1987-03-20
S/P UPGRADES CONSUMERS POWER
Standard and Poor's Corp said it raised Consumers Power's senior debt rating to BBB-minus from BB-plus.
The utility has about 3.3 billion dlrs of debt outstanding.`,
  'acme.txt': ` date 1987-03-21
MOODY'S MAY DOWNGRADE ACME
Moody's Investors Service said it may cut the debt rating of Acme Corp, which has 200 mln dlrs of debt.`,
  'widget.txt': ` date 1987-03-22
WIDGET RATINGS
Moody's Investors Service said it confirmed the debt ratings of Widget Inc.
Standard and Poor's Corp said it placed the debt ratings of Widget Inc on creditwatch with negative implications.`,
});

it('answers a rating raised to a grade with the grade', () => {
  const r = engine().ask("What did S&P raise Consumers Power's senior debt rating to?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('BBB-minus');
});

it('does not take a rating that may be cut for the level it came to', () => {
  expect(engine().ask("What did Moody's cut Acme's debt rating to?").kind).toBe('not-found');
});

it('reads "S&P" as Standard and Poor\'s, not any agency', () => {
  const r = engine().ask("What did S&P do to Widget's debt ratings?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer.split('[1]')[0]).toContain('creditwatch');
});
