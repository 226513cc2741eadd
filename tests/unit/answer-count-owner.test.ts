// "How many NATO troops…" counts NATO's: "Canada has about 500 troops there and the
// entire NATO mission is led by Canada" counts Canada's, though it names NATO. And
// "how many rockets … in the December 3 attack on Al-Asad base" is not counted by
// another attack's rockets.
import { expect, it } from 'vitest';
import { counts, placesAsked } from '../../src/answer/counting.js';
import { sentenceWords } from '../../src/nlp/sentence-words.js';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'nato.txt': ` date 2020-01-06
NATO SUSPENDS TRAINING IN IRAQ
Of immediate concern are the many NATO troops in Iraq leading training exercises. Canada has about 500 troops there and the entire NATO mission is led by Canada.
CTI holders and employees will receive 200,000 shares of Rabbit stock.`,
  'rockets.txt': ` date 2019-12-28
ROCKETS HIT BASES IN IRAQ
Then came a December 3 attack from a truck using 122mm rockets aimed at Al-Asad base.
A US military official said on December 12 that an attack by four Katyusha rockets near Baghdad airport was part of a broader trend.`,
  'threat.txt': ` date 2020-01-08
TRUMP WARNS OF RESPONSE
Trump was asked about retaliatory military action from Iran over the killing of the general. He had earlier warned of a very fast and very hard response from the United States, hitting 52 targets, which would include cultural sites.`,
});

it.each([
  ['How many rockets were fired in the December 3 attack on Al-Asad base?', ['decemb'], ['al', 'asad']],
  ["How many of Iran's missiles hit the Al-Assad base?", ['al', 'assad']],
  ["How many Canadian soldiers were hurt in Iran's missile strikes?"],
  ['How many employees did the silverware maker Towle Manufacturing have at the end of 1986?'],
])('%s: where and when it asks of are %j', (question, ...places) => {
  expect(placesAsked(parseQuestion(question))).toEqual(places);
});

it("declines a count of one attack when the article counts only another's", () => {
  expect(engine().ask('How many rockets were fired in the December 3 attack on Al-Asad base?').kind).toBe('not-found');
  const other = engine().ask('How many rockets were fired in the attack near Baghdad airport?');
  expect(other.kind).toBe('answer');
  if (other.kind === 'answer') expect(other.answer).toContain('four Katyusha rockets');
});

it("declines a count of NATO troops when the only count is of Canada's", () => {
  expect(engine().ask('How many NATO troops are in Iraq?').kind).toBe('not-found');
});

it('answers with the count whose owner stands before it, or after what it counts', () => {
  const canada = engine().ask('How many Canadian troops are in Iraq?');
  expect(canada.kind).toBe('answer');
  if (canada.kind === 'answer') expect(canada.answer).toContain('about 500 troops');
  const rabbit = engine().ask('How many Rabbit shares will CTI holders receive?');
  expect(rabbit.kind).toBe('answer');
  if (rabbit.kind === 'answer') expect(rabbit.answer).toContain('200,000 shares');
});

it('counts things of a nationality by a sentence that names the country anywhere, not beside the count', () => {
  // "Iranian targets" are targets in Iran, not Iran's: the sentence says so of the whole action.
  const targets = engine().ask('How many Iranian targets had Trump threatened to hit?');
  expect(targets.kind).toBe('answer');
  if (targets.kind === 'answer') expect(targets.answer).toContain('52 targets');
});

it.each([
  ['How many additional troops is NATO planning to send to Iraq?', false],
  ['How many troops are part of the NATO training mission in Iraq?', false],
  ['How many troops does Canada have in Iraq?', true],
])('%s: counted by "Canada has about 500 troops": %s', (question, counted) => {
  // A count right after a name and "has" is that name's: no count of a question that does not give the name.
  const q = parseQuestion(question);
  const text = 'Canada has about 500 troops there and the entire NATO mission is led by Canada.';
  expect(counts(q.counted ?? [], sentenceWords(text), text, null, [], new Set(q.terms))).toBe(counted);
});
