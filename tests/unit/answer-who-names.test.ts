// "Who was the US envoy who…" asks for the person in a role: a sentence that
// says the role is there ("…, a U.S. envoy said") but names no one does not
// answer it.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'envoy.txt': ` date 2020-01-22
ENVOY HOPES FOR TALKS
COPENHAGEN (Reuters) - The United States hopes to discuss its whole relationship with Iraq soon, a U.S. envoy said on Wednesday.`,
  'nato.txt': ` date 2020-01-23
NATO WEIGHS IRAQ MISSION
NATO chief Jens Stoltenberg spoke in Brussels about the training mission in Iraq on Thursday.

The mission trains Iraqi forces, Stoltenberg said.`,
});

it('declines "who was the envoy…" when the sentence names no one, the dateline included', () => {
  const r = engine().ask('Who was the US envoy who spoke in Copenhagen about the relationship with Iraq?');
  expect(r.kind).toBe('not-found');
});

it('answers "who is the NATO chief…" with the sentence that names him', () => {
  const r = engine().ask('Who is the NATO chief who spoke in Brussels about the training mission?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Jens Stoltenberg');
});

const offices = engineOver({
  'iraq.txt': ` date 2020-01-05
IRAN WEIGHS IRAQ'S NEXT GOVERNMENT
BAGHDAD (Reuters) - Iraq's prime minister resigned during the protests, and Iran wants to push a pro-Iranian candidate for Prime Minister.`,
  'alliance.txt': ` date 2020-01-06
NATO WEIGHS IRAQ MISSION
NATO Secretary-General Jens Stoltenberg spoke about the training mission in Brussels on Monday.`,
});

it('declines "which prime minister…" when the sentence names no one, and answers "which secretary-general…"', () => {
  expect(offices().ask('Which Iraqi prime minister resigned during the protests?').kind).toBe('not-found');
  const r = offices().ask('Which NATO secretary-general spoke about the training mission?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Jens Stoltenberg');
});

const governor = engineOver({
  'umoa.txt': ` date 1987-03-25
WEST AFRICAN CENTRAL BANK WANTS ROLE IN IMF TALKS
The Governor of the Central Bank of West African CFA franc zone countries (UMOA) today urged that the bank take part in all talks with the IMF.

Abdoulaye Fadiga told reporters after a meeting of finance ministers that the bank's part in credit talks would help.`,
});

it('answers "who" with the name that opens the sentence after a best one that gives only the role', () => {
  // "UMOA" is an acronym, a body's; the next paragraph opens with the governor's name.
  const r = governor().ask('Who was governor of the central bank for the West African CFA franc zone?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer.startsWith('Abdoulaye Fadiga told reporters')).toBe(true);
});
