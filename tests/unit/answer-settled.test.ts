// "Did Trump give a speech…?" is settled by what happened: news tells what was expected, then, in the next
// sentence, the outcome, which shares few of the question's words.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'white-house.txt': ` date 2020-01-08
WHITE HOUSE WEIGHS RESPONSE
There was speculation that President Trump could give a speech to the nation on Tuesday night about the missile strikes.

Late in the evening the White House said there would be no address by the president.`,
  'rally.txt': ` date 2020-01-09
PRESIDENT HOLDS RALLY
President Trump gave a speech to supporters at a rally in Ohio on Thursday.`,
});

it('follows a yes/no answer that tells only what was expected with the outcome the article tells next', () => {
  const r = engine().ask('Did Trump give a speech to the nation on Tuesday night?');
  expect(r.kind).toBe('answer');
  if (r.kind !== 'answer') return;
  expect(r.sentences[0]?.text).toContain('There was speculation');
  expect(r.sentences[1]?.text).toContain('there would be no address');
});

it('adds nothing when the best sentence tells what happened', () => {
  const r = engine().ask('Did Trump give a speech to supporters in Ohio?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).not.toContain('no address');
});

it('adds nothing to a question that is not yes/no', () => {
  const r = engine().ask('What could Trump give on Tuesday night?');
  if (r.kind === 'answer') expect(r.answer).not.toContain('no address');
});
