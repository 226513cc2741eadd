// "Did oil prices jump after the strike?", "how did oil prices react…": the question is about prices. When no article
// speaks of them (nor of a synonym), a sentence that holds the question's other words ("Iran has already attacked oil
// tankers…") does not settle or tell it.
import { expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/question.js';
import { subjectHead } from '../../src/answer/question-words.js';
import { terms } from '../../src/nlp/terms.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'gulf.txt': ` date 2020-01-04
TENSIONS IN THE GULF
Iran has already attacked oil tankers in the Gulf of Oman after the US strike that killed Soleimani.`,
  'rally.txt': ` date 2020-01-24
RALLY IN BAGHDAD
Tens of thousands of Iraqis rallied in central Baghdad after the US strike that killed Soleimani.`,
});

it.each([
  ['Did oil prices jump after the strike?', 'prices'],
  ['How did oil prices react to the killing of Soleimani?', 'prices'],
  ["Is the Iraqi parliament's vote to expel foreign troops binding?", undefined],
  ['Is the vote to expel foreign troops binding?', 'vote'],
  ['Would the NATO boss say what the alliance might do?', undefined],
  ['Did the Sadr rally in Baghdad turn violent?', undefined],
  ['Did the rally in Baghdad turn violent?', 'rally'],
  ['Did Trump give a speech that night?', undefined],
  ['Was anyone hurt in the attack?', undefined],
  ['What did Iran attack in the Gulf?', undefined],
])('%s: the subject is %s', (question, head) => {
  expect(subjectHead(parseQuestion(question))).toBe(head === undefined ? undefined : terms(head)[0]);
});

it('declines a yes/no question about a subject no sentence speaks of', () => {
  expect(engine().ask('Did oil prices jump after the US strike that killed Soleimani in Iraq?').kind).toBe('not-found');
});

const priced = engineOver({
  'oil.txt': ` date 2020-01-04
OIL JUMPS
Oil prices jumped four percent after the US strike that killed Soleimani in Iraq.`,
});

it('settles it from a sentence about the subject', () => {
  const r = priced().ask('Did oil prices jump after the US strike that killed Soleimani in Iraq?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('four percent');
});
