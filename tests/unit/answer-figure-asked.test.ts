// "What is Uganda's population?", "What was Nippon Columbia's net profit for 1986?": a figure of someone's thing is
// answered by a sentence that says the thing (or its paragraph, headline or a near word does), not by another figure.
import { expect, it } from 'vitest';
import { figureAskedUntold } from '../../src/answer/asked-kind.js';
import { engineOver } from '../support/engine-over.js';
import { contextOf, sentenceIn } from '../support/sentence-in.js';

const engine = engineOver({
  'uganda.txt': ` date 1987-10-19
EGYPT TO BUILD UGANDA ROADS
Egyptian companies will reconstruct 120 km of roads between Fort Portal and Bundibugyo in western Uganda, officials said.`,
  'columbia.txt': ` date 1987-03-10
NIPPON COLUMBIA SHARES FALL
Nippon Columbia's share price fell 20 to 1,260 yen on the Tokyo Stock Exchange today.`,
  'kenya.txt': ` date 1987-06-01
KENYA CENSUS
The census put the population of Kenya at 21 mln, and net profit at state companies fell.`,
  'denon.txt': ` date 1987-03-11
DENON NET PROFIT RISES
Nippon Columbia Co Ltd, which sells Denon audio equipment, said its net profit rose to 2.1 billion yen in 1986.`,
});

const ctx = () => contextOf(engine());
const sentence = (text: string) => sentenceIn(engine(), text);

it('takes a sentence that does not say the thing as giving no figure of it', () => {
  const roads = sentence(
    'Egyptian companies will reconstruct 120 km of roads between Fort Portal and Bundibugyo in western Uganda, officials said.',
  );
  expect(figureAskedUntold(ctx(), "What is Uganda's population?", roads, [])).toBe(true);
  const price = sentence("Nippon Columbia's share price fell 20 to 1,260 yen on the Tokyo Stock Exchange today.");
  expect(figureAskedUntold(ctx(), "What was Nippon Columbia's net profit for 1986?", price, [])).toBe(true);
  // The thing said, in the sentence or its headline, or a question of no one's thing: no objection.
  const profit = sentence(
    'Nippon Columbia Co Ltd, which sells Denon audio equipment, said its net profit rose to 2.1 billion yen in 1986.',
  );
  expect(figureAskedUntold(ctx(), "What was Nippon Columbia's net profit for 1986?", profit, [])).toBe(false);
  expect(figureAskedUntold(ctx(), "What was Nippon Columbia's share price today?", price, [])).toBe(false);
  expect(figureAskedUntold(ctx(), 'How much did Nippon Columbia shares fall?', price, [])).toBe(false);
});

it('answers with the figure of the thing asked', () => {
  const r = engine().ask("What was Nippon Columbia's net profit for 1986?");
  expect(r.kind === 'answer' && r.sentences[0]?.text).toContain('2.1 billion yen');
});
