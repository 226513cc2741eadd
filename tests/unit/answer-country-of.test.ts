// "Which country is X from?" asks X's country: a sentence that names a country and not X says whose it is not.
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { namesCountry } from '../../src/answer/asked-kind.js';
import type { PassageSentence } from '../../src/answer/context.js';
import { parseQuestion } from '../../src/answer/question.js';
import { Engine } from '../../src/engine/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.build(path.resolve(import.meta.dirname, '../../corpus'));
});

it("declines a person's country of sentences that name other countries and not the person", () => {
  // The articles never say where Stoltenberg is from; "…the entire NATO mission is led by Canada" is NATO's.
  expect(engine.ask('Which country is NATO chief Jens Stoltenberg from?').kind).toBe('not-found');
  expect(engine.ask('Which country was Jens Stoltenberg prime minister of before he ran NATO?').kind).toBe('not-found');
});

it('asked which country someone did something in or to, takes the one a sentence names with them', () => {
  const sentence = (text: string) => ({ text }) as PassageSentence;
  const led = parseQuestion('Which country did Jens Stoltenberg lead as prime minister before he joined NATO?');
  const canada = sentence('Canada has about 500 troops there and the entire NATO mission is led by Canada.');
  expect(namesCountry(engine, led, canada)).toBe(false);
  expect(namesCountry(engine, led, sentence('Jens Stoltenberg led Norway as prime minister.'))).toBe(true);
  // The one doing it is the one the sentence names: "Iraq's defence ministry" and Russia.
  const talks = parseQuestion("Which country has Iraq's defence ministry been talking to about closer ties?");
  const russia = sentence("Iraq's defence ministry has discussed deepening military cooperation with Russia.");
  expect(namesCountry(engine, talks, russia)).toBe(true);
});

it('still answers which country does something, from a sentence that names the country', () => {
  const r = engine.ask('Which country leads the NATO mission in Iraq?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toMatch(/Canad/);
});

it("takes a country as the person's only from a sentence that names the person", () => {
  const sentence = (text: string) => ({ text }) as PassageSentence;
  const from = parseQuestion('Which country is NATO chief Jens Stoltenberg from?');
  const canada = sentence('Canada has about 500 troops there and the entire NATO mission is led by Canada.');
  expect(namesCountry(engine, from, canada)).toBe(false);
  expect(namesCountry(engine, from, sentence('Jens Stoltenberg, a former Norwegian prime minister, spoke.'))).toBe(
    true,
  );
  // Another question asks no one's country.
  expect(namesCountry(engine, parseQuestion('Which country leads the NATO mission in Iraq?'), canada)).toBe(true);
});
