// A question that names an article by its headline ("What happened with Acme
// Corp 4th qtr net?") is answered from that article even when its body is a
// table of figures sharing no words with the question; a question that names
// no article still gets "not found".
import { describe, expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'acme.txt':
    ' date 1987-03-02\nACME WIDGET CORP <ACW> 4TH QTR NET\nShr 1.02 dlrs vs 88 cts\nNet 4.5 mln vs 3.9 mln\nRevs 120 mln vs 101 mln\n',
  'grain.txt':
    ' date 1987-03-02\nWHEAT EXPORTS RISE\nWheat exports from the port rose sharply in February, traders said, as buyers returned.\n',
  'oil.txt':
    ' date 1987-03-03\nOIL PRICES STEADY\nCrude oil prices held steady on Monday as traders waited for the cartel to meet next week.\n',
  'venture.txt':
    ' date 1987-03-04\nTDK, ALLEN-BRADLEY SET UP MAGNETS JOINT VENTURE\nTDK Corp and Allen-Bradley Co have agreed to set up a company in Ohio to make ferrite magnets, a spokesman said.\n',
};

const engine = engineOver(ARTICLES);

describe('a question naming an article by its headline', () => {
  it('is answered from that article, though its body shares no words with the question', () => {
    const r = engine().ask('What happened with acme widget corp 4th qtr net?');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.citations[0]?.document.file).toBe('acme.txt');
    expect(r.citations.every((c) => c.document.file === 'acme.txt')).toBe(true);
  });

  it('does not turn an unrelated question into an answer', () => {
    expect(engine().ask('Who won the chess tournament in Reykjavik?').kind).toBe('not-found');
    // Most of the weight is in words no title holds: not a headline question.
    expect(engine().ask('Did acme widget executives discuss the chess tournament in Reykjavik?').kind).toBe(
      'not-found',
    );
  });

  it('is not named by a title that holds only whom the question asks about', () => {
    expect(engine().ask('What does Acme Widget Corp export?').kind).toBe('not-found');
  });

  it('that asks for a count is not answered by it when it counts none of what is asked', () => {
    expect(engine().ask('How many people does Acme Widget Corp employ in its 4th qtr?').kind).toBe('not-found');
  });

  it('that asks for a sum is not answered by it when it gives none', () => {
    expect(engine().ask('How much money did TDK invest in the Allen-Bradley magnets joint venture?').kind).toBe(
      'not-found',
    );
  });
});
