// The engine: a loaded corpus and its index, and the questions it answers.
// Pure core: no Discord, no terminal.
import { ask, type AskResult } from './answer/compose.js';
import { loadCorpus, type LoadOptions } from './corpus/load.js';
import type { Corpus } from './corpus/types.js';
import { PassageIndex } from './search/passage-index.js';
import { TimelineBuilder, type TimelineIndex } from './timeline/timeline-index.js';

export class Engine {
  private constructor(
    readonly corpus: Corpus,
    readonly index: PassageIndex,
    /** Date → sentences, built in the same pass as the search index. */
    readonly timeline: TimelineIndex,
    readonly buildMs: number,
  ) {}

  static fromCorpus(corpus: Corpus): Engine {
    const t0 = performance.now();
    const titles = corpus.documents.map((d) => d.title);
    const timeline = new TimelineBuilder(corpus);
    const index = PassageIndex.build(
      corpus.passages.map((p) => {
        timeline.add(p);
        return { id: p.id, title: titles[p.doc] ?? '', text: p.text };
      }),
    );
    return new Engine(corpus, index, timeline.finish(), performance.now() - t0);
  }

  static async load(dir: string, options: LoadOptions = {}): Promise<Engine> {
    return Engine.fromCorpus(await loadCorpus(dir, options));
  }

  ask(question: string): AskResult {
    return ask(this, question);
  }
}
