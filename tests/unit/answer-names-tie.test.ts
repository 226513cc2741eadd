// When the ranker cannot tell two sentences apart (within 2%), the one that holds every name the question asks about
// answers before one that lacks a name: "Which bases did Iran fire its missiles at?" is answered where the missiles
// "were launched from Iran", not by militia rockets near Baghdad airport that score as well on "fired" and "base".
import { describe, expect, it } from 'vitest';
import { preferNamesOnTie } from '../../src/answer/preferences.js';
import { type PassageSentence } from '../../src/answer/context.js';
import { parseQuestion } from '../../src/answer/question.js';
import type { Features, Ranked } from '../../src/answer/ranker.js';

/** A ranked sentence with only what the tie-break reads: its text and score. */
function ranked(text: string, score: number): Ranked<PassageSentence> {
  return {
    candidate: { text, kinds: 0, proper: [] } as unknown as PassageSentence,
    features: {} as Features,
    score,
  };
}

/** Names are rare words; "corp" is common. */
const ctx = {
  index: { stats: { idf: (t: string) => (t === 'corp' ? 0.1 : 2) } },
} as unknown as Parameters<typeof preferNamesOnTie>[0];

describe('a near tie between sentences', () => {
  const q = parseQuestion('Which bases did Iran fire its missiles at?');
  const rockets = ranked('Militias fired four rockets at the base near the airport on Friday.', 15.09);
  const missiles = ranked('The missiles were launched from Iran at two bases, Al-Assad and Irbil.', 15.03);

  it('goes to the sentence holding every name asked about', () => {
    expect(preferNamesOnTie(ctx, q, [rockets, missiles])[0]).toBe(missiles);
  });

  it('is no tie when the best scores 2% more', () => {
    const far = ranked(missiles.candidate.text, 14.5);
    expect(preferNamesOnTie(ctx, q, [rockets, far])[0]).toBe(rockets);
  });

  it('leaves the best first when it holds the names itself', () => {
    const both = ranked('Iran fired rockets at the base near the airport.', 15.09);
    expect(preferNamesOnTie(ctx, q, [both, missiles])[0]).toBe(both);
  });

  it('takes a name by its rarest word: "Celanese" holds "Celanese Corp"', () => {
    const takeover = parseQuestion('When did Hoechst complete its takeover of Celanese Corp?');
    const merged = ranked('Hoechst and Celanese completed their merger last month.', 16.09);
    const formed = ranked('Celanese was merged with American Hoechst to form Hoechst Celanese Corp.', 16.02);
    expect(preferNamesOnTie(ctx, takeover, [merged, formed])[0]).toBe(merged);
  });
});
