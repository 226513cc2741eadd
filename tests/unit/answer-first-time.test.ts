// "When were the 240mm rockets first fired…" asks for the first time: in a near tie, a sentence of the best one's
// story that says "first" goes before one dated on a later firing.
import { expect, it } from 'vitest';
import { preferFirstTimeOnTie } from '../../src/answer/preferences.js';
import { parseQuestion } from '../../src/answer/question.js';
import { rankedIn as ranked, textsOf as texts } from '../support/ranked-sentences.js';

const ctx = { corpus: { documents: [] } } as never;
const later = ranked('The official then referenced 240mm rockets being fired near a US compound in mid-December.', 15);
const first = ranked('These larger rockets were first used against US forces in 2007.', 14);

it('puts first a close sentence of the same story that says "first"', () => {
  const q = parseQuestion('When were the big 240mm rockets first fired at American troops?');
  expect(texts(preferFirstTimeOnTie(ctx, q, [later, first]))[0]).toBe(first.candidate.text);
});

it('leaves the order for a question that does not ask the first time, or a sentence far behind or elsewhere', () => {
  const q = parseQuestion('When were the big 240mm rockets fired at American troops?');
  expect(texts(preferFirstTimeOnTie(ctx, q, [later, first]))[0]).toBe(later.candidate.text);
  const asked = parseQuestion('When were the big 240mm rockets first fired at American troops?');
  const far = ranked(first.candidate.text, 10);
  expect(texts(preferFirstTimeOnTie(ctx, asked, [later, far]))[0]).toBe(later.candidate.text);
  const elsewhere = ranked(first.candidate.text, 14, 1);
  expect(texts(preferFirstTimeOnTie(ctx, asked, [later, elsewhere]))[0]).toBe(later.candidate.text);
});

it('is for "when" questions only', () => {
  const q = parseQuestion('Who first fired the big 240mm rockets at American troops?');
  expect(texts(preferFirstTimeOnTie(ctx, q, [later, first]))[0]).toBe(later.candidate.text);
});
