// A sentence's words as the sentence ranker sees them: each word's index term
// and a few flags (number, year, date name, capital). Worked out once per
// sentence at index time and stored (corpus/sentence-store.ts).
import { isShouting, termOf, words } from './terms.js';
import { CALENDAR_WORD } from '../util/calendar-names.js';

/** What the sentence ranker needs to know of a word, as bits. */
export const WordFlag = {
  /** Has a digit, or is a number word ("twelve", "million"). */
  NUMBER: 1,
  /** A year ("1987", "1990s"). */
  YEAR: 2,
  /** A month or day name. */
  DATE: 4,
  /** Starts with a capital letter. */
  CAPITAL: 8,
} as const;

/** A sentence's words in order: each one's index term (null for a stop word) and its `WordFlag`s. */
export interface SentenceWords {
  terms: (string | null)[];
  flags: ArrayLike<number>;
}

const YEAR = /^(1[0-9]|20)\d\d(s)?$/;
/** Numbers Reuters spells ("five pct", "two and a half"). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens half'.split(
    ' ',
  ),
);

/** A sentence's words, ready for the ranker. Done once per sentence at index time. */
export function sentenceWords(text: string): SentenceWords {
  const ws = words(text);
  const shouting = isShouting(text);
  const flags = new Uint8Array(ws.length);
  const out: (string | null)[] = ws.map((w, i) => {
    let f = 0;
    if (/\d/.test(w) || NUMBER_WORDS.has(w.toLowerCase())) f |= WordFlag.NUMBER;
    if (YEAR.test(w)) f |= WordFlag.YEAR;
    if (CALENDAR_WORD.test(w)) f |= WordFlag.DATE;
    if (/^\p{Lu}/u.test(w)) f |= WordFlag.CAPITAL;
    flags[i] = f;
    return termOf(w, shouting);
  });
  return { terms: out, flags };
}
