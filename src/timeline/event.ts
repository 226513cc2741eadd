// The shapes the timeline reads off its index: an event (a dated sentence and
// the articles that tell it), and what reading needs.
import type { Corpus, Passage, SourceDocument } from '../corpus/types.js';
import type { TimelineIndex } from './timeline-index.js';

/** The day's own reporting, earlier plans for it, later recollection of it. */
export type DayPart = 'reported' | 'scheduled' | 'recalled';

export interface EventSource {
  document: SourceDocument;
  passage: Passage;
}

export interface TimelineEvent {
  day: string;
  /** The sentence. */
  text: string;
  /** [start, end) spans of `text` that fix the date, for bold. */
  highlights: [number, number][];
  /** For a lead sentence dated by the next one: the words that date it. */
  datedBy: string | null;
  /** Every article that tells this event, first the one quoted. */
  sources: EventSource[];
  /** Which part of the day it belongs to: the day's own reporting, earlier plans, later recollection. */
  part: DayPart;
  /** News weight within its part (lead sentence, articles that tell it); higher first. */
  weight: number;
  /** A folded line of routine dates: how many sentences, of which kinds, for which companies. */
  routine?: { count: number; kinds: string[]; companies: string[] };
}

export interface TimelineContext {
  corpus: Corpus;
  timeline: TimelineIndex;
  /** Term document frequencies, to compare rare words first when de-duplicating (any order is correct). */
  index?: { stats: { df: { get(term: string): number | undefined } } };
}
