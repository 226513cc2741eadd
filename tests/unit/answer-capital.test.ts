// A capital stands for its country's government in news: "Who did Washington sanction?" is answered by an article
// that says "The US sanctioned…", though it never says "Washington".
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';
import { CAPITAL_OF } from '../../src/nlp/capitals.js';
import { terms } from '../../src/nlp/terms.js';

const ARTICLES: Record<string, string> = {
  'sanctions.txt': ` date 1990-05-02
Militia leader sanctioned

The US sanctioned the militia leader Qais Khazali on December 6, officials said.`,
  'trade.txt': ` date 1990-05-03
Trade talks end

Talks in Washington on trade ended without a deal on Friday, and the militia question was not raised.`,
};

const engine = engineOver(ARTICLES);

it('maps capitals to their countries as the term pipeline writes them', () => {
  expect(CAPITAL_OF.get(terms('Washington')[0] ?? '')).toBe(terms('US')[0]);
  expect(CAPITAL_OF.get(terms('Tehran')[0] ?? '')).toBe(terms('Iran')[0]);
});

it('answers about the capital from an article that names the country', () => {
  const r = engine().ask('Who did Washington sanction on December 6?');
  expect(r.kind === 'answer' && r.answer).toContain('Qais Khazali');
});
