// The shapes ingestion produces. Offsets (`start`, `end`) are UTF-16 code-unit
// positions into the source file as read; `text` is the cleaned text.

import type { DateMention } from '../dates/tag-dates.js';

/** Kinds of entity a sentence holds, as bits (see `EntityKind`). */
export type KindMask = number;

export interface SentenceInfo {
  /** Offsets into the passage's `text`. */
  start: number;
  end: number;
  /** Bit set of `EntityKind`s found in the sentence. */
  kinds: KindMask;
  /** Index terms of the sentence's proper nouns (runs of PROPN tokens). */
  proper: string[];
}

export interface Passage {
  /** Position in `Corpus.passages`. */
  id: number;
  /** Stable id: `<docId>:<paragraph>` or `<docId>:<paragraph>.<part>`. */
  key: string;
  doc: number;
  /** 1-based paragraph number within the document (¶n). */
  paragraph: number;
  /** 1-based part when a long paragraph was split, else 1. */
  part: number;
  text: string;
  start: number;
  end: number;
}

/**
 * A passage as ingestion makes it, its sentences and date mentions in hand.
 * The engine's passages hold them in columns instead: read them with
 * `sentencesOf` and `datesOf` (corpus/passage-store.ts), which decode on each call.
 */
export interface ParsedPassage extends Passage {
  sentences: SentenceInfo[];
  /** Date mentions, in order. */
  dates: PassageDate[];
}

/**
 * A date mention in a passage, resolved against its document's date (see
 * src/dates): offsets into the passage's `text`, and the index of its sentence.
 */
export type PassageDate = Omit<DateMention, 'text'> & { sentence: number };

export interface SourceDocument {
  /** Position in `Corpus.documents`. */
  index: number;
  /** File path relative to the corpus folder, without extension. */
  id: string;
  file: string;
  title: string;
  /** Publication date `YYYY-MM-DD` from the date line, or null when the file has none. */
  date: string | null;
  /** Ids of this document's passages, in order. */
  passages: number[];
  /**
   * The further stories of a listing page, in order (each ended by a "Read more" link): the ¶ at which each begins
   * and its title. Absent for a page of one story; the first story is the document's, under its title.
   */
  stories?: Story[];
}

export interface Story {
  /** The ¶ at which the story begins. */
  from: number;
  title: string;
}

export interface CorpusWarning {
  file: string;
  reason: string;
}

export interface Corpus<P extends Passage = Passage> {
  documents: SourceDocument[];
  passages: P[];
  warnings: CorpusWarning[];
  /** Passages dropped as repeats of earlier text. */
  duplicates: number;
}
