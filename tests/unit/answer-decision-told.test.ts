// "Did the Federal Cartel Office approve Mannesmann's takeover of Fichtel und Sachs?" is not answered by "…lodged an
// application with the Federal Cartel Office for approval": a yes/no question of a decision on a request needs one
// told, either way and in any words; one told only as sought or ahead says nothing of it.
import { expect, it } from 'vitest';
import { decisionUntold } from '../../src/answer/outcome.js';
import { engineOver } from '../support/engine-over.js';

const APPROVE = "Did the Federal Cartel Office approve Mannesmann's takeover of Fichtel und Sachs?";
const SOUGHT =
  'A Mannesmann spokesman said the company has lodged an application with the Federal Cartel Office for approval of a majority stake in Fichtel und Sachs.';

it('finds no decision in a request, a charge or a decision ahead', () => {
  expect(decisionUntold(APPROVE, SOUGHT)).toBe(true);
  expect(
    decisionUntold(
      'Was Roger King convicted over the Fort Lauderdale incident?',
      'Roger King, chairman of King World Productions Inc, faces charges of cocaine possession stemming from his arrest in Fort Lauderdale.',
    ),
  ).toBe(true);
  expect(
    decisionUntold(
      "Did the House of Lords allow the Tin Council's documents as evidence?",
      'On November 2 the House of Lords will decide if ITC documents are admissible as court evidence.',
    ),
  ).toBe(true);
});

it('reads a decision told either way, in other words than the question’s', () => {
  expect(decisionUntold(APPROVE, 'The Federal Cartel Office cleared Mannesmann’s takeover of Fichtel und Sachs.')).toBe(
    false,
  );
  expect(
    decisionUntold(
      'Did Hong Kong regulators allow Jardine Matheson to list its new B shares?',
      'Ray Astin and Ronald Li said they have rejected a plan by Jardine Matheson to list its new "B" shares and that other such plans will not be approved.',
    ),
  ).toBe(false);
  expect(
    decisionUntold(
      'Did Allegheny shareholders approve the merger?',
      'Allegheny shareholders voted in favour of the merger at a special meeting.',
    ),
  ).toBe(false);
});

it('leaves questions of no decision to the other checks', () => {
  expect(decisionUntold('Did Mannesmann buy a stake in Fichtel und Sachs?', SOUGHT)).toBe(false);
  expect(decisionUntold('When did the Federal Cartel Office approve the takeover?', SOUGHT)).toBe(false);
});

const engine = engineOver({
  'mannesmann.txt': ` date 1987-03-10
MANNESMANN SEEKS CARTEL APPROVAL FOR FICHTEL STAKE
${SOUGHT}
Fichtel und Sachs makes clutches and shock absorbers for the car industry.`,
  'cleared.txt': ` date 1987-04-02
CARTEL OFFICE CLEARS DAIMLER BID FOR AEG
The Federal Cartel Office said it cleared Daimler-Benz AG's takeover of AEG AG after a four-month review.`,
});

it('declines a decision only sought, and answers one made', () => {
  expect(engine().ask(APPROVE).kind).toBe('not-found');
  const r = engine().ask("Did the Federal Cartel Office approve Daimler-Benz's takeover of AEG?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('cleared');
});
