// "When did X become Y?" asks when X came to be Y: a sentence that calls X by the title and dates something else
// does not say.
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { actUntold, becomingUntold } from '../../src/answer/times-asked.js';
import { Engine } from '../../src/engine/engine.js';
import { terms } from '../../src/nlp/terms.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.build(path.resolve(import.meta.dirname, '../../corpus'));
});

it('declines "when did X become Y" of a sentence that only gives X the title, dated on something else', () => {
  // "Jens Stoltenberg, NATO Secretary-General responding to reporters today…": today's date is not when.
  expect(engine.ask('When did Stoltenberg become NATO secretary general?').kind).toBe('not-found');
  expect(engine.ask('when did stoltenberg become NATO secretary general').kind).toBe('not-found');
});

it('takes a sentence that tells the change: becoming, an appointment, a succession, a "since"', () => {
  const asked = 'When did Stoltenberg become secretary-general?';
  expect(becomingUntold(asked, 'Stoltenberg, NATO Secretary-General, spoke to reporters today.')).toBe(true);
  expect(becomingUntold(asked, 'Stoltenberg became secretary-general in October 2014.')).toBe(false);
  expect(becomingUntold(asked, 'Stoltenberg was appointed in March 2014.')).toBe(false);
  expect(becomingUntold(asked, 'Stoltenberg took office in 2014.')).toBe(false);
  expect(becomingUntold(asked, 'Stoltenberg, secretary-general since 2014, said…')).toBe(false);
  // Another question asks no change.
  expect(becomingUntold('When did Stoltenberg speak?', 'Stoltenberg spoke to reporters today.')).toBe(false);
});

it('takes a "become" only when it goes on to what was asked', () => {
  const asked = 'When did Soleimani become commander of the Quds Force?';
  const force = 'More so however, he was becoming a powerful political force in his own right in December.';
  expect(becomingUntold(asked, force)).toBe(true);
  expect(becomingUntold(asked, 'Soleimani became the commander of the Quds Force in 1998.')).toBe(false);
  expect(becomingUntold(asked, 'Soleimani was appointed in 1998.')).toBe(false);
  expect(engine.ask(asked).kind).toBe('not-found');
});

it('takes no date for an act told only as undecided ("might decide whether to launch")', () => {
  const verbs = ['launch'];
  expect(
    actUntold(
      'When did they launch the program?',
      verbs,
      'They said they might decide later this year whether to launch a joint program.',
    ),
  ).toBe(true);
  expect(
    actUntold(
      'When did they launch the program?',
      verbs,
      'They are studying whether the group will formally launch the plane.',
    ),
  ).toBe(true);
  expect(
    actUntold('When did they launch the program?', verbs, 'They said they launched the joint program in March.'),
  ).toBe(false);
  // A sentence without the act is left to the other checks.
  expect(
    actUntold('When did they launch the program?', verbs, 'They agreed on the basic parameters of the aircraft.'),
  ).toBe(false);
});

it('takes no date for an act a question of the past asks, told only as ahead ("would get approval this year")', () => {
  const [approve] = terms('approve');
  const likely = 'He said it was likely that Lilly would get FDA approval this year for Prozac.';
  expect(actUntold('When did the FDA approve Prozac?', [approve ?? ''], likely)).toBe(true);
  expect(actUntold('When did the FDA approve Prozac?', [approve ?? ''], 'The FDA approved Prozac in December.')).toBe(
    false,
  );
  // A question of a plan is answered by the plan's date.
  const [enter] = terms('enter');
  const due = 'The 7J7 airliner is due to enter service in 1992.';
  expect(actUntold('When was the 7J7 supposed to enter service?', [enter ?? ''], due)).toBe(false);
});
