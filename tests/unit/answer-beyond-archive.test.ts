// A question about what happened in a period that begins after the newest article: the articles cannot tell it,
// however well a passage about the run-up matches ("Who won … in December 1987?" over an archive that ends in October).
import { describe, expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

describe('a past event after the newest article', () => {
  const engine = engineOver({
    'korea.txt': ` date 1987-10-12
KOREA SETS DECEMBER ELECTION
Roh Tae-woo said he would win the direct presidential election to be held in December.
The ruling party chose Roh Tae-woo as its candidate in the presidential election.`,
    'acme.txt': ` date 1987-10-20
ACME DECLARES DIVIDEND
Acme Corp declared a quarterly dividend of 10 cts a share payable on December 15, 1987, to holders of record November 20.
Acme Corp said it earned 5.2 mln dlrs in March 1987.`,
  });

  it('declines a past-tense question about a month after the newest article, saying when the articles end', () => {
    const r = engine().ask("Who won South Korea's direct presidential election in December 1987?");
    expect(r.kind).toBe('not-found');
    if (r.kind === 'not-found') expect(r.message).toMatch(/20 October 1987.*December 1987/);
    expect(engine().ask('How much did Acme earn in 1988?').kind).toBe('not-found');
  });

  it('answers what the articles looked forward to, a day a payment falls on, and a period they cover', () => {
    const ahead = engine().ask("Who will win South Korea's presidential election in December 1987?");
    if (ahead.kind === 'not-found') expect(ahead.message).not.toMatch(/articles end/);
    const paid = engine().ask('What dividend did Acme declare payable on December 15, 1987?');
    expect(paid.kind).toBe('answer');
    if (paid.kind === 'answer') expect(paid.answer).toContain('10 cts');
    const earned = engine().ask('How much did Acme earn in March 1987?');
    expect(earned.kind).toBe('answer');
    if (earned.kind === 'answer') expect(earned.answer).toContain('5.2 mln dlrs');
  });
});
