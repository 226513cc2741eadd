// "Who runs Greenery Rehabilitation Group?" asks for whoever leads a body: a sentence that names no one with a title
// or a verb of leading ("…the facilities are operated by Greenery Rehabilitation") does not say who. (The archive's
// vectors let that sentence through the search's checks; these tests' engines have none, so the check is read alone.)
import { expect, it } from 'vitest';
import { tellsHolder } from '../../src/answer/office-holder.js';
import { parseQuestion } from '../../src/answer/question.js';
import { engineOver } from '../support/engine-over.js';
import { contextOf, sentenceIn } from '../support/sentence-in.js';

const engine = engineOver({
  'greenery.txt': ` date 1987-03-02
HEALTH AND REHABILITATION TO BUY NURSING HOMES
Health and Rehabilitation Properties Trust said it agreed to purchase three nursing facilities from Greenery Rehabilitation Group Inc.
Health and Rehabilitation said the facilities are now operated by Greenery Rehabilitation, which owns 9.9 pct of its shares.`,
  'tofutti.txt': ` date 1987-04-02
TOFUTTI BRANDS NAMES OFFICER
Tofutti Brands Inc said David Mintz, its founder, runs the company as chairman and chief executive.`,
});

const ctx = () => contextOf(engine());
const sentence = (text: string) => sentenceIn(engine(), text);

it('takes no sentence without a title or a verb of leading as naming who runs a body', () => {
  const q = parseQuestion('Who runs Greenery Rehabilitation Group?');
  const operated = sentence(
    'Health and Rehabilitation said the facilities are now operated by Greenery Rehabilitation, which owns 9.9 pct of its shares.',
  );
  expect(tellsHolder(ctx(), q, operated)).toBe(false);
});

it('takes a sentence that names someone with a title', () => {
  const q = parseQuestion('Who runs Tofutti Brands?');
  const mintz = sentence(
    'Tofutti Brands Inc said David Mintz, its founder, runs the company as chairman and chief executive.',
  );
  expect(tellsHolder(ctx(), q, mintz)).toBe(true);
  const r = engine().ask('Who runs Tofutti Brands?');
  expect(r.kind === 'answer' && r.answer).toContain('David Mintz');
});
