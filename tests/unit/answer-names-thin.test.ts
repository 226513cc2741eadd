// An article that lacks one of the question's names and holds under half of what the question says is about
// something else, though the name it lacks weighs little: "How many countries signed the ozone protocol in Montreal…"
// is not answered by a chip pact "the two countries signed … last September".
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

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
