// Sentence splitting and tagging with wink-nlp, done once per paragraph at
// index time so that answering a question needs no NLP pass over passages.
import { repairSentences } from './sentences.js';
import { terms } from './terms.js';
import { wink } from './wink.js';

/** Entity kinds a sentence can hold, as bits. wink's lite model has no PERSON/ORG/GPE. */
export const EntityKind = {
  DATE: 1,
  TIME: 2,
  CARDINAL: 4,
  MONEY: 8,
  PERCENT: 16,
  ORDINAL: 32,
  DURATION: 64,
  /** A bare number token not inside a wink entity ("500 troops"). */
  NUMBER: 128,
} as const;
export type EntityKindName = keyof typeof EntityKind;

export interface AnalyzedSentence {
  /** Offsets into the analysed text. */
  start: number;
  end: number;
  kinds: number;
  /** Index terms of proper-noun runs. */
  proper: string[];
  /** wink's DATE, TIME and DURATION entities, as [start, end) offsets into the analysed text; the date tagger reads them. */
  timeSpans: [number, number][];
}

const TIME_TYPES = new Set(['DATE', 'TIME', 'DURATION']);

/** Wire datelines ("BRUSSELS (Reuters) - ") name where a story was filed, not who or what it is about. */
export const WIRE_DATELINE = /^[\p{Lu}][\p{Lu} .,'-]+(?:\([^)]{1,30}\))?\s*[-–—]+\s*/u;

const kindBit = (type: string): number => EntityKind[type as EntityKindName] ?? 0;

/** A run this long without white space is no word: a blob, a table rule, links glued together. */
const LONG_RUN = /(?<!\S)\S{120,}/g;

/**
 * The text with a space put in every 120 characters of a long unbroken run, same length, so offsets
 * hold. wink's URL pattern backtracks over such a run in time that grows with its square (a corpus
 * file of 1,000 glued links took 26 s).
 */
export function breakLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const chars = run.split('');
    for (let i = 119; i < chars.length; i += 120) {
      // Not inside a surrogate pair: the next plain character takes the space.
      let j = i;
      while (j < chars.length && /[\ud800-\udfff]/.test(chars[j] ?? '')) j++;
      if (j < chars.length) chars[j] = ' ';
    }
    return chars.join('');
  });
}

/** Split `text` into sentences and tag each one. Offsets are into `text`. */
export function analyze(input: string): AnalyzedSentence[] {
  if (!input.trim()) return [];
  const text = breakLongRuns(input);
  const nlp = wink();
  // wink's `its.*` helpers are plain functions passed by reference; they use no `this`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const { pos: itsPos, span: itsSpan, type: itsType } = nlp.its;
  const doc = nlp.readDoc(text);
  /* eslint-enable @typescript-eslint/unbound-method */
  const tokens: string[] = doc.tokens().out();
  const pos: string[] = doc.tokens().out(itsPos);
  // Token → character offsets, found in order (wink's tokens are substrings).
  const tokStart = new Int32Array(tokens.length);
  const tokEnd = new Int32Array(tokens.length);
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as string;
    const at = text.indexOf(tok, cursor);
    const start = at === -1 ? cursor : at;
    tokStart[i] = start;
    tokEnd[i] = at === -1 ? cursor : start + tok.length;
    cursor = tokEnd[i] as number;
  }
  const entitySpans = doc.entities().out(itsSpan) as unknown as [number, number][];
  const entityTypes: string[] = doc.entities().out(itsType);
  const inEntity = new Uint8Array(tokens.length);
  const sentences = repairSentences(
    text,
    { text: tokens, pos, start: tokStart, end: tokEnd },
    doc.sentences().out(itsSpan) as unknown as [number, number][],
  );
  const datelineEnd = WIRE_DATELINE.exec(text)?.[0].length ?? 0;
  const out: AnalyzedSentence[] = [];
  let e = 0;
  for (const [first, last] of sentences) {
    let kinds = 0;
    const timeSpans: [number, number][] = [];
    while (e < entitySpans.length && (entitySpans[e] as [number, number])[0] <= last) {
      const [es, ee] = entitySpans[e] as [number, number];
      if (es >= first) {
        kinds |= kindBit(entityTypes[e] ?? '');
        if (TIME_TYPES.has(entityTypes[e] ?? '')) timeSpans.push([tokStart[es] ?? 0, tokEnd[ee] ?? 0]);
        for (let t = es; t <= ee; t++) inEntity[t] = 1;
      }
      e++;
    }
    const proper: string[] = [];
    let run: string[] = [];
    const flush = () => {
      if (run.length) proper.push(...terms(run.join(' ')));
      run = [];
    };
    for (let t = first; t <= last; t++) {
      const p = pos[t];
      if (p === 'NUM' && !inEntity[t] && /\d/.test(tokens[t] ?? '')) kinds |= EntityKind.NUMBER;
      // The first word of a sentence is capitalised anyway; trust wink's PROPN tag only.
      if (p === 'PROPN' && (tokStart[t] ?? 0) >= datelineEnd) run.push(tokens[t] ?? '');
      else flush();
    }
    flush();
    const start = tokStart[first] ?? 0;
    const end = tokEnd[last] ?? start;
    if (end > start) out.push({ start, end, kinds, proper: [...new Set(proper)], timeSpans });
  }
  return out;
}
