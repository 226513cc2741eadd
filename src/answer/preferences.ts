// Preferences over the ranked sentences: keep those that pass a test when any does, put one first, and in a near tie
// prefer the one that holds the question's names, its key word, the source or someone named.
import { sentenceWords } from '../nlp/sentence-words.js';
import { termOf } from '../nlp/terms.js';
import { MONTH_NAMES } from '../util/calendar-names.js';
import type { Question } from './question.js';
import { placesAsked } from './counting.js';
import { heldTerms, sameStory, type AnswerContext, type PassageSentence } from './context.js';
import type { Ranked } from './ranker.js';
import { kindAsked, LIGHT_VERBS } from './question-words.js';
import { MONTH_TERMS, monthsIn } from './times-asked.js';

/** The items that pass, when any does; else all of them (a preference, never an empty list). */
export function keepIfAny<T>(items: T[], keep: (item: T) => boolean): T[] {
  const kept = items.filter(keep);
  return kept.length ? kept : items;
}

/** `items` with `item` moved to the front, the rest in their order. */
export function toFront<T>(items: T[], item: T): T[] {
  return [item, ...items.filter((other) => other !== item)];
}

/**
 * The best-ranked sentence of `best`'s story that `holds`: one that answers in the best one's stead when that one
 * found the article and says the question but not the thing asked (a figure, a cause, a name, the role's holder).
 */
export function inItsStead<T extends Ranked<PassageSentence>>(
  ctx: Pick<AnswerContext, 'corpus'>,
  ranked: readonly T[],
  best: T,
  holds: (r: T) => boolean,
): T | undefined {
  return ranked.find((r) => sameStory(ctx, r.candidate.passage, best.candidate.passage) && holds(r));
}

/** A sentence within this share of the best, holding every name asked about where the best does not, goes first. */
const NAMES_TIE_SHARE = 0.98;

/**
 * A near tie: the ranker cannot tell them apart, but one holds every name asked about ("Iran" in "these missiles were
 * launched from Iran…") and the best does not ("…four Katyusha rockets near Baghdad airport"): that one goes first.
 */
export function preferNamesOnTie<T extends Ranked<PassageSentence>>(
  ctx: Pick<AnswerContext, 'index'>,
  q: Question,
  ranked: T[],
): T[] {
  const names = q.names ?? [];
  if (names.length === 0) return ranked;
  // Each name is held by its rarest word ("Celanese" for "Celanese Corp"); as terms, "Iranian" holds "Iran".
  const idf = (t: string) => ctx.index.stats.idf(t);
  const rarest = names.map((name) => name.reduce((a, b) => (idf(b) > idf(a) ? b : a)));
  return preferOnTie(ranked, (r) => holdsTerms(r, rarest));
}

/**
 * A sentence of the best one's article goes first when it scores this share of the best and says the question's
 * rarest word of what it asks where the best does not (as far behind as a source named, SOURCE_TIE_SHARE). At 0.75
 * a held-out answer over the archive was lost; from 0.8 to 0.85 the same questions moved.
 */
const KEY_WORD_TIE_SHARE = 0.85;

/** "early", "mid", "late" before a month or a year: when, not what is asked. */
const WHEN_MODIFIER = new RegExp(`\\b(early|mid|late)[\\s-]+(?:${MONTH_NAMES.join('|')}|\\d{4})\\b`, 'giu');

/**
 * "Which militia leader did the US slap sanctions on in early December?": the ranker cannot tell "Khazali's group is
 * one of many … militias" from "The US sanctioned Qais Khazali, head of Asaib Ahl al-Haq, on December 6", whose rare
 * names pull its vectors away from the question. The question's rarest word beyond its names ("sanctions") is what
 * it asks most: in a near tie, a sentence of the same article that says it, and keeps every name of the question the
 * best one holds, goes first. Another article's (or story's) sentence may say the word of another event.
 */
export function preferKeyWordOnTie<T extends Ranked<PassageSentence>>(
  ctx: Pick<AnswerContext, 'index' | 'corpus'>,
  q: Question,
  ranked: T[],
  unmentioned: ReadonlySet<string> = new Set(),
): T[] {
  const best = ranked[0];
  if (!best) return ranked;
  const kind = kindAsked(q);
  // Not a light verb ("put sanctions on": its object says what), nor a word that says when ("in early December").
  const when = new Set([...q.text.matchAll(WHEN_MODIFIER)].map((m) => termOf(m[1] ?? '')));
  const asked = q.terms.filter(
    (t) =>
      !q.named.has(t) && !/\d/.test(t) && !unmentioned.has(t) && !kind.has(t) && !LIGHT_VERBS.has(t) && !when.has(t),
  );
  // One word alone is the whole of what is asked: the best sentence that lacks it is no near tie.
  if (asked.length < 2) return ranked;
  const idf = (t: string) => ctx.index.stats.idf(t);
  const key = asked.reduce((a, b) => (idf(b) > idf(a) ? b : a));
  const names = q.terms.filter((t) => q.named.has(t) && holdsTerms(best, [t]));
  return preferOnTie(
    ranked,
    (r) => sameStory(ctx, r.candidate.passage, best.candidate.passage) && holdsTerms(r, [key]) && holdsTerms(r, names),
    KEY_WORD_TIE_SHARE,
  );
}

