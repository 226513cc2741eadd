// A question about one month's figures is not answered by another month's:
// monthly reports read alike, and only the month tells them apart.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'february.txt': ` date 1987-03-10
Harbour freight volumes at the port of Tarn rose by an adjusted 4.2 pct in February after a 1.1 pct rise in January, the port board said.`,
  'may.txt': ` date 1987-06-10
Harbour freight volumes at the port of Tarn rose 0.3 pct in May, the port board said.`,
};

const engine = engineOver(ARTICLES);

it("answers a month's question from that month's report", () => {
  const r = engine().ask('How much did adjusted harbour freight volumes at the port of Tarn rise in May?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') {
    expect(r.answer).toContain('0.3 pct');
    expect(r.answer).not.toContain('4.2 pct');
  }
});

// Months later than the article's own are plans, not another month's figures.
const plans = engineOver({
  'maize.txt': ` date 1987-04-29
TAIWAN BUYS MAIZE
The joint committee of Taiwan's maize importers awarded contracts to two firms to supply maize, a spokesman said.
Acme Grain Co won a contract for the supply of 54,000 tonnes, priced at 96.17 dlrs a tonne for delivery between May 21
and June 5.`,
  'march.txt': ` date 1987-04-02
TAIWAN MAIZE
Acme Grain Co won a maize contract from Taiwan's importers in March, priced at 91 dlrs a tonne.
Taiwan's importers expect to buy more maize in April.`,
});

it('answers "in April 1987" from an April article whose sentence names later months', () => {
  const r = plans().ask(
    "At what price did Acme Grain win its contract to supply maize to Taiwan's importers in late April 1987?",
  );
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('96.17 dlrs');
});
