// A building stands for the body it houses, as a capital does for its government: "the Pentagon spokesman" is the
// defence department's, which an article may name instead.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'missiles.txt': ` date 2020-01-08
MISSILES HIT BASES
Confirming the attacks, the US department of defence spokesman Jonathan Hoffman said the missiles targeted two bases, at Al-Assad and Irbil.`,
  'kirkuk.txt': ` date 2019-12-28
CONTRACTOR KILLED
A Pentagon contractor was killed when rockets struck the base near Kirkuk, and officials said the base was targeted again.`,
});

it('takes the defence department for "the Pentagon" an article does not name', () => {
  const r = engine().ask('Which two bases did the Pentagon spokesman say were targeted?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Al-Assad and Irbil');
});
