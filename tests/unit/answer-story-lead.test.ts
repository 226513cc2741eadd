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
