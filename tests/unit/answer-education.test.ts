// "Where did X get his PhD?" asks where X was educated: a sentence that gives X the degree as a title and names where
// X works does not say.
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { educationUntold } from '../../src/answer/asked-kind.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.build(path.resolve(import.meta.dirname, '../../corpus'));
});

it('declines where someone got a degree of a sentence that names it only as a title', () => {
  // "Christian Leuprecht (PhD) is a professor of political science at the Royal Military College of Canada…"
  expect(engine.ask('Where did Christian Leuprecht get his PhD?').kind).toBe('not-found');
  expect(engine.ask('Which university did Christian Leuprecht get his PhD from?').kind).toBe('not-found');
});

it('takes a sentence that tells the schooling, and asks it only of a question about schooling', () => {
  const asked = 'Where did Leuprecht get his PhD?';
  expect(educationUntold(asked, 'Christian Leuprecht (PhD) is a professor at the Royal Military College.')).toBe(true);
  expect(educationUntold(asked, 'Leuprecht holds a PhD in political science from the University of Toronto.')).toBe(
    false,
  );
  expect(educationUntold('Where did Leuprecht study?', 'Leuprecht studied at McGill.')).toBe(false);
  expect(educationUntold('Where did Leuprecht study?', 'Leuprecht is a professor at Queen’s.')).toBe(true);
  // A study is no schooling: "according to the FTC study".
  expect(educationUntold('What would the fee cost, according to the FTC study?', 'The fee would cost $5 bln.')).toBe(
    false,
  );
});
