// An article that lacks one of the question's names and holds under half of what the question says is about
// something else, though the name it lacks weighs little: "How many countries signed the ozone protocol in Montreal…"
// is not answered by a chip pact "the two countries signed … last September".
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/compose.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';
import { termVectors } from '../support/term-vectors.js';

const CROPS = ['wheat', 'maize', 'barley', 'cotton', 'coffee', 'cocoa', 'sugar', 'rice'];
const engine = engineOver({
  'chips.txt': ` date 1987-04-02
U.S. AND JAPAN CHIP PACT
The two countries signed a pact last September in which Japan agreed to stop selling its microchips below cost.`,
  'ozone.txt': ` date 1987-04-05
OZONE TALKS
Environment officials said the talks on a protocol to protect the ozone layer had made progress in Geneva.`,
  'montreal.txt': ` date 1987-04-03
MONTREAL BANK RESULTS
Bank of Montreal said its first quarter profit rose to 120 mln dlrs, helped by lower loan losses.`,
  'canada.txt': ` date 1987-04-04
CANADIAN BANKS
Canadian banks said they would meet in Montreal next month to discuss the new capital rules.`,
  ...Object.fromEntries(
    CROPS.map((crop, i) => [
      `${crop}.txt`,
      ` date 1987-04-0${i + 1}\n${crop.toUpperCase()} HARVEST\nThe ${crop} harvest in Canada rose ${i + 3} pct this season, traders said.`,
    ]),
  ),
});

it('declines a question whose leading article lacks a name and most of its words', () => {
  const r = engine().ask('How many countries signed the ozone layer protocol in Montreal in September?');
  expect(r.kind === 'answer' ? r.answer : 'not found').toBe('not found');
});

it('still answers when the article holds the rest of the question', () => {
  const r = engine().ask('How many countries signed the microchip pact with Japan in Montreal last September?');
  expect(r.kind === 'answer' ? r.answer : r.message).toContain('two countries signed');
});

describe('with word vectors', () => {
  const patrols = engineOver({
    'patrols.txt': ` date 2020-01-09
ARMY PATROLS
The Iraqi army said on Thursday it was restarting patrols with partners battling Islamic State militants.`,
    'mosul.txt': ` date 2020-01-08
VILLAGE ATTACKED
ISIS fighters attacked a village near Mosul on Monday, officials said.`,
    'harvest.txt': ` date 2020-01-09
HARVEST
The wheat harvest in the north rose 3 pct this season, traders said.`,
  });
  /** Each question word 0.9 from the word the article says for it. */
  const vectors = () => {
    const [restart, partner, battle, resume, ally, fight] = terms(
      'restarting partners battling resume allies fighting',
    );
    return termVectors(
      [
        { term: restart ?? '', axis: 0 },
        { term: partner ?? '', axis: 2 },
        { term: battle ?? '', axis: 4 },
        { term: resume ?? '', near: 0, similarity: 0.9, axis: 1 },
        { term: ally ?? '', near: 2, similarity: 0.9, axis: 3 },
        { term: fight ?? '', near: 4, similarity: 0.9, axis: 5 },
      ],
      3,
    );
  };

  it('counts what the sentence says in other words as held: the article lacks a name, not the question', () => {
    const ctx = { corpus: patrols().corpus, index: patrols().index, vectors: vectors() };
    const r = ask(ctx, 'Did the Iraqi army resume patrols with allies fighting ISIS?');
    expect(r.kind === 'answer' ? r.answer : 'not found').toContain('restarting patrols');
  });
});
