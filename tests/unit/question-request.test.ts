// A request around a question ("Can you tell me who…", "Do you know when…") is chat's politeness: the question inside
// is read as if asked directly, and the reply shows the question as typed.
import { describe, expect, it } from 'vitest';
import { withoutRequest } from '../../src/answer/clean-question.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'acme.txt': ` date 1987-04-01
ACME NAMES NEW CHAIRMAN
Acme Corp said John Smith was named chairman, succeeding Mary Jones, who retired on March 31.

The company said its first quarter net income rose 12 pct because of higher prices for its steel.`,
});

describe('a request around the question', () => {
  it.each([
    ['Can you tell me who led the Quds Force?', 'who led the Quds Force?'],
    ['could you please tell me why the plant shut?', 'why the plant shut?'],
    ['Do you know when the base was attacked?', 'when the base was attacked?'],
    ['Does anyone know how many troops Canada has?', 'how many troops Canada has?'],
    ["I'd like to know what Acme earned", 'what Acme earned'],
    ['Tell me about the K-1 attack', 'the K-1 attack'],
    ['Please tell me, who retired?', 'who retired?'],
  ])('"%s" asks "%s"', (asked, inside) => {
    expect(withoutRequest(asked)).toBe(inside);
  });

  it.each(['Can you tell me?', 'Can Italian companies own shares in banks now?', 'Do banks know the rate?'])(
    'leaves "%s" as it is',
    (asked) => {
      expect(withoutRequest(asked)).toBe(asked);
    },
  );

  it('answers the question inside as the direct one, showing the question as typed', () => {
    const direct = engine().ask('When did Mary Jones retire?');
    const polite = engine().ask('Can you tell me when Mary Jones retired?');
    expect(direct.kind).toBe('answer');
    expect(polite.kind).toBe('answer');
    if (direct.kind === 'answer' && polite.kind === 'answer') {
      expect(polite.answer).toBe(direct.answer);
      expect(polite.answer).toContain('March 31');
      expect(polite.question).toBe('Can you tell me when Mary Jones retired?');
    }
  });
});

describe("chat's asides", () => {
  it.each([
    ['how many us troops are in iraq rn?', 'how many us troops are in iraq?'],
    ['tbh who retired', 'who retired'],
    ['who retired, btw?', 'who retired?'],
    ['Can you tell me who retired pls', 'who retired'],
  ])('"%s" asks "%s"', (asked, inside) => {
    expect(withoutRequest(asked)).toBe(inside);
  });

  it('leaves words that only hold the letters ("burnt", "imports") and a question of asides alone', () => {
    expect(withoutRequest('Who burnt the imports?')).toBe('Who burnt the imports?');
    expect(withoutRequest('lol')).toBe('lol');
  });
});
