// "How many 240mm rockets were fired…" counts rockets of one kind: a count of another kind
// ("four Katyusha rockets") does not give it, and a size written with its digits ("240mm")
// is part of what is counted.
import { expect, it } from 'vitest';
import { counts } from '../../src/answer/counting.js';
import { sentenceWords } from '../../src/nlp/sentence-words.js';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'rockets.txt': ` date 2019-12-28
ROCKET ATTACKS ON US BASES
An official said a rocket attack by four Katyusha rockets near Baghdad airport was part of a broader trend.
The official then referenced 240mm rockets being fired near a US compound in mid-December.
In an earlier attack two Katyusha rockets landed inside Balad air base north of Baghdad.`,
});

it.each([
  ['How many 240mm rockets were fired near the compound?', ['240mm', 'rocket']],
  ['How many 107mm rockets hit the base?', ['107mm', 'rocket']],
  // A model's designation is not read as a kind: its count may go without the word ("plans to sell 25,000").
  ['How many XJ-6 cars does Jaguar plan to sell?', undefined],
])('%s counts %j', (question, counted) => {
  expect(parseQuestion(question).counted).toEqual(counted);
});

it.each([
  [['240mm', 'rocket'], false],
  [['ballist', 'rocket'], false],
  [['katyusha', 'rocket'], true],
  [['rocket'], true],
  [['iran', 'rocket'], true],
])('%j: counted by "four Katyusha rockets": %s', (counted, counts_) => {
  const text = 'A rocket attack by four Katyusha rockets near Baghdad airport was part of a broader trend.';
  expect(counts(counted, sentenceWords(text), text, null, [], new Set(counted))).toBe(counts_);
});

it('counts a kind the sentence names beside its number, and a nation is no kind', () => {
  const text = 'The United States has close to 6,000 U.S. troops in Iraq.';
  expect(counts(['foreign', 'troop'], sentenceWords(text), text, null, [], new Set(['foreign', 'troop']))).toBe(true);
});

it('declines a count of rockets of a kind the articles never count', () => {
  expect(engine().ask('How many 240mm rockets were fired near the US compound in mid-December?').kind).toBe(
    'not-found',
  );
  const katyusha = engine().ask('How many Katyusha rockets landed inside Balad air base?');
  expect(katyusha.kind).toBe('answer');
  if (katyusha.kind === 'answer') expect(katyusha.answer).toContain('two Katyusha rockets');
});

it('counts rockets of a size asked only where the count says the size', () => {
  const text = 'Roughly 11 to 14 rockets struck the base, and two 240mm rockets hit the compound.';
  const bare = 'Roughly 11 to 14 rockets struck the base.';
  expect(counts(['240mm', 'rocket'], sentenceWords(text), text, null, [], new Set(['240mm', 'rocket']))).toBe(true);
  expect(counts(['240mm', 'rocket'], sentenceWords(bare), bare, null, [], new Set(['240mm', 'rocket']))).toBe(false);
  expect(counts(['rocket'], sentenceWords(bare), bare, null, [], new Set(['rocket']))).toBe(true);
});

it('takes a number the question gives for no kind ("how many of the 40 new planes…")', () => {
  const text = 'AMR agreed to buy 15 planes from Boeing and 25 planes from Airbus.';
  expect(counts(['40', 'new', 'plane'], sentenceWords(text), text, null, [], new Set(['40', 'new', 'plane']))).toBe(
    true,
  );
});

it.each([
  ['It has launched at least four rocket attacks on Israel from near the Golan.', ['rocket'], false],
  ['It has launched at least four rocket attacks on Israel from near the Golan.', ['rocket', 'attack'], true],
  ['Four rockets landed inside the base.', ['rocket'], true],
])('"%s" counts %j: %s (a singular noun before another says its kind)', (text, counted, counts_) => {
  expect(counts(counted, sentenceWords(text), text, null, [], new Set(counted))).toBe(counts_);
});
