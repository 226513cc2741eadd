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

it('answers with the sentence that gives the name', () => {
  const r = engine().ask('What name did the rebels give to their missile operation?');
  expect(r.kind === 'answer' ? r.answer : r).toContain('Operation Swift Storm');
});
