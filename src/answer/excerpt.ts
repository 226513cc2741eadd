// A passage cut down to an excerpt around the sentence that matters, with the
// spans of question terms marked for highlighting.
import { termSpans } from '../nlp/terms.js';
import { truncate } from '../util/text.js';

export const EXCERPT_CHARS = 300;

export interface Excerpt {
  text: string;
  /** [start, end) spans of question terms in `text`. */
  highlights: [number, number][];
  /** Text was left out before the excerpt. */
  cutBefore: boolean;
}

/** The excerpt of `text` that starts at `focusStart` (a sentence start) and fits `max`. */
export function excerpt(text: string, focusStart: number, terms: ReadonlySet<string>, max = EXCERPT_CHARS): Excerpt {
  // Begin at the passage start when a good part (~120 chars) of the focus
  // sentence still fits after it; otherwise begin at the focus sentence.
  const start = text.length > max && focusStart > max - 120 ? focusStart : 0;
  const piece = truncate(text.slice(start), max);
  return { text: piece, highlights: termSpans(piece, terms), cutBefore: start > 0 };
}
