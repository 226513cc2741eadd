// "What did they call the operation?", "what name did X give Y": a name is asked for, and a sentence that gives
// something its name ("an operation dubbed “Operation Swift Storm”") answers, ahead of sentences that share more words.
import { expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'strike.txt': ` date 1990-05-02
Rebels strike back

The rebels fired missiles at the army base on Tuesday, and the army said the missile strike on the base was the
heaviest of the year.

A rebel radio station said the rebels had fired dozens of rockets in an operation dubbed “Operation Swift Storm”.`,
};

const engine = engineOver(ARTICLES);

it('reads a naming question', () => {
  for (const q of [
    'What name did the rebels give to the missile operation?',
    'what did the rebels call their operation',
    'What was the operation dubbed?',
  ])
    expect(parseQuestion(q).naming).toBe(true);
  for (const q of [
    'What did the rebels fire at the base?',
    'Who called the strike?',
    'What did the protesters call for?',
  ])
    expect(parseQuestion(q).naming).toBeUndefined();
});

it('reads a code name asked for', () => {
  for (const q of [
    'What was the missile operation codenamed?',
    'What was the operation code-named?',
    'What code name did the rebels give their operation?',
  ])
    expect(parseQuestion(q).naming).toBe(true);
  const r = engine().ask('What was the missile operation codenamed?');
  expect(r.kind === 'answer' ? r.answer : r).toContain('Operation Swift Storm');
});

it('answers with the sentence that gives the name', () => {
  const r = engine().ask('What name did the rebels give to their missile operation?');
  expect(r.kind === 'answer' ? r.answer : r).toContain('Operation Swift Storm');
});

// Ten short passages share more of the question's words; the name is given in a long paragraph that says "rockets",
// which BM25 ranks below them.
const DEEP: Record<string, string> = {
  'radio.txt': ` date 1990-05-02
REBEL RADIO
A rebel radio station said the rebels had fired dozens of rockets at the army in strikes dubbed “Operation Swift Storm”, to avenge the arrest of their leader last month, and warned that any town hosting army units would be a target of further attacks.`,
};
const PLACES = ['Aden', 'Basra', 'Dakar', 'Goma', 'Herat', 'Jos', 'Kano', 'Lira', 'Mosul', 'Nablus'];
const UNITS = ['a convoy', 'an airfield', 'a depot', 'a checkpoint', 'a barracks', 'a bridge', 'a port', 'a camp'];
for (const [i, place] of PLACES.entries())
  DEEP[`missiles-${place}.txt`] = ` date 1990-05-0${1 + (i % 9)}
MISSILES NEAR ${place.toUpperCase()}
Rebels fired missiles at ${UNITS[i % UNITS.length] ?? ''} near ${place}; the missile strike was the ${i + 2}th this year.`;
// Other news, so that "missile" is a rare word, as it is in an archive.
const CROPS = ['wheat', 'maize', 'barley', 'cotton', 'coffee', 'cocoa', 'sugar', 'rice', 'tea', 'rubber'];
for (const [i, crop] of CROPS.entries())
  DEEP[`harvest-${crop}.txt`] = ` date 1990-04-0${1 + (i % 9)}
${crop.toUpperCase()} HARVEST
The ${crop} harvest rose ${i + 3} pct this season, traders said.`;
const deep = engineOver(DEEP);

it('reads further down the hits for the sentence that gives the name', () => {
  const r = deep().ask('What name did the rebels give to the missile strike?');
  expect(r.kind === 'answer' ? r.answer : r).toContain('Operation Swift Storm');
});

// "What were the naval drills called?": the articles tell of the drills but give them no name. A sentence that names
// nothing ("the navy is holding drills with its allies") does not say what they were called.
const drills = engineOver({
  'drills.txt': ` date 1990-05-03
Navy holds drills

While the rebels fired missiles at the army base, the navy is holding naval drills with two allies and claiming
that the rebels are weakening.`,
});

it('declines a naming question that no sentence answers with a name', () => {
  expect(drills().ask('What were the naval drills with the allies called?').kind).toBe('not-found');
  expect(drills().ask('Who is holding naval drills with two allies?').kind).toBe('answer');
});
