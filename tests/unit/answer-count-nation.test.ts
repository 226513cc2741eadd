// "How many Iraqi lawmakers voted…" is no count of the Iraqis who rallied, and "how many
// people turned out…" counts people, not whatever turned: the nationality before what is
// counted stands for it only where the sentence tells what was done, a nationality typed
// in lower case is still one, and the verb after an irregular plural is not counted.
import { expect, it } from 'vitest';
import { counts } from '../../src/answer/counting.js';
import { sentenceWords } from '../../src/nlp/sentence-words.js';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'rally.txt': ` date 2020-01-24
IRAQIS RALLY AGAINST U.S. PRESENCE
Tens of thousands of Iraqis rallied in central Baghdad on Friday calling for the expulsion of U.S. troops.
Protests have swept the country for three months. 500 Iraqis have been killed and 19,000 wounded.`,
  'troops.txt': ` date 2020-01-06
TROOPS IN IRAQ
The United States has close to 6,000 troops in Iraq to train Iraqi forces.
Britain said its forces would stay in Iraq.`,
});

it.each([
  ['How many people turned out for the march?', ['peopl']],
  ['How many Iraqi MPs voted for the bill?', ['iraq', 'mps']],
  ['How many women were arrested in the protests?', ['women']],
])('%s counts %j', (question, counted) => {
  expect(parseQuestion(question).counted).toEqual(counted);
});

it.each([
  ['How many Iraqi lawmakers voted for the resolution?', 'vote'],
  ['How many Iraqi protesters have been killed?', 'kill'],
  ['How many Canadian troops are in Iraq?', undefined],
])('%s: the verb of the count is %s', (question, verb) => {
  expect(parseQuestion(question).countVerb).toBe(verb);
});

it.each([
  ['How many Iraqi lawmakers voted for the expulsion of U.S. troops?', false],
  ['How many Iraqis rallied for the expulsion of U.S. troops?', true],
  ['How many Iraqi protesters rallied in Baghdad?', true],
])('%s: counted by "tens of thousands of Iraqis rallied": %s', (question, counted) => {
  const q = parseQuestion(question);
  const text =
    'Tens of thousands of Iraqis rallied in central Baghdad on Friday calling for the expulsion of U.S. troops.';
  expect(counts(q.counted ?? [], sentenceWords(text), text, null, [], new Set(q.terms), q.countVerb)).toBe(counted);
});

it("counts a nation's people who had done to them what the question asks", () => {
  const killed = engine().ask('How many Iraqi protesters have been killed?');
  expect(killed.kind).toBe('answer');
  if (killed.kind === 'answer') expect(killed.answer).toContain('500 Iraqis');
});

it('declines a count of British troops, typed in lower case, when the only count is of American ones', () => {
  expect(engine().ask('how many british troops are in iraq?').kind).toBe('not-found');
  expect(engine().ask('how many american troops are in iraq?').kind).toBe('answer');
});

it('reads no people in a short form of a country that ends in S', () => {
  const sentence = "Taiwan's trade surplus hit a record 14.95 billion U.S. Dlrs in the first nine months of 1987.";
  expect(counts(['peopl'], sentenceWords(sentence), sentence, null)).toBe(false);
  const killed = 'The storm killed 19 Americans and injured hundreds.';
  expect(counts(['peopl'], sentenceWords(killed), killed, null)).toBe(true);
});
