// "Who owned Ademco Ltd before Seal Inc bought it?", "Who was Britain's Chancellor before Nigel Lawson?" ask for
// whoever came before: a sentence that tells of no one before ("Seal Inc said it acquired Ademco Ltd, a United
// Kingdom company…") does not say who.
import { expect, it } from 'vitest';
import { PREDECESSOR_ASKED, tellsPredecessor } from '../../src/answer/office-holder.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'seal.txt': ` date 1987-03-02
SEAL ACQUIRES ADEMCO
Seal Inc said it acquired Ademco Ltd, a United Kingdom company which distributes laminating equipment, for 2.6 mln dlrs.`,
  'acme.txt': ` date 1987-03-03
ACME BUYS WIDGET UNIT
Acme Corp said it bought Widget Ltd from Beta Industries Plc for 10 mln dlrs.`,
});

it('reads "who … before <name>" as asking for a predecessor, told by a former holder, a succession or a sale from', () => {
  expect(PREDECESSOR_ASKED.test('who owned Ademco Ltd before Seal Inc bought it?')).toBe(true);
  expect(PREDECESSOR_ASKED.test('Who was chairman before the merger?')).toBe(false);
  expect(tellsPredecessor('Seal Inc said it acquired Ademco Ltd, a United Kingdom company.')).toBe(false);
  expect(tellsPredecessor('Acme Corp said it bought Widget Ltd from Beta Industries Plc.')).toBe(true);
  expect(tellsPredecessor('Lawson succeeded Geoffrey Howe as Chancellor in 1983.')).toBe(true);
});

it('declines a predecessor no sentence tells of, and answers one told', () => {
  expect(engine().ask('Who owned Ademco Ltd before Seal Inc bought it?').kind).toBe('not-found');
  const r = engine().ask('Who owned Widget Ltd before Acme Corp bought it?');
  expect(r.kind === 'answer' && r.answer).toContain('Beta Industries');
});
