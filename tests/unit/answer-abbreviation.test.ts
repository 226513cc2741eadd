// Chat shortens words ("govt", "intl"): a short form no article uses is
// searched as the corpus word it shortens, when the word vectors agree.
import { expect, it } from 'vitest';
import { ask } from '../../src/answer/compose.js';
import { unabbreviated } from '../../src/answer/question-words.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';
import { termVectors } from '../support/term-vectors.js';

const engine = engineOver({
  'cabinet.txt': ` date 2020-01-06
CABINET FALLS
The government of the province resigned on Monday after a vote in the assembly.
The assembly will meet again next week.`,
  'store.txt': ` date 2020-01-07
STORE OPENS
A new department store opened in the capital on Tuesday, perhaps the largest.`,
  'intel.txt': ` date 2020-01-08
OFFICIALS CITE INTELLIGENCE
US intelligence officials said the extraordinary session of the country's parliament met under pressure from the president.`,
});

/** GloVe's "govt" by "government" (0.47); "gvmt", a made-up short form, far from it. */
const vectors = () =>
  termVectors(
    [
      { term: 'govern', axis: 0 },
      { term: 'perhap', axis: 1 },
      { term: 'govt', near: 0, similarity: 0.47, axis: 2 },
      { term: 'gomt', near: 0, similarity: 0.1, axis: 3 },
    ],
    2,
  );
const context = () => ({ corpus: engine().corpus, index: engine().index, vectors: vectors() });

it('reads "govt" as "government"', () => {
  expect(unabbreviated(context(), 'govt')).toBe(terms('government')[0]);
});

it('takes no word for a short form whose letters merely fall in order in a corpus word', () => {
  // "per" is a word, not "perhaps" shortened; "gomt" falls in "government" but the vectors do not put them together.
  expect(unabbreviated(context(), 'per')).toBeNull();
  expect(unabbreviated(context(), 'gomt')).toBeNull();
  // Without vectors nothing says the two are one word.
  expect(unabbreviated({ corpus: engine().corpus, index: engine().index }, 'govt')).toBeNull();
});

it('answers a question that says "govt"', () => {
  const r = ask(context(), 'why did the govt resign?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('The government of the province resigned');
});

it('reads a clipped word as the one corpus word it starts ("intel" → "intelligence"), with or without vectors', () => {
  expect(unabbreviated(context(), 'intel')).toBe(terms('intelligence')[0]);
  expect(unabbreviated({ corpus: engine().corpus, index: engine().index }, 'intel')).toBe(terms('intelligence')[0]);
  // A word of its own is no clipping ("extra", "count"); "pres" starts two words ("president", "pressure").
  expect(unabbreviated(context(), 'extra')).toBeNull();
  expect(unabbreviated(context(), 'count')).toBeNull();
  expect(unabbreviated(context(), 'pres')).toBeNull();
});
