// A share asked is not given by a sum; a thing asked for that its article says it does not name is not named by
// another of its sentences.
import { expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { headWithheld } from '../../src/answer/withheld.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'lynch.txt': ` date 1987-04-02
LYNCH CORP UNIT BUYS TELEVISION STATION
Lynch Corp said its Coronet Communications unit agreed to buy a television station in Rhode Island.

The company said the price for the station, a CBS television network affiliate, was 20 mln dlrs.`,
  'ashland.txt': ` date 1987-04-03
ASHLAND TAKES STAKE IN BLUEFIELD
Ashland Oil Inc said it acquired a 45 pct stake in Bluefield Supply Co for 12 mln dlrs.`,
  'status.txt': ` date 1987-04-06
STATUS GAME TO SELL CONDOMS IN LAS VEGAS
Status Game Corp said it will immediately start selling condoms through the 500 cigarette machines it owns and operates in Las Vegas.

The company said it is negotiating a contract with one of the world's largest condom makers, which it did not identify, for the production of specially-packaged condoms.`,
  'varta.txt': ` date 1987-04-07
VARTA PICKS BATTERY SUPPLIER
Varta AG said it is negotiating a supply contract with Duracell International, the battery maker.

It said an unidentified bank would finance the deal.`,
});

it('declines "what share of X does Y own" of a sentence that gives only a sum, and answers it of one that gives a share', () => {
  expect(parseQuestion('What share of Coronet Communications does Lynch Corp own?').kind).toBe('percent');
  expect(engine().ask('What share of Coronet Communications does Lynch Corp own?').kind).toBe('not-found');
  const r = engine().ask('What share of Bluefield Supply does Ashland Oil own?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('45 pct');
});

it('reads a withheld name as the thing asked only where the sentence says that thing', () => {
  const q = parseQuestion('Which condom maker is Status Game negotiating with?');
  expect(headWithheld(q, "…with one of the world's largest condom makers, which it did not identify.")).toBe(true);
  expect(headWithheld(q, 'It said an unidentified bank would finance the deal.')).toBe(false);
});

it('declines "which maker" of an article that says it does not name the maker, and answers it where one is named', () => {
  expect(
    engine().ask('Which condom maker is Status Game Corp negotiating with to supply its Las Vegas cigarette machines?')
      .kind,
  ).toBe('not-found');
  const r = engine().ask('Which battery maker is Varta negotiating a supply contract with?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Duracell');
});
