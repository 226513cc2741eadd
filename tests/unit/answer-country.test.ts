// "What country is Stoltenberg from?" asks for a country: a sentence about him
// that names none the question does not ("…said he would not speculate") does
// not answer it; "…the entire NATO mission is led by Canada" answers "which country".
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';
import { namesCountry } from '../../src/answer/asked-kind.js';
import { parseQuestion } from '../../src/answer/question.js';
import type { AnswerContext, PassageSentence } from '../../src/answer/context.js';

const engine = engineOver({
  'nato.txt': ` date 2020-01-06
NATO SUSPENDS TRAINING IN IRAQ
Meanwhile, Jens Stoltenberg, NATO Secretary-General, said he would not speculate on NATO potential actions.
The attack may lead to retribution against NATO troops in the Middle East, or within NATO countries.
Canada has about 500 troops there and the entire NATO mission is led by Canada.`,
});

it('declines "what country is X from" when no sentence about X names a country', () => {
  expect(engine().ask('What country is NATO chief Jens Stoltenberg originally from?').kind).toBe('not-found');
  expect(engine().ask('Which NATO countries pulled their troops out after the attack?').kind).toBe('not-found');
});

it('answers "which country" with a sentence that names one', () => {
  const r = engine().ask('Which country has about 500 troops there?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('led by Canada');
});

// The rarer a term, the longer it is here: the surname is the name's rarest word.
const ctx = { index: { stats: { idf: (t: string) => t.length } } } as unknown as AnswerContext;
const said = (text: string, refers: string[] = []) => ({ text, refers }) as unknown as PassageSentence;

it.each([
  ["Norway's Jens Stoltenberg has led NATO since 2014.", [], true],
  ['Jens Stoltenberg, a former Norwegian prime minister, leads NATO.', [], true],
  ["He added that all members were concerned about Iran's role.", ['stoltenberg'], false],
  ["Stoltenberg said NATO had suspended training. Members were concerned about Iran's role in the region.", [], false],
])('"%s" (held by reference: %j) says where Stoltenberg is from: %s', (text, refers, from) => {
  const q = parseQuestion('What country is NATO Secretary-General Jens Stoltenberg from?');
  expect(namesCountry(ctx, q, said(text, refers))).toBe(from);
});
