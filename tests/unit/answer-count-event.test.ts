// A count answers "how many" only when its sentence holds enough of the
// question's own words as they are: "Canada has about 500 troops there" counts
// Canada's troops, not NATO's total deployed, though the vectors put "entire"
// near "total" and "led" near "deployed".
import { expect, it } from 'vitest';
import { ask } from '../../src/answer/compose.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';
import { termVectors } from '../support/term-vectors.js';

const engine = engineOver({
  'canada.txt': ` date 2020-01-06
CANADA KEEPS TRAINERS IN IRAQ
Canada has about 500 troops there and the entire NATO mission is led by Canada.

Iran fired missiles at two bases in Iraq on Tuesday, the defence department said. US troops were not hurt.

In total the coalition has deployed troops in four countries, and its troops train Iraqi troops.`,
  'kirkuk.txt': ` date 2019-12-28
ROCKETS STRIKE BASE
Officials said roughly 11 to 14 rockets struck the base near Kirkuk on Friday night.

Rockets hit an empty field in Baghdad last week, police said.`,
  // "base" in many passages, "hit" in one: by weight the question's rest is mostly the verb it says otherwise.
  'bases.txt': ` date 2019-12-20
BASES
${Array.from({ length: 12 }, (_, i) => `Base number ${i + 1} is guarded by forces of the region.`).join('\n\n')}`,
});

const t = (w: string) => terms(w)[0] ?? w;
const context = () => {
  const e = engine();
  const vectors = termVectors(
    [
      { term: t('total'), axis: 1 },
      { term: t('entire'), near: 1, similarity: 0.9, axis: 2 },
      { term: t('deployed'), axis: 3 },
      { term: t('led'), near: 3, similarity: 0.9, axis: 4 },
    ],
    4,
  );
  return { corpus: e.corpus, index: e.index, sentences: e.sentences, vectors };
};

it('answers a count asked in the words of its sentence', () => {
  const r = ask(context(), 'How many troops does Canada have in Iraq?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('500 troops');
});

it('answers a count of the thing asked, its verb said otherwise', () => {
  const r = ask(context(), 'How many rockets hit the base?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('11 to 14 rockets');
});

it('declines a count whose sentence says the rest only in other words', () => {
  expect(ask(context(), 'How many NATO troops in total are deployed in Iraq?').kind).toBe('not-found');
});
