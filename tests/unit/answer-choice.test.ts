// Which sentence answers, and when to say "not found": a "when" answer is led
// by the date that answers, never the day a statement was made; a wire
// headline run into a sentence is not quoted; a question about a name no
// article mentions, or whose names the best article lacks, is not answered.
import { describe, expect, it } from 'vitest';
import { withoutHeadline } from '../../src/answer/answer-text.js';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'copper.txt': ` date 1987-03-05
COPPER STUDY GROUP PROPOSED
Copper producing and consuming countries met in Geneva to consider a proposed study group, officials said today.
The next meeting on the copper study group will be held in June, the chairman said on Thursday.
Delegates said prices were not part of the talks.`,
  'talks.txt': ` date 1987-03-09
MINISTERS MEET ON TRADE
Trade minister John Brown and finance minister Anne Gray were seen driving into the central bank on Monday.
The bank said exports rose 4 pct in February.`,
  'steel.txt': ` date 1987-03-06
STEEL MAKER RAISES OUTPUT
Nisshin Steel Co Ltd said it would spend 10.7 billion yen on new plant in 1987.
The company said steel demand from carmakers rose sharply last year.`,
};

describe('answer choice', () => {
  const engine = engineOver(ARTICLES);

  it('a "when" answer is led by the date that answers, not the day it was said', () => {
    const r = engine().ask('When will the next meeting on the copper study group be held?');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.answer).toContain('June');
    expect(r.lead ?? '').not.toMatch(/Thursday|5 March/);
    expect(r.lead ?? '').toMatch(/June 1987/);
  });

  it('a question about a name no article mentions is not answered', () => {
    expect(engine().ask('How much did Westinghouse spend on new plant in 1987?').kind).toBe('not-found');
    expect(engine().ask('How much did Nisshin Steel spend on new plant in 1987?').kind).toBe('answer');
  });

  it('a sentence with the names but little of what is asked about them does not answer', () => {
    expect(engine().ask('What did John Brown say about steel demand?').kind).toBe('not-found');
    const seen = engine().ask('Where were John Brown and Anne Gray seen driving?');
    expect(seen.kind).toBe('answer');
    if (seen.kind === 'answer') expect(seen.answer).toContain('central bank');
  });

  it('a wire headline run into the first sentence is not quoted', () => {
    expect(withoutHeadline('STEEL MAKER RAISES OUTPUT Nisshin Steel Co Ltd said it would spend more.')).toBe(
      'Nisshin Steel Co Ltd said it would spend more.',
    );
    expect(withoutHeadline('The U.S. and U.K. said NATO would act.')).toBe('The U.S. and U.K. said NATO would act.');
  });
});

describe('sentences joined to the one before them', () => {
  const joined = engineOver({
    'drills.txt': ` date 2019-12-28
IRAN HOLDS DRILLS
Iran is holding naval drills with Russia and China. Iran has already attacked oil tankers in the Gulf of Oman and downed a US drone. It also attacked Saudi Arabia in September. It has launched at least four rocket attacks on Israel from near the Golan in September.`,
  });

  it('are quoted once: a chosen one runs on to the end of the next that starts inside it', () => {
    const r = joined().ask('What did Iran attack in September?');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.answer.split('It also attacked Saudi Arabia in September.')).toHaveLength(2);
    expect(r.answer).toContain('four rocket attacks on Israel');
  });
});
