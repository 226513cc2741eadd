// A short wire story is about what its lead says: a later paragraph that says what the question asks most reads
// with the lead, though it repeats none of its names ("Underwriters are Wood Gundy Inc…").
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'offering.txt': ` date 1987-03-12
MORDEN AND HELWIG FILES FOR SHARE OFFERING
Markel Financial Holdings Ltd said subsidiary Morden and Helwig Group Inc filed a preliminary prospectus for a proposed initial share offering in Canada.

Markel did not elaborate on financial terms of the issue.

Underwriters are Wood Gundy Inc and Dean Witter Reynolds (Canada) Inc.

Morden, an independent insurance services company, expects to use proceeds for acquisitions.`,
  'other.txt': ` date 1987-03-12
ACME PLANS BOND ISSUE
Acme Corp said it plans a bond issue in Canada, its first since 1985.`,
});

it('answers "who is underwriting X" with the later paragraph that names the underwriters', () => {
  const r = engine().ask('Who is underwriting the Morden and Helwig initial share offering in Canada?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Wood Gundy');
});

const plan = engineOver({
  'wilson.txt': ` date 1987-04-02
WILSON FOODS MAKES FINAL CREDITOR PAYMENT
Wilson Foods Corp said it made the final creditor payment of 2 mln dlrs under its 1984 bankruptcy reorganization plan.

The plan resulted from its 1983 filing under Chapter 11 of the U.S. Bankruptcy Code.

Including the final payment, the company said it has paid its creditors 31 mln dlrs plus interest at 9.5 pct.`,
  'other.txt': ` date 1987-04-02
ACME SETS DIVIDEND
Acme Corp said its board declared a regular quarterly dividend of 10 cts a share.`,
});

it('answers "how much has X paid" with the sentence of its short story that says the paying and the sum', () => {
  const r = plan().ask('How much has Wilson Foods paid its creditors under its 1984 bankruptcy reorganization plan?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('31 mln dlrs');
});
