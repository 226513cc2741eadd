// "How old is X?": an age is someone's, so the sentence must name whose it is ("Soleimani, 62" is not Stoltenberg's).
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.build(path.resolve(import.meta.dirname, '../../corpus'));
});

it("declines someone's age of a sentence that gives another person's", () => {
  expect(engine.ask('How old is Jens Stoltenberg?').kind).toBe('not-found');
  expect(engine.ask('How old is Christian Leuprecht?').kind).toBe('not-found');
});

it('answers the age of the person the sentence names', () => {
  const r = engine.ask('How old was Soleimani?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Soleimani, 62');
});
