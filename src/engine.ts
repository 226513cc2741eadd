// The engine: a loaded corpus and its index, and the questions it answers.
// Pure core: no Discord, no terminal.
import { ask, type AskResult } from './answer/compose.js';
import { loadCorpus, type LoadOptions } from './corpus/load.js';
import type { Corpus } from './corpus/types.js';
import { PassageIndex } from './search/passage-index.js';

export class Engine {
  private constructor(
    readonly corpus: Corpus,
    readonly index: PassageIndex,
    readonly buildMs: number,
  ) {}

  static fromCorpus(corpus: Corpus): Engine {
    const t0 = performance.now();
    const titles = corpus.documents.map((d) => d.title);
    const index = PassageIndex.build(
      corpus.passages.map((p) => ({ id: p.id, title: titles[p.doc] ?? '', text: p.text })),
    );
    return new Engine(corpus, index, performance.now() - t0);
  }

  static async load(dir: string, options: LoadOptions = {}): Promise<Engine> {
    return Engine.fromCorpus(await loadCorpus(dir, options));
  }

  ask(question: string): AskResult {
    return ask(this, question);
  }
}
