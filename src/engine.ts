// The engine: a loaded corpus and its index, and the questions it answers.
// Pure core: no Discord, no terminal.
import { ask, type AskResult } from './answer/compose.js';
import { loadCorpus, type LoadOptions } from './corpus/load.js';
import type { Corpus } from './corpus/types.js';
import { PassageIndex } from './search/passage-index.js';
import { TimelineBuilder, type TimelineIndex } from './timeline/timeline-index.js';
import { LruCache } from './util/lru.js';

/** Answers kept per engine (issue 6): a repeated question gets the very same answer, and memory stays bounded. */
export const ANSWER_CACHE_SIZE = 1000;

export class Engine {
  private readonly answers = new LruCache<string, AskResult>(ANSWER_CACHE_SIZE);

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

  /**
   * Answer a question. Results are cached per engine (a rebuilt corpus is a new
   * engine), so a retried or repeated question gets the same answer, and a
   * burst of one question costs one search.
   */
  ask(question: string): AskResult {
    const cached = this.answers.get(question);
    if (cached) return cached;
    const result = ask(this, question);
    // Over-long input is refused cheaply; not worth a slot (or its memory).
    if (question.length <= 1000) this.answers.set(question, result);
    return result;
  }
}
