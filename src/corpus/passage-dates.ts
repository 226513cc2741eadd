// Date mentions for a document's passages. A document without a date line
// gets no invented date: its explicit dates count; its relative ones are
// resolved against an estimate (the latest explicit day it names), marked
// estimated, and kept off the timeline.
import type { PassageDate, SentenceInfo } from './types.js';
import { tagDates, type DateMention } from '../dates/tag-dates.js';

export interface DatablePassage {
  text: string;
  sentences: readonly SentenceInfo[];
  /** wink time entity spans over `text`, from the analysis pass. */
  timeSpans: readonly (readonly [number, number])[];
}

export function datePassages(passages: readonly DatablePassage[], dct: string | null): PassageDate[][] {
  if (dct) return passages.map((p) => toPassageDates(p, tagDates(p.text, { dct, timeSpans: p.timeSpans })));
  const first = passages.map((p) => tagDates(p.text, { dct: null, timeSpans: p.timeSpans }));
  const estimate = estimateDct(first.flat());
  if (!estimate) return passages.map((p, i) => toPassageDates(p, first[i] ?? []));
  return passages.map((p) =>
    toPassageDates(p, tagDates(p.text, { dct: estimate, estimated: true, timeSpans: p.timeSpans })),
  );
}

function toPassageDates(p: DatablePassage, mentions: DateMention[]): PassageDate[] {
  let s = 0;
  return mentions.map(({ text: _, ...m }) => {
    while (s < p.sentences.length - 1 && (p.sentences[s]?.end ?? 0) <= m.start) s++;
    return { ...m, sentence: s };
  });
}

/** The estimated date of an undated text: the latest day it writes out in full, or null. */
export function estimateDct(mentions: readonly DateMention[]): string | null {
  let estimate: string | null = null;
  for (const m of mentions) if (m.day && !m.relative && (!estimate || m.day > estimate)) estimate = m.day;
  return estimate;
}
