// The engine: a loaded corpus and its index, and the questions it answers.
// Pure core: no Discord, no terminal.
import { ask, type AskResult } from '../answer/compose.js';
import { forEachDocument, type LoadOptions } from '../corpus/load.js';
import { PassageStore } from '../corpus/passage-store.js';
import type { Corpus, ParsedPassage } from '../corpus/types.js';
import { EngineBuilder, type EngineData } from './engine-builder.js';
import { PassageIndex } from '../search/passage-index.js';
import { SentenceStore } from '../corpus/sentence-store.js';
import { TimelineIndex } from '../timeline/timeline-index.js';
import { LruCache } from '../util/lru.js';
import { prefetchEmbeddings } from '../nlp/embeddings-prefetch.js';
import { deriveCorpusVectors, embeddingsFile, TermVectors } from '../nlp/word-vectors.js';

/** Answers kept per engine (issue 6): a repeated question gets the very same answer, and memory stays bounded. */
export const ANSWER_CACHE_SIZE = 1000;

/** What an engine reads its data through: the search index, the sentence store, the vectors, the passages. */
interface Views {
  corpus: Corpus;
  index: PassageIndex;
  sentences: SentenceStore;
  vectors: TermVectors | null;
}

function viewsOf(data: EngineData): Views {
  const index = PassageIndex.fromData(data.index);
  const sentences = new SentenceStore(data.sentences, index.vocabulary);
  const store = new PassageStore(data.passages, data.texts, data.documents, sentences, data.dates);
  return {
    index,
    sentences,
    vectors: data.vectors ? new TermVectors(data.vectors) : null,
    corpus: {
      documents: data.documents,
      passages: store.passages,
      warnings: data.warnings,
      duplicates: data.duplicates,
    },
  };
}

export class Engine {
  private readonly answers = new LruCache<string, AskResult>(ANSWER_CACHE_SIZE);
  readonly corpus: Corpus;
  readonly index: PassageIndex;
  /** Per-sentence data worked out at index time. */
  readonly sentences: SentenceStore;
  /** Word similarity for this corpus's terms, when the saved index has it. */
  readonly vectors: TermVectors | null;

  private constructor(
    readonly data: EngineData,
    views: Views,
    /** Date → sentences, from the passages' date mentions: built with the engine. */
    readonly timeline: TimelineIndex,
    readonly buildMs: number,
    /** Whether this engine was built from the files or loaded from the saved index. */
    readonly origin: 'built' | 'cache',
  ) {
    // What the saved index keeps of it (built or loaded alike).
    data.timeline ??= timeline.toColumns();
    this.corpus = views.corpus;
    this.index = views.index;
    this.sentences = views.sentences;
    this.vectors = views.vectors;
  }

  /**
   * The engine over built or saved data. The timeline index comes saved with the data, or
   * is built here from the date mentions a slice at a time (a reload while serving never stalls).
   */
  static async open(data: EngineData, buildMs: number, origin: 'built' | 'cache' = 'built'): Promise<Engine> {
    const views = viewsOf(data);
    const timeline = data.timeline
      ? TimelineIndex.fromColumns(data.timeline)
      : await TimelineIndex.buildInSlices(views.corpus);
    return new Engine(data, views, timeline, buildMs, origin);
  }

  /** An engine over a corpus already in memory, at once (small corpora: tests, tools). */
  static fromCorpus(corpus: Corpus<ParsedPassage>): Engine {
    const t0 = performance.now();
    const builder = new EngineBuilder();
    for (const doc of corpus.documents)
      builder.add(
        doc,
        doc.passages.map((id) => corpus.passages[id] as ParsedPassage),
      );
    const data = builder.finish(corpus.warnings, corpus.duplicates);
    const views = viewsOf(data);
    return new Engine(data, views, TimelineIndex.build(views.corpus), performance.now() - t0, 'built');
  }

  /** Read and index the files below `dir`, a document at a time, yielding to the event loop as it goes. */
  static async build(dir: string, options: LoadOptions = {}): Promise<Engine> {
    const t0 = performance.now();
    const builder = new EngineBuilder();
    // The word vectors' scan runs on the other core while this one indexes.
    const file = embeddingsFile();
    const prescan = file ? prefetchEmbeddings(file) : Promise.resolve(null);
    const { warnings, duplicates } = await forEachDocument(dir, options, (doc, passages) => builder.add(doc, passages));
    const data = await builder.finishInSlices(warnings, duplicates);
    data.vectors = await deriveCorpusVectors(data.index.terms, data.index.surface, await prescan);
    return Engine.open(data, performance.now() - t0);
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
