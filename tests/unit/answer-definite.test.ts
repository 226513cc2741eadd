// A sentence opening with "the <thing>" named in the sentence before is read
// with it, as one opening with a pronoun is: the question's words can be split
// between the two ("…passed a resolution… The resolution is non-binding").
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'council.txt': ` date 1990-05-02
The city council in an emergency session on Monday adopted a motion to close the harbour to tankers. The motion however is advisory for the port authority.
Harbour pilots said tanker traffic had doubled since the spring.`,
  'port.txt': ` date 1990-05-03
The port authority said it would publish new rules for tankers in June.
Shipping firms said the rules would raise costs.`,
};

const engine = engineOver(ARTICLES);

it('quotes "the motion…" with the sentence that names the motion', () => {
  const r = engine().ask("Is the city council's motion to close the harbour advisory?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') {
    expect(r.answer).toContain('advisory');
    expect(r.answer).toContain('adopted a motion');
  }
});
