// A "when" answer opens with the date it gives; that lead counts against the answer's stretch, so further
// sentences give way to it rather than push the answer past ANSWER_STRETCH_CHARS.
import { expect, it } from 'vitest';
import { ANSWER_STRETCH_CHARS } from '../../src/answer/answer-text.js';
import { engineOver } from '../support/engine-over.js';

const filler =
  'with the mayor, the council and many of the engineers who had worked on it for years watching from the bank';
const ARTICLES: Record<string, string> = {
  'bridge.txt': ` date 1990-03-06
Bridge opens

The new river bridge at Northfield opened to traffic on Monday, March 5, ${filler}, ${filler}, ${filler}.`,
  'bridge2.txt': ` date 1990-03-07
Traffic on the bridge

Drivers queued for hours at both ends as the new river bridge at Northfield opened to traffic on Monday, police said, and more queues are expected this weekend.`,
};

const engine = engineOver(ARTICLES);

it('keeps a "when" answer with its date within the stretch', () => {
  const r = engine().ask('When did the new river bridge at Northfield open to traffic?');
  expect(r.kind).toBe('answer');
  if (r.kind !== 'answer') return;
  expect(r.lead).toBeDefined();
  expect(r.answer.length).toBeLessThanOrEqual(ANSWER_STRETCH_CHARS);
});
