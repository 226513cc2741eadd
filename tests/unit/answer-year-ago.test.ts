// "What net loss did Calumet report for its quarter?" is not answered by "In the same year-ago period the company
// reported net income of…": a sentence that opens in the year before gives the figure of another period than the one
// asked. A question that asks of the earlier period is answered by it.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'calumet.txt': ` date 1987-04-20
CALUMET INDUSTRIES SEES QUARTER LOSS
Calumet Industries Inc said it expects to report a loss for its quarter ended March 31.
In the same year-ago period the company reported net income of 366,953 dlrs, or 18 cts a share.`,
  'comdisco.txt': ` date 1987-04-21
COMDISCO SEES HIGHER EARNINGS
Comdisco Inc said it expects higher earnings for its second quarter.
In the year-earlier second quarter, Comdisco reported earnings of 40 cts a share.`,
  'salomon.txt': ` date 1987-06-25
SALOMON SEES SECOND QUARTER IN THE BLACK
Salomon Inc said its second quarter is likely to be in the black, but down from the comparable year-ago quarter, when Salomon earned 117 mln dlrs.`,
});

it('declines a figure asked of the period when the only one is set in the year before', () => {
  expect(engine().ask('What net loss did Calumet Industries report for its quarter ended March 31?').kind).toBe(
    'not-found',
  );
  expect(engine().ask('How much did Comdisco earn a share in the second quarter?').kind).toBe('not-found');
});

it('declines a figure asked of the period when every figure of the sentence follows the year before', () => {
  expect(engine().ask('How much did Salomon Inc earn in the second quarter?').kind).toBe('not-found');
  const r = engine().ask('How much did Salomon Inc earn in the year-ago quarter?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('117 mln dlrs');
});

it('answers a figure asked of the year-ago period from the sentence that gives it', () => {
  const r = engine().ask('What net income did Calumet Industries report in the year-ago period?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('366,953 dlrs');
});
