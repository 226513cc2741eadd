// A listing page holds several stories, each ended by a "Read more" link: what one story says does not vouch for
// another's sentence, and an answer does not run on into the next story.
import { expect, it } from 'vitest';
import type { Citation } from '../../src/answer/compose.js';
import { citationTitle } from '../../src/bot/render.js';
import { renderAskText } from '../../src/cli/render-text.js';
import { engineOver } from '../support/engine-over.js';

const engine = engineOver({
  'listing.txt': ` date 2020-01-25
Iraqi soldiers train at a base near Baghdad. (U.S. Army/Spc. A. Pierce)

Iraq's Defense Ministry says it has discussed deepening military cooperation with Russia, as ties between Baghdad and Washington fray.

Read More
Iraqi instructors practise skills they learned from Spanish Army instructors at a range near Baghdad. (U.S. Army/Spc. B. Cole)

BAGHDAD (Reuters) - Tens of thousands of Iraqis rallied in central Baghdad on Friday calling for the expulsion of U.S. troops, but the protest dissipated after a few hours.

Read More
Militia fighters gather outside the U.S. Embassy in Baghdad. (REUTERS/Staff)

Most attacks on U.S. forces in Iraq are carried out by Shiite militias, said Maj. Gen. Alex Grynkewich, a deputy commander in Iraq.

Read More
© 2020 Example News. All rights reserved.`,
  ...Object.fromEntries(
    ['oil', 'wheat', 'steel', 'cars', 'gold'].map((x, i) => [
      `${x}.txt`,
      ` date 2020-01-0${i + 1}\nU.S. ${x}\n\nU.S. ${x} prices changed little on the day, U.S. dealers said.`,
    ]),
  ),
});

it("does not answer about someone named in another story of the page with this story's sentence", () => {
  // The rally's story gives a length of time; Grynkewich is in the next story, not in this one.
  expect(engine().ask("How long did Grynkewich's rally in Baghdad take?").kind).toBe('not-found');
  // His own story still answers what it says.
  const r = engine().ask('Who did Grynkewich say carries out most attacks on U.S. forces in Iraq?');
  expect(r.kind === 'answer' && r.answer).toContain('Shiite militias');
});

it("ends an answer with its story: the next story's photo caption is not read on", () => {
  const r = engine().ask('Which country is Iraq’s Defense Ministry discussing military cooperation with?');
  expect(r.kind === 'answer' && r.answer).toContain('Russia');
  expect(r.kind === 'answer' && r.answer).not.toContain('Spanish');
});

it("cites a passage of a listing page's further story by that story's title, in Discord and in the terminal", () => {
  const r = engine().ask('How long did the rally in central Baghdad last?');
  if (r.kind !== 'answer') throw new Error(`expected an answer, got ${r.kind}`);
  const rally = r.citations.find((c) => c.passage.text.includes('Tens of thousands'));
  expect(rally).toBeDefined();
  const title = citationTitle(rally as Citation);
  // The rally's story's own first sentence, its dateline left off; not the page's first story.
  expect(title).toMatch(/^\[\d\] Tens of thousands of Iraqis rallied in central Baghdad/);
  expect(title).not.toContain('Defense Ministry');
  expect(renderAskText(r)).toMatch(/\[\d\] Tens of thousands of Iraqis rallied/);
});