/** "When were the 240mm rockets first fired…": the question asks when something happened the first time. */
const FIRST_TIME_ASKED = /\bfirst\b/i;
const FIRST = termOf('first') ?? 'first';

/**
 * "When were the big 240mm rockets first fired at American troops?" asks for the first time, not any: in a near tie,
 * a sentence of the best one's story that says "first" ("These larger rockets were first used against US forces in
 * 2007") goes before one dated on a later firing ("…240mm rockets being fired near a US compound in mid-December").
 */
export function preferFirstTimeOnTie<T extends Ranked<PassageSentence>>(
  ctx: Pick<AnswerContext, 'corpus'>,
  q: Question,
  ranked: T[],
): T[] {
  const best = ranked[0];
  if (!best || q.kind !== 'date' || !FIRST_TIME_ASKED.test(q.text)) return ranked;
  return preferOnTie(
    ranked,
    (r) => sameStory(ctx, r.candidate.passage, best.candidate.passage) && holdsTerms(r, [FIRST]),
    KEY_WORD_TIE_SHARE,
  );
}

/**
 * "How many rockets were fired in the December 3 attack on Al-Asad base?": when the best sentence tells of the
 * event but gives no count ("Then came a December 3 attack … aimed at Al-Asad base"), a sentence of its article that
 * counts rockets answers only if it keeps the names the two share ("four Katyusha rockets near Baghdad airport" on
 * December 12 counts another attack's). The names of where and when (`placesAsked`) only, and for counts only: a sum
 * or a name asked for is as often given apart.
 */
export function countsSameEvent(q: Question, best: Ranked<PassageSentence>): (r: Ranked<PassageSentence>) => boolean {
  if (q.kind !== 'number' || !q.counted) return () => true;
  const held = heldTerms(best.candidate);
  // A month asked for is kept by a sentence that names no other ("GM produced 395,294 cars in the U.S. in March …
  // The automaker said it made 144,959 trucks last month"): "last month" is that month, "in February" is not.
  const month = (t: string) => MONTH_TERMS.has(t);
  const shared = placesAsked(q).filter((n) => n.every((t) => held.has(t)));
  return (r) => {
    const have = heldTerms(r.candidate);
    return shared.every(
      (n) => n.every((t) => have.has(t)) || (n.every(month) && monthsIn(r.candidate.text).size === 0),
    );
  };
}

/** Whether the sentence holds every one of `ts` among its terms. */
export function holdsTerms(r: Ranked<PassageSentence>, ts: readonly string[]): boolean {
  const have = new Set((r.candidate.words ?? sentenceWords(r.candidate.text)).terms);
  return ts.every((t) => have.has(t));
}

/** When the best sentence fails `holds` and one within NAMES_TIE_SHARE of its score passes, that one goes first. */
export function preferOnTie<T extends Ranked<PassageSentence>>(
  ranked: T[],
  holds: (r: T) => boolean,
  share = NAMES_TIE_SHARE,
): T[] {
  const best = ranked[0];
  if (!best || holds(best)) return ranked;
  const tied = ranked.find((r) => r.score >= best.score * share && holds(r));
  return tied ? toFront(ranked, tied) : ranked;
}

/**
 * A sentence naming the source the question asks about goes first when it scores this share of the best: further
 * behind than a tie of names (NAMES_TIE_SHARE), as the words of another's report match the question's as well.
 */
export const SOURCE_TIE_SHARE = 0.85;

/**
 * A sentence naming someone goes first for "who…" when it scores this share of the best, one naming no one. At 0.85,
 * "Who was the Iraqi prime minister that resigned?" (the articles do not say) was answered with another's name.
 */
export const WHO_TIE_SHARE = 0.9;
/**
 * "Which bases…": a sentence that names them goes first when it scores this share of the best, one that names none
 * (as far behind as a "who" question's, WHO_TIE_SHARE).
 */
export const WHICH_TIE_SHARE = 0.9;
/**
 * Words besides its names a sentence must share with a "which/where" question to stand in for a best sentence that
 * names nothing new: one ("government", "find") is as often another matter of the same article.
 */
const RESTATED_WORDS = 2;
/** A sentence holds RESTATED_WORDS of the question's words besides its names. */
export function saysOtherWords(q: Question, r: Ranked<PassageSentence>): boolean {
  return q.terms.filter((t) => !q.named.has(t) && heldTerms(r.candidate).has(t)).length >= RESTATED_WORDS;
}
