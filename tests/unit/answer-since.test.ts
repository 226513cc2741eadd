// "Since when…" asks for a starting point: the sentence that gives one ("since August 2018") answers, before a
// sentence that matches the question's words as well but dates a single event.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'grain.txt': ` date 1987-04-02
GRAIN SHIPMENTS TRACKED
On March 30 officials said inspectors had been tracking new grain shipments by barge from Canada to Chicago.
Canada has been shipping grain by barge to Chicago since August 1985, the officials added.
The barges carry about 3,000 tonnes each.`,
});

it('answers "since when" from the sentence that gives the starting point', () => {
  const r = engine().ask('Since when has Canada been shipping grain by barge to Chicago?');
  expect(r.kind).toBe('answer');
  if (r.kind !== 'answer') return;
  expect(r.sentences[0]?.text).toContain('since August 1985');
});

it('a "when" question without "since" is not held to a starting point', () => {
  const r = engine().ask('When did officials say inspectors were tracking grain shipments from Canada?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('March 30');
});
