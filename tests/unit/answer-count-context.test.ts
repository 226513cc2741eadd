// "How many…" is answered by a count given in the sentence after the event it counts ("…after three months of
// protests. 500 people have been killed and 19,000 wounded."): the count gains what the sentence before matched.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'unrest.txt': ` date 1990-05-02
Security forces have killed up to 40 people in the protests in Ruritania, witnesses said.
The prime minister of Ruritania has resigned after almost three months of street protests. 300 people have been killed and 9,000 injured.`,
  'talks.txt': ` date 1990-05-03
The opposition said talks with the government would resume in June.`,
};

const engine = engineOver(ARTICLES);

it('answers "how many" from the count after the sentence naming the event', () => {
  const r = engine().ask('How many people have been injured in the street protests in Ruritania?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('9,000 injured');
});
