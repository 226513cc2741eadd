// The sentence ranker: which sentences answer a question. A linear model over
// a few features, each 0…1 or a small count; the weights are fitted on the
// TrecQA training set (`npx tsx scripts/tune-ranker.ts`), never on this corpus.
import { isShouting, termOf, words } from '../nlp/terms.js';
import type { IdfSource } from '../search/term-stats.js';
import type { Question } from './question.js';

/** A sentence as the ranker sees it. */
export interface Candidate {
  text: string;
  /** Entity kinds found in it (see EntityKind). */
  kinds: number;
  /** Proper-noun terms in it. */
  proper: string[];
  /** Retrieval score of its passage relative to the best passage, 0…1 (1 when unknown). */
  passageScore?: number;
  /** Its words as `sentenceWords(text)` gives them, when worked out ahead (at index time). */
  words?: SentenceWords;
}

/** What the ranker needs to know of a word, as bits. */
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

export interface Features {
  /** Share of the question's idf weight that the sentence contains. */
  coverage: number;
  /** BM25 of the sentence against the question, squashed to 0…1. */
  bm25: number;
  /** Share of the question's term pairs found as pairs in the sentence. */
  bigrams: number;
  /** The sentence holds the kind of thing asked for (a date for "when"…). */
  type: number;
  /** Proper nouns that the question does not already name (for who/which/where). */
  newNames: number;
  /** How tightly the matched terms sit together: matched / span of the window holding them. */
  density: number;
  /**
   * How close a token of the wanted kind (a year for "when", a number for "how
   * many", a new name for "who") sits to a matched question term: 1 adjacent,
   * falling with distance, 0 when there is none. A sentence that merely holds a
   * date somewhere often answers a different question.
   */
  answerNear: number;
  /** Very short or very long sentences answer less well. */
  lengthPenalty: number;
  passage: number;
}

export type Weights = Record<keyof Features, number>;

/**
 * Fitted by coordinate ascent on TrecQA train MAP, ties counted against the
 * ranker (scripts/tune-ranker.ts), rounded to 2 decimals. coverage anchors the
 * scale and passage is hand-set: both are held fixed in the fit.
 */
export const WEIGHTS: Weights = {
  coverage: 3,
  bm25: 2.95,
  bigrams: 0.45,
  type: 5,
  newNames: 0.1,
  density: 0.75,
  answerNear: 1.25,
  lengthPenalty: 0.5,
  passage: 0.5,
};

const K1 = 1.2;
const B = 0.75;

const MONTHS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const YEAR = /^(1[0-9]|20)\d\d(s)?$/;
const NUMBER_WORDS = new Set(
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
    if (MONTHS.test(w)) f |= WordFlag.DATE;
    if (/^\p{Lu}/u.test(w)) f |= WordFlag.CAPITAL;
    flags[i] = f;
    return termOf(w, shouting);
  });
  return { terms: out, flags };
}

/** Whether a word could be (part of) the answer a question of this kind wants. */
function answerToken(q: Question, flags: number, term: string | null, first: boolean, proper: Set<string>): boolean {
  const number = (flags & WordFlag.NUMBER) !== 0;
  const year = (flags & WordFlag.YEAR) !== 0;
  const date = year || (flags & WordFlag.DATE) !== 0;
  switch (q.kind) {
    case 'date':
      return date;
    case 'number':
      return number && !year;
    case 'duration':
      return number || date;
    case 'name':
      // A name the question does not already give; the first word is capitalised anyway.
      return (
        term !== null &&
        !q.named.has(term) &&
        !q.terms.includes(term) &&
        (proper.has(term) || (!first && (flags & WordFlag.CAPITAL) !== 0))
      );
    default:
      return false;
  }
}

