// A listing page holds several stories, each ended by a "Read more" link: what one story says does not vouch for
// another's sentence, and an answer does not run on into the next story.
import { expect, it } from 'vitest';
import type { Citation } from '../../src/answer/compose.js';
import { withNextParagraphs } from '../../src/answer/candidates.js';
import { sameStory, type AnswerContext } from '../../src/answer/context.js';
import { citationTitle } from '../../src/bot/render.js';
import { renderRead } from '../../src/bot/render-browse.js';
import { sourceLine } from '../../src/bot/render-post.js';
import type { Passage } from '../../src/corpus/types.js';
import { findDocuments } from '../../src/search/autocomplete.js';
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

it("reads on into the next paragraph only within the story: the next story's photo is not a candidate", () => {
  const { corpus } = engine();
  const russia = corpus.passages.find((p) => p.text.includes('Russia'));
  if (!russia) throw new Error('no Russia passage');
  const ctx = { corpus } as unknown as AnswerContext;
  const read = withNextParagraphs(ctx, [{ id: russia.id, score: 1, matched: [] }]).map((h) => h.id);
  // The page's next passage is the next story's photo caption.
  expect(corpus.passages[russia.id + 1]?.text).toContain('Spanish Army');
  expect(read).not.toContain(russia.id + 1);
  // The story's own photo, before it, is read with it (a short story is read whole).
  expect(read).toContain(russia.id - 1);
  for (const id of read) expect(sameStory(ctx, corpus.passages[id] as Passage, russia)).toBe(true);
});

it('shows, posts and finds a further story by its own title', () => {
  const { corpus } = engine();
  const page = corpus.documents.find((d) => d.stories?.length);
  const rally = corpus.passages.find((p) => p.text.includes('Tens of thousands'));
  if (!page || !rally) throw new Error('no listing page');
  expect(sourceLine(page, rally)).toMatch(/^Tens of thousands of Iraqis/);
  expect(renderRead(corpus, rally).embeds?.[0]?.title).toMatch(/^Tens of thousands of Iraqis/);
  // /read finds the page by the title its citations give the story.
  expect(findDocuments(corpus, 'Tens of thousands of Iraqis rallied')).toEqual([page]);
});
