// A sentence of a few words goes on from the one before ("…launched missiles at two bases. There were no
// reports of casualties yet."): read alone it says too little to be found, and quoted alone too little to answer.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'strike.txt': ` date 1990-05-02
The ministry confirmed that rebels fired a dozen mortar rounds at two border posts on Tuesday evening. There were no reports of casualties yet.
Assessment of damage to the posts is under way, officials said, and casualty reports from the region are expected tomorrow.`,
  'talks.txt': ` date 1990-05-03
The rebels said the talks with the ministry would resume in June.
Diplomats said the mortar attack would delay the border talks.`,
};

const engine = engineOver(ARTICLES);

it('answers with the short sentence and the one it goes on from', () => {
  const r = engine().ask('Were any casualties reported after the rebels fired mortar rounds at the border posts?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') {
    expect(r.sentences[0]?.text).toContain('no reports of casualties');
    expect(r.sentences[0]?.text).toContain('fired a dozen mortar rounds');
  }
});

it('quotes the short sentence even when the one before matches the question better alone', () => {
  // Alone, the first sentence is denser in the question's words than the two together; it must not stand for them.
  const r = engine().ask('Did the rebels fire mortar rounds at the border posts?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('no reports of casualties');
});