/** Word distance (stop words counted) from the nearest answer-kind token to the nearest matched question term. */
function answerDistance(q: Question, c: Candidate, sw: SentenceWords, qset: Set<string>): number {
  if (q.kind === 'other') return Infinity;
  const ts = sw.terms;
  const proper = new Set(c.proper);
  let lastMatch = -Infinity;
  let lastAnswer = -Infinity;
  let best = Infinity;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i] ?? null;
    if (t !== null && qset.has(t)) {
      lastMatch = i;
      best = Math.min(best, i - lastAnswer);
    } else if (answerToken(q, sw.flags[i] ?? 0, t, i === 0, proper)) {
      lastAnswer = i;
      best = Math.min(best, i - lastMatch);
    }
  }
  return best;
}

export function features(q: Question, c: Candidate, stats: IdfSource, avgLength: number): Features {
  const sw = c.words ?? sentenceWords(c.text);
  const st = sw.terms.filter((t): t is string => t !== null);
  const counts = new Map<string, number>();
  for (const t of st) counts.set(t, (counts.get(t) ?? 0) + 1);
  let total = 0;
  let covered = 0;
  let bm25 = 0;
  for (const t of q.terms) {
    const idf = stats.idf(t);
    total += idf;
    const tf = counts.get(t) ?? 0;
    if (tf > 0) {
      covered += idf;
      bm25 += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * st.length) / Math.max(1, avgLength)));
    }
  }
  let pairs = 0;
  for (let i = 0; i + 1 < st.length; i++) if (q.bigrams.has(`${st[i]} ${st[i + 1]}`)) pairs++;
  const qset = new Set(q.terms);
  // Smallest window of sentence terms holding every matched question term.
  let density = 0;
  const matchedCount = q.terms.filter((t) => counts.has(t)).length;
  if (matchedCount > 1) {
    const need = new Map<string, number>();
    let have = 0;
    let best = Infinity;
    let left = 0;
    for (let right = 0; right < st.length; right++) {
      const r = st[right] as string;
      if (qset.has(r)) {
        need.set(r, (need.get(r) ?? 0) + 1);
        if (need.get(r) === 1) have++;
      }
      while (have === matchedCount) {
        best = Math.min(best, right - left + 1);
        const l = st[left] as string;
        if (qset.has(l)) {
          need.set(l, (need.get(l) ?? 0) - 1);
          if (need.get(l) === 0) have--;
        }
        left++;
      }
    }
    density = Number.isFinite(best) ? matchedCount / best : 0;
  } else if (matchedCount === 1) density = 0.5;
  const newNames = c.proper.filter((p) => !qset.has(p) && !q.named.has(p)).length;
  const type = q.kind === 'name' ? (newNames > 0 ? 1 : 0) : q.wants ? ((c.kinds & q.wants) !== 0 ? 1 : 0) : 0;
  const distance = answerDistance(q, c, sw, qset);
  const n = st.length;
  const lengthPenalty = n < 4 ? 1 : n > 60 ? Math.min(1, (n - 60) / 60) : 0;
  return {
    coverage: total > 0 ? covered / total : 0,
    bm25: bm25 / (bm25 + total / 2 || 1),
    bigrams: q.bigrams.size ? Math.min(1, pairs / q.bigrams.size) : 0,
    type,
    newNames: Math.log1p(Math.min(newNames, 6)),
    density,
    answerNear: Number.isFinite(distance) ? 1 / (1 + (distance - 1) / 3) : 0,
    lengthPenalty: -lengthPenalty,
    passage: c.passageScore ?? 1,
  };
}

export function score(f: Features, w: Weights = WEIGHTS): number {
  let s = 0;
  for (const k of Object.keys(w) as (keyof Features)[]) s += w[k] * f[k];
  return s;
}

export interface Ranked<C extends Candidate> {
  candidate: C;
  features: Features;
  score: number;
}

/** Candidates best first. */
export function rank<C extends Candidate>(
  q: Question,
  candidates: C[],
  stats: IdfSource,
  w: Weights = WEIGHTS,
): Ranked<C>[] {
  const avg = candidates.reduce((s, c) => s + c.text.length, 0) / Math.max(1, candidates.length) / 6;
  return candidates
    .map((candidate) => {
      const f = features(q, candidate, stats, avg);
      return { candidate, features: f, score: score(f, w) };
    })
    .sort((a, b) => b.score - a.score);
}
