// "Which firm lead-managed the bond?": the sentence that matches best restates the
// question ("Kyushu Electric will issue a … bond") and names no firm; the one of
// its article that names one and says the rest ("Lead manager is Nomura") answers.
import { expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'bond.txt': ` date 1987-04-10
KYUSHU ELECTRIC TO ISSUE EUROYEN BOND
Kyushu Electric Power Co Inc will issue a seven-year 20 billion Euroyen bond on April 22, a company spokesman said. The straight bond, to be priced at 101.625, will carry a 4.75 pct coupon. Lead manager is Nomura International Inc.`,
  'rates.txt': ` date 1987-03-05
BELL CANADA TO CUT RATES
Bell Canada, owned by Bell Canada Enterprises Inc, said it will reduce long distance rates by an average of eight pct, effective Wednesday. The changes will decrease the charges for longer distances, Bell Canada said, as the regulator had asked. The Canadian Radio-television and Telecommunications Commission ordered Bell Canada to reduce its rates because it said the company earned too much.`,
});

it('answers "which company" with the sentence that names the firm, the restating one after it', () => {
  const r = engine().ask("Which company was lead manager of Kyushu Electric Power's 20 billion Euroyen bond?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toBe('Lead manager is Nomura International Inc.');
});

it('answers "which regulator" with the sentence that names it, not the company\'s own "Inc"', () => {
  const r = engine().ask('Which regulator ordered Bell Canada to reduce its long distance rates?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Telecommunications Commission ordered');
});

it('ends a name at a plural possessive: "Wyle Laboratories\' Euromarket debentures" names two things', () => {
  expect(parseQuestion("What rate did Wyle Laboratories' Euromarket debentures carry?").names).toEqual([
    ['wyle', 'laboratori'],
    ['euromarket'],
  ]);
});
