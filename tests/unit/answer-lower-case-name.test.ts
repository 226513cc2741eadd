// A question typed in lower case has no capitals to say which words are names: a word the articles never use reads as
// a name when the words nearest it in the vectors are names in the articles ("khamenei" by Iran, Tehran, Sadr).
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ask } from '../../src/answer/compose.js';
import { readsAsName } from '../../src/answer/people.js';
import { Engine } from '../../src/engine/engine.js';
import { termVectors } from '../support/term-vectors.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.build(path.resolve(import.meta.dirname, '../../corpus'));
});

/** Corpus terms first: three names (Iran, Tehran, Sadr), two words; then three terms no article uses. */
const vectors = () =>
  termVectors(
    [
      { term: 'iran', axis: 0 },
      { term: 'tehran', near: 0, similarity: 0.9, axis: 1 },
      { term: 'sadr', near: 0, similarity: 0.9, axis: 2 },
      { term: 'cyber', axis: 3 },
      { term: 'attack', near: 3, similarity: 0.9, axis: 4 },
      { term: 'khamenei', near: 0, similarity: 0.8, axis: 5 },
      { term: 'hack', near: 3, similarity: 0.8, axis: 6 },
      { term: 'hr', near: 0, similarity: 0.8, axis: 7 },
    ],
    5,
  );
const ctx = () => ({ corpus: engine.corpus, index: engine.index, sentences: engine.sentences, vectors: vectors() });

it('reads a word the articles lack as a name by its neighbours, a word near common words as a word', () => {
  expect(readsAsName(ctx(), 'khamenei', 'khamenei')).toBe(true);
  expect(readsAsName(ctx(), 'hack', 'hacking')).toBe(false);
  // The articles' own words go by how the articles write them.
  expect(readsAsName(ctx(), 'soleimani', 'soleimani')).toBe(true);
  expect(readsAsName(ctx(), 'attack', 'attack')).toBe(false);
  // A short word is more often an abbreviation ("24 hr traffic"), near others written in capitals.
  expect(readsAsName(ctx(), 'hr', 'hr')).toBe(false);
});

it('declines a lower-case question about someone the articles never name, as with capitals', () => {
  expect(ask(ctx(), 'What did Khamenei say about the Soleimani strike?').kind).toBe('not-found');
  expect(ask(ctx(), 'what did khamenei say about the soleimani strike').kind).toBe('not-found');
});
