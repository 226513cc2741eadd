// A two-word verb is two words a question writes apart ("sign up", "took over"); the same words joined by a hyphen
// ("sign-up", "take-over", "write-down") make a noun, which asks for no verb to be said.
import { expect, it } from 'vitest';
import { twoWordVerbs } from '../../src/answer/expand.js';
import { parseQuestion } from '../../src/answer/question.js';
import { DIMENSIONS, TermVectors } from '../../src/nlp/word-vectors.js';

const vectors = new TermVectors({
  terms: ['regist'],
  corpusTerms: 1,
  vectors: new Int8Array(DIMENSIONS),
  antonyms: [],
  phrases: ['sign up:regist', 'take over:assum'],
});

const keys = (question: string) => twoWordVerbs(parseQuestion(question), vectors).map((v) => v.key);

it('reads a two-word verb written apart', () => {
  expect(keys('When did farmers sign up for the program?')).toEqual(['sign up']);
  expect(keys('Who took over the company?')).toEqual(['take over']);
});

it('reads no verb in a hyphenated noun', () => {
  expect(keys('When does sign-up for the program close?')).toEqual([]);
  expect(keys('When was the take-over of the company announced?')).toEqual([]);
  expect(keys('When does sign‑up close?')).toEqual([]);
});

it('reads the verb where the question also writes it apart', () => {
  expect(keys('Did farmers sign up before the sign-up deadline?')).toEqual(['sign up', 'sign up']);
});
