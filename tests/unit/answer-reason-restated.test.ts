// "Why did Bioassay's market makers stop trading its stock?" is not answered by "…deleted from Nasdaq because two of
// the company's three market makers ceased trading in the stock": after "because" stands the event asked about, as
// the cause of something else; its own cause is not given.
import { expect, it } from 'vitest';
import { givesCause } from '../../src/answer/ranker.js';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'bioassay.txt': ` date 1987-04-03
BIOASSAY DELETED FROM NASDAQ
Bioassay Systems Corp said its common stock was deleted from Nasdaq as of March 17 because two of the company's three market makers ceased trading in the stock.`,
  'acme.txt': ` date 1987-04-05
ACME STOCK HALTED
Market makers stopped trading Acme Corp stock because the company failed to file its annual report.`,
});

const eventOf = (question: string) => {
  const q = parseQuestion(question);
  return new Set(q.terms.filter((t) => !q.named.has(t)));
};

it('takes no cause from a connective followed by the event asked about', () => {
  const event = eventOf("why did Bioassay Systems' market makers stop trading its stock?");
  const deleted =
    "Bioassay Systems Corp said its common stock was deleted from Nasdaq as of March 17 because two of the company's three market makers ceased trading in the stock.";
  expect(givesCause(deleted, event)).toBe(false);
  // Without the event, the connective gives a cause as before.
  expect(givesCause(deleted)).toBe(true);
  expect(engine().ask("why did Bioassay Systems' market makers stop trading its stock?").kind).toBe('not-found');
});

it('answers by a connective followed by a cause of its own', () => {
  const event = eventOf('Why did market makers stop trading Acme stock?');
  expect(
    givesCause(
      'Market makers stopped trading Acme Corp stock because the company failed to file its annual report.',
      event,
    ),
  ).toBe(true);
  const r = engine().ask('Why did market makers stop trading Acme stock?');
  expect(r.kind === 'answer' && r.answer).toContain('failed to file');
});
