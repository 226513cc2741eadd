// After a start, the first questions cost many times what later ones do: V8
// compiles chrono-node's large regular expressions when they are first run
// again (one question took 130–200 ms in chrono alone, then under 1 ms), the
// tense rules load wink-lexicon's word list, ICU sets up number formatting for
// the footer. In a burst right after a start, every acknowledgement waited
// behind those. So once the first engine is in place, the bot runs a few /ask
// jobs of its own through the queue, one at a time and in the background (a
// member's question queued meanwhile goes first): dates read from two
// sentences, and questions made from the corpus's own titles.
import { tagDates } from '../dates/tag-dates.js';
import type { Engine } from '../engine/engine.js';
import { answerAndRender } from './commands/ask.js';
import type { EngineWork } from './engine-work.js';

/** Sentences with the kinds of date chrono reads differently (weekday, month, ordinal, year, time, relative). */
const DATE_SENTENCES = [
  'The company said on Friday, March 3, 1987, that its 4th qtr net rose 12.5 pct from a year earlier.',
  'Two weeks ago the ministry said talks would resume next Monday at 10 a.m., as they did last year.',
];
const BACKGROUND = { background: true };
/** How many of the corpus's titles are asked. */
export const WARM_UP_QUESTIONS = 3;

/** Queue the warm-up jobs (they wait for the first engine); resolves when they have run. */
export async function warmUp(work: EngineWork, engine: () => Engine): Promise<void> {
  // Each sentence twice (V8 compiles a regular expression to machine code on its second run), one job each.
  for (const text of [...DATE_SENTENCES, ...DATE_SENTENCES])
    await work.run(() => tagDates(text, { dct: '1987-03-04' }), undefined, BACKGROUND);
  const documents = engine().corpus.documents;
  const count = Math.min(WARM_UP_QUESTIONS, documents.length);
  for (let i = 0; i < count; i++) {
    // Spread over the corpus. A title as it stands: members' questions are worded, so none is answered from
    // the warm-up's entries in the answer cache.
    const title = documents[Math.floor(((i + 0.5) * documents.length) / count)]?.title ?? '';
    await work.run(() => answerAndRender(engine(), title, { private: true }, ''), undefined, BACKGROUND);
  }
}
