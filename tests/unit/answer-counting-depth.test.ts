// "How many X" is answered only by a sentence counting X, so the answer reads
// further down the search hits than other questions do: the count may sit in a
// long paragraph that BM25 ranks below many short ones about X.
import { expect, it } from 'vitest';
import { engineOver } from '../support/engine-over.js';

const articles: Record<string, string> = {};
for (let i = 0; i < 10; i++)
  articles[`alert-${i}.txt`] = ` date 2020-01-0${i % 9}
ALERT ${i}
American troops in Iraq were put on alert again on the day of report ${i}.`;
articles['lead.txt'] = ` date 2020-01-08
MISSILES HIT TWO BASES
Iran launched more than a dozen ballistic missiles at two bases in western Iraq late on Tuesday, officials said, in what they called a response to the killing of a general. There were no reports of casualties yet, and officials said an assessment was under way at both bases. The United States has close to 6,000 troops in Iraq, to combat the Islamic State and to train Iraqi forces, and its allies have hundreds more.`;

const engine = engineOver(articles);

it('finds the count in a long paragraph ranked below ten short ones', () => {
  const r = engine().ask('How many American troops are in Iraq?');
  expect(r.kind).toBe('answer');
  if (r.kind === 'answer') expect(r.answer).toContain('6,000 troops');
});
