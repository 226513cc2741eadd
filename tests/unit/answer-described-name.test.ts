// Words that say what a name is, just before it ("its foodservice unit Service America"), need not be in the sentence
// that names it: "Service America, which Allegheny acquired in May 1985" answers when it was acquired.
import { expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'allegheny.txt': ` date 1987-03-16
ALLEGHENY BEVERAGE TO KEEP UNIT
Allegheny Beverage Corp said it has been approached by a group interested in acquiring a unit.
Service America, which Allegheny acquired in May 1985, operates cafeterias and vending machines.
Service America had fiscal 1986 revenues of about 934 mln dlrs.`,
  'pepsi.txt': ` date 1987-03-10
BOTTLER SOLD
In May 1985, Allegheny Beverage sold its Pepsi-Cola bottling unit to Pepsico Inc for 160 mln dlrs.`,
  'marriott.txt': ` date 1987-03-12
FOODSERVICE CONTRACT
The foodservice unit of Marriott Corp said it won a contract to run hospital cafeterias.
The foodservice industry grew five pct last year.`,
  // Buying is common news: "acquire" weighs little against "foodservice".
  ...Object.fromEntries(
    ['Acme', 'Borg', 'Cato', 'Dana', 'Eton', 'Fina'].map((name, i) => [
      `${name.toLowerCase()}.txt`,
      ` date 1987-03-0${i + 1}\n${name.toUpperCase()} BUYS\n${name} Corp said it acquired a unit of Zeta Inc in May.`,
    ]),
  ),
});

it('answers from the sentence that names the described unit', () => {
  const r = engine().ask('When did Allegheny Beverage acquire its foodservice unit Service America?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('which Allegheny acquired in May 1985');
});

it.each([
  ['When did Allegheny Beverage acquire its foodservice unit Service America?', 'foodservic'],
  ['Who leads the trading company Tracomin SA, which forecast lower exports?', 'compani'],
])('%s: %s describes a name', (q, term) => {
  expect(parseQuestion(q).described?.has(term)).toBe(true);
});

it.each([
  // A name that a clause opens ("the day Jiji Press quoted…"), or one that modifies a noun ("the big Baghdad march"),
  // is not described by the words before it.
  'Below what level did the dollar fall on the day Jiji Press quoted the governor?',
  'Who called the big Baghdad march demanding that US troops leave?',
  'Which airline did Air Mauritius lease its second Boeing 747 SP from?',
])('%s: nothing described', (q) => {
  expect(parseQuestion(q).described).toBeUndefined();
});
