// A yes/no question is settled by a sentence about what it names: one that
// holds none of its names is about something else.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'iraq.txt': ` date 2020-01-06
IRAQI PARLIAMENT VOTES ON FOREIGN TROOPS
While the NATO training mission has forces confined to their bases, the Iraqi Parliament in an extraordinary session voted for a non-binding resolution to limit the powers of foreign forces and expel them.

The White House said President Trump would respond to any attack by Iran.`,
  'oil.txt': ` date 2020-01-06
OIL PRICES RISE
Oil prices rose on Monday as traders weighed the risk of war in the Gulf.`,
});

it('declines "did the House pass…" when the best sentence names none of the question\'s names', () => {
  expect(engine().ask('Did the House pass a war powers resolution to limit Trump on Iran?').kind).toBe('not-found');
});

it('answers a yes/no question from a sentence that holds its names', () => {
  const r = engine().ask('Did the Iraqi parliament pass a resolution to expel foreign forces?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('non-binding resolution');
});

const rockets = engineOver({
  'kirkuk.txt': ` date 2019-12-28
ROCKETS HIT BASE
Militias fired many rockets at the base on Friday, and fired many more rockets at the base on Saturday.

The widespread assessment is that ISIS doesn't have the capability to fire many rockets.`,
  'market.txt': ` date 2019-12-28
MARKETS QUIET
Markets were quiet on Friday ahead of the holiday.`,
});

it('answers from the sentence that holds its names, ahead of one that shares more of its other words', () => {
  const r = rockets().ask('Can ISIS fire many rockets at the base?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain("ISIS doesn't have the capability");
});

const cells = engineOver({
  'threat.txt': ` date 2020-01-04
IRAN VOWS REVENGE
The attack may lead to revenge attacks on troops. It is believed there are many sleeper cells of Quds groups in many foreign countries which could launch attacks. Experts say Iran may also launch cyber attacks.`,
  'envoy.txt': ` date 2020-01-04
ENVOY SPEAKS
Iran summoned the Swiss envoy, and other countries urged calm.`,
});

it('answers from a sentence whose paragraph holds the name, though the sentence itself does not', () => {
  const r = cells().ask('Does Iran have sleeper cells in other countries?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('sleeper cells');
});
