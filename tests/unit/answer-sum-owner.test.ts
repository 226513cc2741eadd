// A sum is someone's: a sentence that gives one must say whose it is, as the question names it, or stand under a
// headline that does, or name another of the question's names in a paragraph that does.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'chrysler.txt': ` date 1987-06-02
CHRYSLER SEEN STRAINED BY ELECTROSPACE DEAL
Analyst John Kirnan said Chrysler may have trouble with the electronics firm because it is also buying American Motors Corp for about two billion dlrs.
Financial Corp of America has said it needs about one billion dlrs, and First Nationwide, a Ford unit, is in talks with it.`,
  'navy.txt': ` date 1987-06-12
TENNECO UNIT FACES INQUIRY
The Navy settled the claims for 208 mln dlrs in 1978 and then referred the case to the Justice Department. The Tenneco unit, Newport News Shipbuilding, had asked the Navy in 1976 for 894 mln dlrs in cost overruns.`,
});

it('declines a sum the sentence gives of someone else', () => {
  expect(engine().ask('How much did First Nationwide offer to buy Financial Corp of America?').kind).toBe('not-found');
});

it('takes a sum told of another of the question’s names, in a paragraph that names the owner', () => {
  const r = engine().ask('How much did the Navy settle the Newport News claims for?');
  expect(r.kind).toBe('answer');
  expect(r.kind === 'answer' && r.answer).toContain('208 mln dlrs');
});
