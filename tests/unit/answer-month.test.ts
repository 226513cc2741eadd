// A question about one month's figures is not answered by another month's:
// monthly reports read alike, and only the month tells them apart.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'february.txt': ` date 1987-03-10
Harbour freight volumes at the port of Tarn rose by an adjusted 4.2 pct in February after a 1.1 pct rise in January, the port board said.`,
  'may.txt': ` date 1987-06-10
Harbour freight volumes at the port of Tarn rose 0.3 pct in May, the port board said.`,
};

const engine = engineOver(ARTICLES);

it("answers a month's question from that month's report", () => {
  const r = engine().ask('How much did adjusted harbour freight volumes at the port of Tarn rise in May?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') {
    expect(r.answer).toContain('0.3 pct');
    expect(r.answer).not.toContain('4.2 pct');
  }
});
