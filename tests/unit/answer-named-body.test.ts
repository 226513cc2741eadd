// "Which banks are Hawkeye Bancorporation's principal creditors?" asks for banks by name, as "which city" asks for a
// city: a sentence that names nothing the question does not ("…a debt restructuring package with its principal
// creditors") does not say which.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'hawkeye.txt': ` date 1987-04-02
HAWKEYE HOLDERS APPROVE RESTRUCTURING
Hawkeye Bancorporation said shareholders approved the bank holding company's debt restructuring package with its principal creditors.`,
  'acme.txt': ` date 1987-04-03
ACME REACHES BANK ACCORD
Acme Corp said its principal creditors, Chase Manhattan Bank and Citibank, agreed to extend its loans.`,
});

it('declines which banks when the sentence names none', () => {
  expect(engine().ask("Which banks are Hawkeye Bancorporation's principal creditors?").kind).toBe('not-found');
});

it('answers which banks with the banks named', () => {
  const r = engine().ask("Which banks are Acme Corp's principal creditors?");
  expect(r.kind === 'answer' && r.answer).toContain('Chase Manhattan');
});
