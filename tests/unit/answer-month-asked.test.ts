// "What date in December…" names the month and asks for the day: a sentence dated only in that month says what the
// question says, not when.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'cabinet.txt': ` date 2020-01-04
Soleimani in Iraq

Soleimani was a political force in Iraq, as his chairing of the Iraqi cabinet meeting in December showed.`,
  'khazali.txt': ` date 2019-12-28
Militia leader sanctioned

The US sanctioned the militia leader Qais Khazali on December 6, officials said.`,
});

it('declines "what date in December" for a sentence dated only "in December"', () => {
  expect(engine().ask('what date in december did Soleimani chair the Iraqi cabinet meeting?').kind).not.toBe('answer');
});

it('answers "when" from the same sentence when the question does not name the month', () => {
  const r = engine().ask('When did Soleimani chair the Iraqi cabinet meeting?');
  expect(r.kind === 'answer' && r.answer).toContain('cabinet meeting in December');
});

it('answers "when in December" from a sentence that gives the day', () => {
  const r = engine().ask('When in December did the US sanction Qais Khazali?');
  expect(r.kind === 'answer' && r.answer).toContain('December 6');
});
