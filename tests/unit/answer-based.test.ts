// "Where is Texaco based?" asks where the company has its seat: a sentence that
// says "based on facts" uses the word in another sense and tells no place.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'texaco.txt': ` date 1987-04-13
TEXACO RULING CITED
"The court in Chicago issued the ruling based on facts strikingly similar to the facts in the Texaco case," he said.
Texaco said it would appeal.`,
  'wallco.txt': ` date 1987-03-02
COLOROLL TO BUY WALLCO
Miami-based Wallco makes and sells wallcoverings.
Coloroll Group said it agreed to buy Wallco.`,
  'knowledge.txt': ` date 1987-03-11
COMPUTER HORIZONS BUYS COMPUTERKNOWLEDGE
Computer Horizons said it bought ComputerKnowledge Inc, a software training company headquartered in Dallas.`,
});

it.each([
  ['Where is Wallco based?', 'Miami'],
  ['Where is ComputerKnowledge headquartered?', 'Dallas'],
])('answers %s with the place the article gives', (question, place) => {
  const r = engine().ask(question);
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain(place);
});

it('declines "Where is Texaco based?" when the only "based" is "based on facts"', () => {
  expect(engine().ask('Where is Texaco based?').kind).toBe('not-found');
  // The same sentence still answers what it does say.
  const r = engine().ask('Where did the court issue the ruling?');
  expect(r.kind === 'answer' && r.answer.includes('Chicago')).toBe(true);
});
