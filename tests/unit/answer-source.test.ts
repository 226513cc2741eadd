// "Which militia did Reuters say…" asks what Reuters said: the sentence naming
// that source answers before one, scoring a little better, that reports
// another's words.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'attack.txt': ` date 2019-12-28
ROCKET ATTACK ON BASE
In the wake of the rocket attack on the base, Newsweek reported that US officials suspected Iran-backed militias of the rocket attack on the base near Kirkuk.

Reuters reported that the US suspected the Kataib Hezbollah militia of the attack.`,
  'other.txt': ` date 2019-12-29
MARKETS
Oil prices rose on Monday after the attack.`,
});

it('answers "which militia did Reuters say…" with the sentence that names Reuters', () => {
  const r = engine().ask('Which militia did Reuters say the US suspected of the rocket attack on the base?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Kataib Hezbollah');
});

it('keeps the best sentence when the question names no source', () => {
  const r = engine().ask('Which militias did US officials suspect of the rocket attack on the base near Kirkuk?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Newsweek');
});
