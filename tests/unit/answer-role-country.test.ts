// Two ways a sentence names what a who / which-country question asks: a role said by the noun that qualifies its
// head ("its Dutch parent" for "parent company"), and a country named by a sentence below one that names none.
import { describe, expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

describe('a role said by the noun before its head', () => {
  const engine = engineOver({
    'toronto.txt': ` date 1987-03-04
FIRST TORONTO TO ISSUE DEBENTURE
First Toronto Capital Corp said it planned to issue a five mln dlr convertible debenture to its Dutch parent, Arcalex B.V., which would raise its stake to 60 pct.
First Toronto, an investment bank, also said it planned to grant directors an option.`,
    'bank.txt': ` date 1987-03-05
BANK HOLDING COMPANY FORMED
First National Bank Corp is the parent company of First National Bank in Mount Clemens.`,
  });

  it('answers "who is X\'s parent company" by the sentence that says "its parent"', () => {
    const r = engine().ask("Who is First Toronto Capital Corp's Dutch parent company?");
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.answer).toContain('Arcalex B.V.');
  });
});

describe('a role of another body', () => {
  const engine = engineOver({
    'nato.txt': ` date 2020-01-03
NATO HOLDS EMERGENCY MEETING
Jens Stoltenberg, NATO Secretary-General, responding to reporters today said he would not speculate on NATO actions or reactions.
President Trump had told reporters earlier in the day that the killing of General Qassem Soleimani, head of the Islamic Revolutionary Guard Corps, was justified.`,
  });

  it('does not answer "who is the head of NATO" by the head of the Revolutionary Guard', () => {
    const r = engine().ask('Who is the head of NATO that told reporters he would not speculate on NATO reactions?');
    if (r.kind === 'answer')
      expect(r.sentences[0]?.text).not.toContain('head of the Islamic Revolutionary Guard Corps');
  });

  it("answers it by the one who holds NATO's top office", () => {
    const r = engine().ask('Who is the head of NATO that told reporters he would not speculate on NATO reactions?');
    expect(r.kind === 'answer' ? r.sentences[0]?.text : r.message).toContain(
      'Jens Stoltenberg, NATO Secretary-General',
    );
  });
});

describe('which country', () => {
  const engine = engineOver({
    'stocks.txt': ` date 1987-04-20
FOREIGN BUYING OF CANADIAN STOCKS AT RECORD
Foreign investors were the biggest buyers of Canadian stocks in February, buying a record one billion dlrs, the country's statistics agency said.
Canadian investors sold a net 90 mln dlrs of foreign stocks in February, the agency said.
U.S. residents were the biggest buyers, purchasing 800 mln dlrs of Canadian stocks in February.`,
  });

  it('answers by a sentence that names a country the question does not, below one that names none', () => {
    const r = engine().ask("Which country's investors were the biggest buyers of Canadian stocks in February?");
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('U.S. residents');
  });
});
