// "Who was the US envoy who…" asks for the person in a role: a sentence that
// says the role is there ("…, a U.S. envoy said") but names no one does not
// answer it.
import { expect, it } from 'vitest';
import { ask } from '../../src/answer/compose.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';
import { termVectors } from '../support/term-vectors.js';

const term = (w: string) => terms(w)[0] ?? w;

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

const roles = engineOver({
  'tofutti.txt': ` date 1987-03-10
DESSERT MAKER PICKS NEW DISTRIBUTOR
To-Fitness Inc said it has been named Florida distributor of the frozen dessert by Tofutti Brands Inc, replacing Pillsbury Co.`,
  'acme.txt': ` date 1987-03-11
WIDGET MAKER NAMES CHAIRMAN
Acme Widget Corp said John Smith was named chairman of the company, succeeding Paul Jones.`,
});
// "chairman" is a little like "distributor" (0.65: a soft match, not the same role).
const roleVectors = () =>
  termVectors(
    [
      { term: term('distributor'), axis: 0 },
      { term: term('chairman'), near: 0, similarity: 0.65, axis: 1 },
    ],
    1,
  );
const askRoles = (question: string) =>
  ask({ corpus: roles().corpus, index: roles().index, vectors: roleVectors() }, question);

it('declines "who is the chairman of X" when the sentence names people but no chairman', () => {
  expect(askRoles('Who is the chairman of Tofutti Brands?').kind).toBe('not-found');
  const r = askRoles('Who is the chairman of Acme Widget?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('John Smith');
});

const headlines = engineOver({
  'tofutti.txt': ` date 1987-03-10
TOFUTTI BRANDS CHAIRMAN CHANGES FISCAL YEAR
Tofutti Brands Inc said it is changing its fiscal year to a calendar year, and it expects to be profitable in 1987.`,
  'grain.txt': ` date 1987-03-10
WHEAT EXPORTS RISE
Wheat exports rose sharply in February, traders said.`,
});

it('answers no "who" from the article its headline names when no sentence names the one asked for', () => {
  expect(headlines().ask('Who is the chairman of Tofutti Brands?').kind).toBe('not-found');
});

const offering = engineOver({
  'thrifty.txt': ` date 1987-06-18
THRIFTY RENT-A-CAR IN INITIAL OFFERING
Thrifty Rent-A-Car System Inc said it filed with the Securities and Exchange Commission for an initial public offering of two mln shares of common stock.

Thrifty said current stockholders will retain two-thirds of the company.

Alex. Brown and Sons Inc will be managing underwriter.`,
  'grain.txt': ` date 1987-06-18
WHEAT EXPORTS RISE
Wheat exports rose sharply in May, traders said.`,
});

it('answers "who is the X of…" from the sentence of the article that holds the role, when the best one does not', () => {
  const r = offering().ask("Who is the managing underwriter for Thrifty Rent-A-Car System's initial public offering?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Alex. Brown and Sons');
  // No sentence of the article holds the role asked for: not found.
  expect(offering().ask("Who is the auditor of Thrifty Rent-A-Car System's initial public offering?").kind).toBe(
    'not-found',
  );
});

const resigned = engineOver({
  'iraq.txt': ` date 2020-01-05
IRAQ IN TURMOIL
Iraqi President Barham Saleh met protest leaders in Baghdad on Sunday.

The Prime Minister has resigned and the President has threatened to resign after almost three months of protests.`,
  'oil.txt': ` date 2020-01-05
OIL PRICES
Oil prices rose on Monday, traders said.`,
});

it('takes an office standing alone ("the President has threatened…") for no one\'s surname', () => {
  // The sentence holds the role asked for but names no prime minister: "President" leads with no "Iraqi President:".
  const r = resigned().ask('Who was the Iraqi prime minister who resigned amid the protests?');
  expect(r.kind).toBe('not-found');
});
