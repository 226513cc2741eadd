// "Who was Britain's Chancellor of the Exchequer before Nigel Lawson?" is not answered by a sentence whose only
// capitalised word the question lacks is a common one wire copy capitalises after "U.S." ("…than in U.S.
// Equivalents"): a person's name is written capitalised wherever the articles use it.
import { expect, it } from 'vitest';
import { namesSomeone } from '../../src/answer/people.js';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';
import { contextOf, sentenceIn } from '../support/sentence-in.js';

const engine = engineOver({
  'lawson.txt': ` date 1987-10-20
LAWSON SEES NO NEED FOR STATEMENT
Chancellor of the Exchequer Nigel Lawson said there is more confidence in British banks than in U.S. Equivalents.
Chancellor of the Exchequer Nigel Lawson met Treasury official Peter Middleton on Tuesday.`,
  'funds.txt': ` date 1987-10-21
FUNDS SHIFT TO CASH
Investors moved into cash and cash equivalents, and other equivalents of money, dealers said.`,
});

const ctx = () => contextOf(engine());
const sentence = (text: string) => sentenceIn(engine(), text);

it('takes no common word capitalised mid-sentence for a person', () => {
  const q = parseQuestion("Who was Britain's Chancellor of the Exchequer before Nigel Lawson?");
  const equivalents = sentence(
    'Chancellor of the Exchequer Nigel Lawson said there is more confidence in British banks than in U.S. Equivalents.',
  );
  expect(namesSomeone(ctx(), q, equivalents)).toBe(false);
  const middleton = sentence(
    'Chancellor of the Exchequer Nigel Lawson met Treasury official Peter Middleton on Tuesday.',
  );
  expect(namesSomeone(ctx(), q, middleton)).toBe(true);
});
