// "Who is the head of NATO?" asks for whoever holds the body's top office, named beside it ("Jens Stoltenberg, NATO
// Secretary-General"), not for a sentence that says "head" of another body.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'nato.txt': ` date 2020-01-09
NATO WEIGHS LARGER IRAQ MISSION
BRUSSELS (Reuters) - NATO is considering an increase to its training mission in Iraq, diplomats said on Thursday.

The mission trains Iraqi officers and has been suspended since the strike that killed a top Iranian commander. Its chief trainer, a Canadian general, declined to comment.

Meanwhile, Jens Stoltenberg, NATO Secretary-General, told reporters he would not speculate on the next steps.`,
  'quds.txt': ` date 2020-01-03
GENERAL KILLED IN DRONE STRIKE
The attack on Qassem Soleimani came from a drone. He was head of the Quds Force, which has been blamed for many attacks.`,
});

it.each(['Who is the head of NATO?', 'Who heads NATO?', 'who is the NATO chief?'])('%s → Stoltenberg', (q) => {
  const r = engine().ask(q);
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Jens Stoltenberg, NATO Secretary-General');
});

it('a head of another body is still found by its own name', () => {
  const r = engine().ask('Who was the head of the Quds Force?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Soleimani');
});
