// "It is believed there are…": an "it" that stands for the clause after it refers to nothing before, so the sentence
// is read, and quoted, alone; a pronoun "it" still reads with the sentence before.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const cells = engineOver({
  'cells.txt': ` date 2020-01-06
CELLS
The attack may lead to retribution attacks against NATO troops in the Middle East. It is believed there are many sleeper cells of Quds groups in foreign countries.

The drone strike came on Friday. It was launched from a base in Qatar.`,
});

it('reads a sentence with an expletive "it" alone', () => {
  const r = cells().ask('Are there Quds sleeper cells in foreign countries?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer')
    expect(r.sentences[0]?.text.startsWith('It is believed there are many sleeper cells')).toBe(true);
});

it('still reads a pronoun "it" with the sentence before', () => {
  const r = cells().ask('Where was the drone launched from?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('The drone strike came on Friday. It was launched');
});
