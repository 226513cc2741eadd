// A question may name an organisation by its initials ("CFR") where the article
// spells it out ("the Council on Foreign Relations"): the article holds that name.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'talks.txt': ` date 2020-01-08
TALKS OFF TO A BAD START
Efforts to end the crisis are off to a bad start, Richard Haass, the head of the Council on Foreign Relations, wrote on Twitter.

The Bank of Japan said it would keep rates unchanged.`,
  'markets.txt': ` date 2020-01-09
MARKETS CALM
Stock markets were calm on Thursday as traders waited for news from the talks.`,
});

it('takes initials passing over a small word ("Council on Foreign Relations") as the name the article gives', () => {
  const r = engine().ask('Who is the CFR head who said efforts to end the crisis were off to a bad start?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('Richard Haass');
});

it('still takes initials that give every word a letter ("Bank of Japan"), and not initials the article lacks', () => {
  const boj = engine().ask('What did the BOJ say about rates?');
  expect(boj.kind).toBe('answer');
  if (boj.kind === 'answer') expect(boj.answer).toContain('keep rates unchanged');
  expect(engine().ask('Who is the CBR head who said efforts to end the crisis were off to a bad start?').kind).toBe(
    'not-found',
  );
});

const council = engineOver({
  'council.txt': ` date 2020-01-10
OPPOSITION COUNCIL MEETS
The National Reform Council, led by Anna Berg, groups the opposition parties.

The Green Party holds the most NRC seats, and its leader chaired the session.`,
  'weather.txt': ` date 2020-01-10
COLD WEEK AHEAD
Forecasters expect a cold week in the capital.`,
});

it('takes initials in a sentence ("NRC seats") as the name the question spells out, where the article spells it so', () => {
  const r = council().ask('Which party holds the most seats in the National Reform Council?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.sentences[0]?.text).toContain('Green Party');
});
