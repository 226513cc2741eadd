// "Who became Guinness's new chief executive after Ernest Saunders quit?" asks for a successor, as "who replaced…"
// does: a sentence that tells no succession ("…proceedings against former chief executive Ernest Saunders and
// director Thomas Ward") does not say who.
import { expect, it } from 'vitest';
import { SUCCESSOR_ASKED, tellsSuccession } from '../../src/answer/office-holder.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'guinness.txt': ` date 1987-05-12
GUINNESS SUES SAUNDERS
Guinness Plc said it started court proceedings against former chairman and chief executive Ernest Saunders and director Thomas Ward.`,
  'acme.txt': ` date 1987-05-14
ACME NAMES CHIEF
Acme Corp named John Smith its new chief executive after Paul Jones quit.`,
});

it('reads "who became the new X after…" as asking for a successor', () => {
  expect(SUCCESSOR_ASKED.test("Who became Guinness's new chief executive after Ernest Saunders quit?")).toBe(true);
  expect(SUCCESSOR_ASKED.test('Who became chief executive of Guinness in 1987?')).toBe(false);
  expect(tellsSuccession('Acme Corp named John Smith its new chief executive after Paul Jones quit.')).toBe(true);
});

it('declines a successor no sentence tells of, and answers one told', () => {
  expect(engine().ask("Who became Guinness's new chief executive after Ernest Saunders quit?").kind).toBe('not-found');
  const r = engine().ask("Who became Acme's new chief executive after Paul Jones quit?");
  expect(r.kind === 'answer' && r.answer).toContain('John Smith');
});
