// A question naming a day ("…on April 7, 1987?") is answered by a sentence about that day. A sentence that names
// no day of its own, in an article published that day, is that day's news: a market report says "settled at…",
// not "settled on April 7 at…".
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'a-report.txt': ` date 1987-04-07
Platinum futures closed higher in New York, dealers said.
The key July platinum delivery settled at 572.20 dlrs an ounce, up 3.60 dlrs.`,
  'b-index.txt': ` date 1987-04-09
The commodity price index stood at 212.28 on April 7, up 1.71, the bureau said.
Dividends on the platinum producers' shares are payable on April 7.`,
  'c-older.txt': ` date 1987-03-02
The key July platinum delivery settled at 541.10 dlrs an ounce, down 2.10 dlrs.`,
};

const engine = engineOver(ARTICLES);

it('answers from the report published on the day asked about', () => {
  const r = engine().ask('What price did July platinum settle at on April 7, 1987?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('572.20 dlrs');
});

const rates = engineOver({
  'rate.txt': ` date 1987-04-09
CANADIAN BANK RATE RISES IN WEEK
Canada's key bank rate rose to 7.20 pct from 7.15 pct the week before, Bank of Canada said.
Bank rate is set 1/4 percentage point above the average yield on the weekly issue of 91-day treasury bills.`,
  'older.txt': ` date 1987-03-02
Canada's bank rate rose marginally to 7.15 pct from 7.12 pct last week, Bank of Canada said.
The bank's next rate setting is due on March 5.`,
});

// The comparison's time ("from 7.15 pct the week before", the week before the article's) is no date of the sentence's
// own: it tells the news of the day the article was published.
it("answers with its article's figure, though a comparison ('from 7.15 pct the week before') names another time", () => {
  const r = rates().ask(
    "What did Canada's key bank rate rise to in the week the Bank of Canada reported on April 9, 1987?",
  );
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('7.20 pct');
});
