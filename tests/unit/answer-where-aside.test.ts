// "Where are Iran's naval drills taking place?" of "While the rocket attack near Kirkuk could lead to a crisis, Iran is
// holding naval drills with Russia and China": the place is the opening clause's, another event's; the clause that
// tells of the drills names none. A place in the clause that tells it answers; a sentence that says no place does not.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'drills.txt': ` date 2019-12-28
DRILLS AND ROCKETS
While the rocket attack near Kirkuk could lead to a crisis, Iran is holding naval drills with Russia and China.`,
  'exercise.txt': ` date 2019-12-29
EXERCISES
While tensions rose in the region, the navy held live-fire exercises with two allies in the Gulf of Oman.`,
  'gateways.txt': ` date 1987-04-02
NOVELL UNIT INTRODUCES GATEWAYS
Novell Inc said its CXI Inc unit has introduced a series of new IBM gateway products for LAN workstations.
Zenith Labs said its Ohm Inc unit is based in Austin, Texas.`,
});

it('declines "where" of a sentence that says no place at all', () => {
  expect(engine().ask("Where is Novell's CXI unit based?").kind).toBe('not-found');
  const r = engine().ask("Where is Zenith's Ohm unit based?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Austin');
});

it('declines "where" when the only place is in the opening clause about something else', () => {
  expect(engine().ask('Where is Iran holding naval drills with Russia and China?').kind).toBe('not-found');
});

it('answers "where" with a place in the clause that tells what is asked', () => {
  const r = engine().ask('Where did the navy hold live-fire exercises with two allies?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Gulf of Oman');
});
