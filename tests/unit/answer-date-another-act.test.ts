// "When did Iran attack the oil tankers?" of "Iran has already attacked oil tankers in the Gulf of Oman. It also
// attacked Saudi Arabia in September.": the second sentence, read with the first, dates another act. Its date answers
// a question about that act, not one about the first.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'attacks.txt': ` date 2019-12-30
IRAN'S ATTACKS
Iran has already attacked oil tankers in the Gulf of Oman and downed a drone. It also attacked Saudi Arabia in September.

Iraq is a country that has been in turmoil for years.`,
});

it('does not date an act by the date of another the next sentence tells ("It also…")', () => {
  expect(engine().ask('When did Iran attack the oil tankers in the Gulf of Oman?').kind).toBe('not-found');
});

it('dates the act the next sentence tells by its own date', () => {
  const r = engine().ask('When did Iran attack Saudi Arabia?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toMatch(/^In September 2019/);
});
