// A name's last word written in lower case is the common noun: an article that says "World Bank" and "a series of
// similar moves" does not name the World Series, and a question about it is not answered from there.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';
import { ask } from '../../src/answer/compose.js';
import type { Engine } from '../../src/engine/engine.js';

const PREPAY = ` date 1987-06-22
World Bank to prepay Swiss franc issues
The World Bank will prepay two Swiss franc public issues on July 9, the first of what could be a series of similar moves in other capital markets, a spokesman said.`;

const without = engineOver({
  'prepay.txt': PREPAY,
  'grain.txt': ` date 1987-06-23
Grain exports
Argentine grain exports rose in May, the agriculture secretariat said.`,
});
const withSeries = engineOver({
  'prepay.txt': PREPAY,
  'series.txt': ` date 1987-10-26
Twins take the title
The Minnesota Twins took the World Series title on October 25 in the seventh game, officials said.`,
});

const missing = (engine: Engine, question: string) => {
  let share: number | undefined;
  ask(engine, question, (s) => (share = s.namedMissing));
  return share;
};

const QUESTION = 'When was the World Series?';

it('does not read "World Bank … a series of" as the World Series', () => {
  expect(missing(without(), QUESTION)).toBeGreaterThan(0.2);
  expect(without().ask(QUESTION).kind).toBe('not-found');
});

it('finds the name where an article writes it whole', () => {
  expect(missing(withSeries(), QUESTION)).toBe(0);
  const r = withSeries().ask(QUESTION);
  expect(r.kind === 'answer' && r.answer).toContain('Minnesota Twins');
});
