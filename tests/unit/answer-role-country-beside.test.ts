// "Who is Iran's president?" asks for the holder of Iran's office: a sentence whose only president is another
// country's ("President Trump had told reporters…", though it names Iran) does not say who it is.
import { expect, it } from 'vitest';
import { roleCountryBeside } from '../../src/answer/people.js';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';

const trumpOnly = engineOver({
  'trump.txt': ` date 2020-01-07
TRUMP WARNS IRAN
"If Iran does anything that they shouldn't be doing, they're going to be suffering the consequences," President Trump told reporters.`,
});

const both = engineOver({
  'trump.txt': ` date 2020-01-07
TRUMP WARNS IRAN
"If Iran does anything that they shouldn't be doing, they're going to be suffering the consequences," President Trump told reporters.`,
  'rouhani.txt': ` date 2020-01-08
ROUHANI SPEAKS
Iran's President Hassan Rouhani said the country would respond to the killing of its general.`,
});

it.each(["Who is Iran's president?", 'Who is the president of Iran?', "What is the name of Iran's president?"])(
  '%s: declined when only another country’s president is said',
  (question) => {
    expect(trumpOnly().ask(question).kind).toBe('not-found');
  },
);

it("answers with the president said beside Iran's name", () => {
  const r = both().ask("Who is Iran's president?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Hassan Rouhani');
});

it.each([
  ["Who is Iran's president?", 'The Iranian President Hassan Rouhani spoke.', true],
  ['Who is the president of Iran?', 'Hassan Rouhani, the president of Iran, spoke.', true],
  ["Who is Iran's president?", 'President Trump spoke of Iran.', false],
  ['Who is the Iraqi prime minister?', "Adel Abdul Mahdi, Iraq's caretaker prime minister, spoke.", true],
  ['Who is the president?', 'President Trump spoke of Iran.', true],
  ["Who is Iran's president?", 'Iran said it would respond.', true],
])('%s of "%s": %s', (question, text, beside) => {
  expect(roleCountryBeside(parseQuestion(question), text)).toBe(beside);
});
