// A capital stands for its country's government in news: "Who did Washington sanction?" is answered by an article
// that says "The US sanctioned…", though it never says "Washington".
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';
import { CAPITAL_OF } from '../../src/nlp/capitals.js';
import { terms } from '../../src/nlp/terms.js';
import { ask } from '../../src/answer/compose.js';

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

const bonn = engineOver({
  'shares.txt': ` date 1987-03-02
West German shares fall

Shares in West Germany fell sharply on Monday after a fall on Wall Street, dealers in Frankfurt said.`,
  'oil.txt': ` date 1987-03-03
Oil prices steady

Oil prices were steady on Tuesday in London, traders said, as OPEC output held near its quota.`,
});

/** The share of the question's names that the leading sentence's article lacks. */
function namedMissing(question: string): number | undefined {
  let missing: number | undefined;
  ask(bonn(), question, (s) => (missing = s.namedMissing));
  return missing;
}

it('takes a capital within a longer name for the city: the Berlin Wall is not West Germany', () => {
  expect(CAPITAL_OF.get(terms('Berlin')[0] ?? '')).toBe(terms('Germany')[0]);
  // Alone, Berlin is West Germany's government, which the article names.
  expect(namedMissing('Did Berlin see shares fall on Monday?')).toBe(0);
  // In "the Berlin Wall" it is the city: the article lacks the name whole, Wall Street notwithstanding.
  expect(namedMissing('Did shares fall after the Berlin Wall came down?')).toBeGreaterThan(0.3);
});
