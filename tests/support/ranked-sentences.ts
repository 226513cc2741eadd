// Ranked sentences made up for the preference tests: a sentence of article `doc` with a score, no features.
import type { PassageSentence } from '../../src/answer/context.js';
import type { Features, Ranked } from '../../src/answer/ranker.js';
import type { Passage } from '../../src/corpus/types.js';

export const passageOf = (id: number, doc: number): Passage => ({
  id,
  key: `${doc}:${id}`,
  doc,
  paragraph: 1,
  part: 1,
  text: '',
  start: 0,
  end: 0,
});

export const rankedIn = (text: string, score: number, doc = 0): Ranked<PassageSentence> => ({
  candidate: { text, kinds: 0, proper: [], passage: passageOf(doc * 10, doc), start: 0 },
  features: {} as Features,
  score,
});

export const textsOf = (rs: Ranked<PassageSentence>[]): string[] => rs.map((r) => r.candidate.text);
