// "According to Jens Stoltenberg, what were all NATO members concerned about?": wire copy names the speaker once,
// then goes on with "he said", "he added". A sentence that goes on so, after one naming the source the question
// gives, holds the source's name.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'nato.txt': ` date 2020-01-06
NATO HOLDS EMERGENCY MEETING
Meanwhile, Jens Stoltenberg, NATO Secretary-General, told reporters today he would not speculate on NATO potential actions or reactions as that could only inflame the situation. He said that the members were unified in their support of the organisation. Later noting the attack was solely a U.S decision he added however that all members were concerned about Iran's role in destabilising the region.
Iran's members of parliament were concerned about the budget, the speaker said.`,
});

it('reads the source the sentence before named into a sentence that goes on with "he added"', () => {
  const r = engine().ask('According to Jens Stoltenberg, what were all NATO members concerned about?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain("Iran's role in destabilising the region");
});

it('does not carry the source past a sentence that names no one and says nothing of speaking', () => {
  const r = engine().ask('According to Jens Stoltenberg, what were members of parliament concerned about?');
  if (r.kind === 'answer') expect(r.answer).not.toContain('budget');
});
