// "Who is X?" asks who X is: every sentence naming X holds the whole question, so the one that says it ("He was head
// of…", "X, head of…", "X is a professor…") answers before one that only names X.
import { expect, it } from 'vitest';
import { introduces } from '../../src/answer/roles.js';
import { termOf } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';

const surname = (word: string) => termOf(word) ?? '';

it('reads how far a sentence says who someone is', () => {
  const soleimani = surname('Soleimani');
  expect(introduces('The attack on Soleimani, 62, came from a drone. He was head of the Quds Force.', soleimani)).toBe(
    2,
  );
  expect(
    introduces('The US sanctioned Qais Khazali, head of Asaib Ahl al-Haq, on December 6.', surname('Khazali')),
  ).toBe(2);
  expect(introduces('Christian Leuprecht (PhD) is a professor of political science.', surname('Leuprecht'))).toBe(2);
  expect(introduces('A drone killed Iranian General Qassem Soleimani on Friday.', soleimani)).toBe(1);
  expect(introduces('Populist cleric Moqtada al-Sadr convened the march.', surname('Sadr'))).toBe(1);
  expect(introduces('Trump said Soleimani’s “reign of terror” was over.', soleimani)).toBe(0);
  expect(introduces('Soleimani, who was 62, died. Trump spoke.', soleimani)).toBe(0);
});

const strike = engineOver({
  'strike.txt': ` date 2020-01-04
DRONE STRIKE
President Donald Trump said Soleimani’s “reign of terror” was over, and Secretary of State Mike Pompeo said Soleimani was behind attacks.

The attack came from a missile armed drone over the airport road in Baghdad, where the convoy had just left the terminal. It killed Soleimani and several others. He was head of Iran's elite Quds Force, the arm of the Revolutionary Guard abroad.`,
});

it('answers "who is X" with the sentence that says who X is', () => {
  const r = strike().ask('Who is Soleimani?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('head of');
});

const minister = engineOver({
  'pm.txt': ` date 2019-12-01
IRAQ
Adel Abdul Mahdi was the prime minister of Iraq until he resigned in December.

Floods spread across southern Iraq, the ministry said, and the prime minister visited.`,
});

it('reads "who was the prime minister of Iraq" as asking for a role\'s holder, not who "Iraq" is', () => {
  const r = minister().ask('Who was the prime minister of Iraq?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Adel Abdul Mahdi');
});
