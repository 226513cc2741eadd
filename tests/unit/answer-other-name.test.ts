// A question may call a thing by a name its article does not use ("the
// Pentagon" for "the department of defence"). When no article with all the
// question's names names the one asked for, a better-ranked sentence that
// does, lacking one name, answers; otherwise the articles with the names win.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'kirkuk.txt': ` date 2019-12-28
ROCKETS HIT BASE NEAR KIRKUK
Rockets struck a base near Kirkuk on Friday, killing a Pentagon contractor.
Officials said Iranian-backed militias were behind the rocket attack.`,
  'missiles.txt': ` date 2020-01-08
IRAN FIRES MISSILES AT TWO BASES
Iran launched more than a dozen ballistic missiles at two bases in Iraq.
Confirming the attacks, the defence department spokesman Jonathan Hoffman said the missiles were launched from Iran.`,
  'talks.txt': ` date 2020-01-09
IRAQ HOLDS TALKS
Soleimani chaired the Iraqi cabinet meeting in December, officials said.
The meeting in Baghdad was attended by Iraqi ministers.`,
};

const engine = engineOver(ARTICLES);

it.each([
  'Which Pentagon spokesman confirmed the missile attacks?',
  'Who is the Pentagon spokesman who confirmed the missiles came from Iran?',
])('%s → the spokesman named where the Pentagon is not', (question) => {
  const r = engine().ask(question);
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Jonathan Hoffman');
});

it('keeps to the articles with every name when one of them answers in its own words', () => {
  const r = engine().ask('Which Iraqi meeting did Soleimani chair in December?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('cabinet meeting');
});
