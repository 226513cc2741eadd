// "How many Canadian soldiers were pulled out of Iraq?" counts those something was done to: "Canada has about 500
// troops there" counts all it has, and does not say how many were pulled out.
import { expect, it } from 'vitest';
import { counts } from '../../src/answer/counting.js';
import { sentenceWords } from '../../src/nlp/sentence-words.js';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'troops.txt': ` date 2020-01-07
CANADA KEEPS TROOPS IN IRAQ
Canada has about 500 troops there and the entire NATO mission is led by Canada.
Protests have swept the country and 500 Iraqis have been killed and 19,000 wounded.`,
});

it.each([
  ['How many Canadian soldiers were pulled out of Iraq?', true],
  ['How many people got hurt in the protests?', true],
  ['How many Iraqis have been injured during the protests?', true],
  ['How many Canadian troops are in Iraq?', undefined],
  ['How many Iraqi MPs voted for the bill?', undefined],
])('%s: what was done to what is counted: %s', (question, done) => {
  expect(parseQuestion(question).countDone).toBe(done);
});

it.each([
  ['Canada has about 500 troops there.', false],
  ['Canada has close to 500 troops there.', false],
  ['Canada pulled 500 troops out of Iraq.', true],
  ['The toll has risen to 500 troops.', true],
])('"%s" counts the troops pulled out: %s', (text, counted) => {
  expect(counts(['troop'], sentenceWords(text), text, null, [], new Set(['troop']), 'pull', true)).toBe(counted);
});

it('declines a count of what was done when the articles only say how many there are', () => {
  expect(engine().ask('How many Canadian troops were pulled out of Iraq?').kind).toBe('not-found');
  const there = engine().ask('How many Canadian troops are in Iraq?');
  expect(there.kind).toBe('answer');
  if (there.kind === 'answer') expect(there.answer).toContain('500 troops');
  const killed = engine().ask('How many Iraqis have been killed in the protests?');
  expect(killed.kind).toBe('answer');
  if (killed.kind === 'answer') expect(killed.answer).toContain('500 Iraqis');
});

// "How many of the Iranian missiles were intercepted?" asks for a part: the count of them all, with another verb
// ("launched more than a dozen"), does not give it.
it.each([
  ['How many of the Iranian missiles were intercepted by air defenses?', true, 'intercept'],
  ['How many of its own shares might the company buy back?', true, undefined],
  ['How many missiles were intercepted?', undefined, 'intercept'],
])('%s: a part is counted: %s, by the verb %s', (question, part, verb) => {
  const q = parseQuestion(question);
  expect(q.countPart).toBe(part);
  expect(q.countVerb).toBe(verb);
});

it.each([
  ['intercept', false],
  ['launch', true],
])(
  '"Iran launched more than a dozen ballistic missiles" counts the part of them asked by "%s": %s',
  (verb, counted) => {
    const text = 'Iran launched more than a dozen ballistic missiles at two bases.';
    expect(counts(['missil'], sentenceWords(text), text, null, [], new Set(['missil']), verb, true, true)).toBe(
      counted,
    );
    expect(counts(['missil'], sentenceWords(text), text, null, [], new Set(['missil']), verb, false, false)).toBe(true);
  },
);

it.each([
  ['How many US troops are stationed in Iraq?', undefined],
  ['How many US soldiers are deployed in Iraq?', undefined],
])('%s asks how many there are, not what was done to them: %s', (question, done) => {
  expect(parseQuestion(question).countDone).toBe(done);
});
