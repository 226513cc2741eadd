// "How much per acre is Higashi Nippon House asking?" asks a sum for each acre: "around 2,200 acres of land" is no
// price an acre, nor is a total. "Per the Fed" asks for no unit.
import { expect, it } from 'vitest';
import { holdsAskedKind } from '../../src/answer/asked-kind.js';
import { parseQuestion } from '../../src/answer/question.js';

const holds = (question: string, text: string) =>
  holdsAskedKind(parseQuestion(question), text, { answerNear: 1, type: 1 }, null);

const OFFER = 'Higashi Nippon House said it would offer around 2,200 acres of land in Illinois from early April.';
const ALUMINA = 'The Soviet Union agreed to buy the plant’s entire annual output of 600,000 tonnes of alumina.';

it('declines a sum asked for each unit when the sentence gives none for each', () => {
  expect(holds('How much per acre is Higashi Nippon House asking for its U.S. farmland?', OFFER)).toBe(false);
  expect(holds('What price per tonne will the Soviets pay for the alumina?', ALUMINA)).toBe(false);
});

it('takes a sum for each unit however it is written', () => {
  const asked = 'How much per acre is Higashi Nippon House asking for its U.S. farmland?';
  expect(holds(asked, 'Higashi Nippon House is asking about 2,000 dlrs an acre for the land.')).toBe(true);
  expect(holds(asked, 'The land is offered at 1,500 dlrs per acre.')).toBe(true);
  expect(holds('What price per tonne will the Soviets pay?', 'The Soviets will pay 180 dlrs/tonne.')).toBe(true);
});

it('asks no unit after "per the", nor of a verb after "each"', () => {
  const credit = 'U.S. consumer instalment credit rose 1.77 billion dlrs in February, the Federal Reserve said.';
  expect(holds('By how much did US consumer credit grow in February, per the Fed?', credit)).toBe(true);
  const venture = 'LyphoMed and Novopharm will invest 10 mln dlrs in the joint venture.';
  expect(holds('How much are LyphoMed and Novopharm each putting into the venture?', venture)).toBe(true);
});
