// Two questions joined ("When was NATO founded, and what was it meant to counter?"): the date answers the first, whose
// event is what the dated sentence must say; the second's words need not be the event's.
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.build(path.resolve(import.meta.dirname, '../../corpus'));
});

it('dates the first of two joined questions only by a sentence that says its event', () => {
  // The second question's words ("leads its training mission in Iraq") are all in a sentence that says nothing of
  // NATO's founding: it must not be read as the founding's date.
  const r = engine.ask('When was NATO founded, and who leads its training mission in Iraq?');
  if (r.kind === 'answer') expect(r.answer).toContain('founded in 1949');
  const one = engine.ask('When was NATO founded, and why did Trump call on it?');
  expect(one.kind).toBe('answer');
  if (one.kind === 'answer') expect(one.answer).toContain('founded in 1949');
});

it('reads which terms are the first question', () => {
  const q = parseQuestion('When was NATO founded, and what was it originally meant to counter?');
  expect(q.terms.slice(0, q.firstQuestion)).toEqual(['nato', 'found']);
  expect(parseQuestion('When was NATO founded?').firstQuestion).toBeUndefined();
});
