// "What is the name of X" wants a name written after X, or given it further on ("to be known as…"); a month or
// weekday there ("leaders in January") dates the sentence and names no one.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const ARTICLES: Record<string, string> = {
  'visit.txt': ` date 1990-05-02
Border talks to resume after the elections

The US envoy in January met officials in Baghdad to discuss the border talks.
Officials said the border talks would resume in June after the elections.`,
  'named.txt': ` date 1990-05-03
Trade talks end

The talks on trade were led by the trade envoy David Marsh, officials said.`,
  'float.txt': ` date 1990-05-04
Miner to float unit

Fiji gold miner <Emperor Mines Ltd> said it will float a gold investment company in the Isle of Man to be known as <Odin Mining and Investment Co Ltd>.`,
};

const engine = engineOver(ARTICLES);

it('does not take a month after the noun for the name asked for', () => {
  const r = engine().ask('What is the name of the US envoy who met officials in Baghdad?');
  expect(r.kind === 'answer' ? r.answer : r.kind).toBe('not-found');
});

it('still takes a name after the noun', () => {
  const r = engine().ask('What is the name of the trade envoy who led the talks?');
  expect(r.kind === 'answer' && r.answer).toContain('David Marsh');
});

it('takes a name given further on ("to be known as <Odin Mining…>")', () => {
  const r = engine().ask('What was the name of the gold investment company Emperor Mines planned to float?');
  expect(r.kind === 'answer' && r.answer).toContain('Odin Mining');
});
