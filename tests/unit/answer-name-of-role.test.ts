// "What's the name of the Canadian general in charge of…" asks for a person in a role, as "Who is the Canadian
// general…" does: "in charge" is who leads, no sum, and the role's nationality must be said.
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { PassageSentence } from '../../src/answer/context.js';
import { asksSomeone, nationalityHeld } from '../../src/answer/people.js';
import { answerKind, parseQuestion } from '../../src/answer/question.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.build(path.resolve(import.meta.dirname, '../../corpus'));
});

it('reads "the name of the X in charge of" as a name asked, "the charge for" as a sum', () => {
  expect(answerKind('What is the name of the Canadian general in charge of the NATO mission in Iraq?')).toBe('name');
  expect(answerKind('What is the charge for a call to Baghdad?')).toBe('money');
});

it('declines the name of a role whose holder no sentence names', () => {
  // The articles say the mission is Canadian-led, and name no Canadian general; "Iranian General Qassem Soleimani"
  // is no answer.
  expect(engine.ask("What's the name of the Canadian general in charge of the NATO mission in Iraq?").kind).toBe(
    'not-found',
  );
});

it('asks the role named for someone, who must be of the nationality asked', () => {
  const q = parseQuestion("What's the name of the Canadian general in charge of the NATO mission in Iraq?");
  expect(asksSomeone(q)).toBe(true);
  const sentence = (text: string) => ({ text }) as PassageSentence;
  expect(nationalityHeld(q, sentence('The strike killed Iranian General Qassem Soleimani.'))).toBe(false);
  expect(nationalityHeld(q, sentence('Canadian Major General Jennie Carignan leads it.'))).toBe(true);
  // The name of a thing asks for no one.
  expect(asksSomeone(parseQuestion('What is the name of the operation?'))).toBe(false);
});
