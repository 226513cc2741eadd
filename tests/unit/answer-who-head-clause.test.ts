// "Who is the pro-Iranian candidate Iran wants as prime minister?" asks for the holder of a role ("candidate") that a
// clause without "that" goes on to describe: a sentence naming someone in another role does not answer it.
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.build(path.resolve(import.meta.dirname, '../../corpus'));
});

it('reads the role before a clause that opens with a name and its verb', () => {
  const asked = "Who is the pro-Iranian candidate Iran wants as Iraq's next prime minister?";
  expect(parseQuestion(asked).whoHead).toBe('candid');
  expect(parseQuestion('Who is the candidate Tehran wants?').whoHead).toBe('candid');
  // A name of two words, and a verb of three letters ("was").
  expect(parseQuestion('Who was the unnamed fourth bidder Becor Western was in talks with?').whoHead).toBe('bidder');
  // Not past a lower-case word: "the US envoy said" has no name opening a clause after the role.
  expect(parseQuestion('Who is the envoy said to be?').whoHead).toBeUndefined();
});

it('declines it of a sentence that names someone in another role', () => {
  // "The Iraqi President Barham Saleh has been condemned…" names a president, no candidate.
  expect(engine.ask("Who is the pro-Iranian candidate Iran wants as Iraq's next prime minister?").kind).toBe(
    'not-found',
  );
});

it("reads a country's role before a comma that joins a second question", () => {
  // "…supreme leader, and what did he say": the role ends at the comma, as at a question mark.
  expect(parseQuestion("Who is Iran's supreme leader, and what did he say about the strike?").whoHead).toBe('leader');
  expect(parseQuestion("Who is Iran's supreme leader?").whoHead).toBe('leader');
});
