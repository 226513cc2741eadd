// Builds everything an Engine holds in one pass over the documents: passage
// columns, the search index, and per-sentence data, sharing one vocabulary.
import type { PassageColumns, Texts } from '../corpus/passage-store.js';
import { PassageColumnsBuilder, stringTexts } from '../corpus/passage-store.js';
import type { CorpusWarning, ParsedPassage, SourceDocument } from '../corpus/types.js';
import { PassageDatesBuilder, type PassageDatesData } from '../corpus/passage-date-store.js';
import { PassageIndexBuilder, type PassageIndexData } from '../search/passage-index.js';
import { SentenceStoreBuilder, type SentenceStoreData } from '../corpus/sentence-store.js';
import type { TermVectorsData } from '../nlp/word-vectors.js';
import type { TimelineColumns } from '../timeline/timeline-index.js';
import { runInSlices, runToEnd } from '../util/slices.js';

/** Everything an Engine holds, as plain data: what the cache saves and loads. */
export interface EngineData {
  documents: SourceDocument[];
  warnings: CorpusWarning[];
  duplicates: number;
  passages: PassageColumns;
  texts: Texts;
  sentences: SentenceStoreData;
  /** Date mentions per passage; the timeline is built from them. */
  dates: PassageDatesData;
  index: PassageIndexData;
  /** Word vectors of the corpus's terms (and common words'); null without the embeddings package. */
  vectors?: TermVectorsData | null;
  /** The date → sentences index, once built from the date mentions (Engine.open): saved, so a load skips it. */
  timeline?: TimelineColumns;
}

export class EngineBuilder {
  private readonly documents: SourceDocument[] = [];
  private readonly columns = new PassageColumnsBuilder();
  private readonly index = new PassageIndexBuilder();
  private readonly sentences = new SentenceStoreBuilder(this.index.terms);
  private readonly dates = new PassageDatesBuilder();

  get passageCount(): number {
    return this.columns.texts.length;
  }

  /** The next document and its passages (ids continuing from the last). */
  add(document: SourceDocument, passages: readonly ParsedPassage[]): void {
    this.documents.push(document);
    for (const p of passages) {
      this.columns.add(p);
      this.index.add({ id: p.id, doc: document.index, title: document.title, text: p.text });
      this.sentences.addPassage(p.text, p.sentences);
      this.dates.add(p.dates);
    }
  }

  finish(warnings: CorpusWarning[], duplicates: number): EngineData {
    return runToEnd(this.finishSteps(warnings, duplicates));
  }

  /** The same, in slices between event-loop turns: a rebuild while serving keeps answering. */
  finishInSlices(warnings: CorpusWarning[], duplicates: number): Promise<EngineData> {
    return runInSlices(this.finishSteps(warnings, duplicates));
  }

  private *finishSteps(warnings: CorpusWarning[], duplicates: number): Generator<void, EngineData, void> {
    const sentences = this.sentences.finish();
    yield;
    // Last: the sentences may have added terms to the shared vocabulary.
    const index = this.index.finishData();
    yield;
    return {
      documents: this.documents,
      warnings,
      duplicates,
      passages: this.columns.finish(),
      texts: stringTexts(this.columns.texts),
      sentences: sentences.data,
      dates: this.dates.finish(),
      index,
    };
  }
}
