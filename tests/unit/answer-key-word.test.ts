// In a near tie, a sentence of the best one's article that says the question's rarest word of what it asks (and
// keeps the names the best holds) goes first: "The US sanctioned Qais Khazali…" for "…slap sanctions on…".
import { expect, it } from 'vitest';
import { preferKeyWordOnTie } from '../../src/answer/preferences.js';
import { parseQuestion } from '../../src/answer/question.js';
import { rankedIn as ranked, textsOf as texts } from '../support/ranked-sentences.js';

// "sanction" is rarer than "militia" and "leader".
const IDF: Record<string, number> = { sanction: 5, militia: 2, leader: 1.5, slap: 1 };
const ctx = { index: { stats: { idf: (t: string) => IDF[t] ?? 1 } }, corpus: { documents: [] } } as never;
const q = parseQuestion('Which militia leader did the US slap sanctions on in early December?');

const group = ranked("The US says Khazali's group is one of many militias in the Popular Mobilization Units.", 10);
const sanctioned = ranked('The US sanctioned Qais Khazali, head of Asaib Ahl al-Haq, on December 6.', 8.6);

it('puts first a sentence of the same article that says the rarest word asked', () => {
  expect(texts(preferKeyWordOnTie(ctx, q, [group, sanctioned]))[0]).toBe(sanctioned.candidate.text);
});

it('leaves the order when that sentence is far behind, in another article, or lacks a name the best holds', () => {
  const far = ranked(sanctioned.candidate.text, 8);
  expect(texts(preferKeyWordOnTie(ctx, q, [group, far]))[0]).toBe(group.candidate.text);
  const elsewhere = ranked(sanctioned.candidate.text, 9, 1);
  expect(texts(preferKeyWordOnTie(ctx, q, [group, elsewhere]))[0]).toBe(group.candidate.text);
  const nameless = ranked('Washington sanctioned Qais Khazali, head of Asaib Ahl al-Haq, on December 6.', 9);
  expect(texts(preferKeyWordOnTie(ctx, q, [group, nameless]))[0]).toBe(group.candidate.text);
});

it('takes no light verb ("put sanctions on") nor a word of when ("in early December") for the word asked', () => {
  // All three as rare as "sanction": the verb says little of its own, "early" says when, not what.
  const even = {
    index: { stats: { idf: (t: string) => ({ put: 5, earli: 5, ...IDF })[t] ?? 1 } },
    corpus: { documents: [] },
  };
  for (const question of [
    'Which militia leader did the US put sanctions on in early December?',
    'In early December, which militia leader did the US put sanctions on?',
  ])
    expect(texts(preferKeyWordOnTie(even as never, parseQuestion(question), [group, sanctioned]))[0]).toBe(
      sanctioned.candidate.text,
    );
});
