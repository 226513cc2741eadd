// "…according to Finance Minister Carl Greenidge?" names its source in full; wire copy names him so once and then by
// his surname ("…Greenidge told Reuters"), and the sentence that says so may be the one that answers.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'guyana.txt': ` date 1987-03-25
GUYANA FINANCE MINISTER OPTIMISTIC
The country hopes to overcome its economic problems within three to five years and is now seeking help from donor governments and lenders in Europe and North America, Finance Minister Carl Greenidge said.
Guyana's arrears to the International Monetary Fund (IMF) are now 70 mln dlrs and it would not be eligible for new loans, Greenidge told Reuters.`,
  'zambia.txt': ` date 1987-03-26
ZAMBIA SEEKS FUNDS
Zambia's debt to its creditors rose in February, Finance Minister Gibson Chigaga said.`,
  'france.txt': ` date 1987-03-27
FRENCH BUDGET
The budget deficit will narrow this year, Finance Minister Edouard Balladur said.`,
  'sweden.txt': ` date 1987-03-28
SWEDISH RATES
Rates will stay high, Finance Minister Kjell-Olof Feldt told Carl Bildt.`,
});

it('takes the source named by its surname for the one the question names in full', () => {
  const r = engine().ask("How large are Guyana's arrears to the IMF according to Finance Minister Carl Greenidge?");
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('70 mln dlrs');
});
