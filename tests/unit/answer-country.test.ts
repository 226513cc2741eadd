// "What country is Stoltenberg from?" asks for a country: a sentence about him
// that names none the question does not ("…said he would not speculate") does
// not answer it; "…the entire NATO mission is led by Canada" answers "which country".
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

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
