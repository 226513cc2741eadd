// A question's words also find their synonyms in the corpus ("purchase" →
// "buy", "jobless" → "unemployed"), weighted below the word itself. WordNet
// says which words are synonyms (GloVe alone also puts "week" by "month" and
// "increase" by "decrease"); the word vectors say how close each is in the
// sense news uses ("bank" is no "cant"), and set its weight. Names are not
// expanded.
import type { TermVectors } from '../nlp/word-vectors.js';
import { phraseKey } from '../nlp/antonyms.js';
import { words } from '../nlp/terms.js';
import type { Question } from './question.js';

/** Synonyms at least this similar in the vectors stand in for a question word (cosine of GloVe vectors). */
export const EXPANSION_MIN_SIMILARITY = 0.5;
/** At most this many neighbours per question word. */
export const EXPANSIONS_PER_TERM = 3;
/** An expansion's weight is its similarity times this: below the exact word's 1 even at similarity 1. */
export const EXPANSION_WEIGHT = 0.5;
/**
 * The similarity a two-word verb's synonym is taken at ("set up" → "found"): the vectors have no phrases to measure
 * it by; WordNet's own synonyms of single words mostly score 0.5-0.8 there.
 */
export const PHRASE_SIMILARITY = 0.7;

export interface Expansion {
  term: string;
  weight: number;
  /** The question term it stands in for. */
  for: string;
  /** It stands in for a two-word verb ("found" for "set up"): the verb's own term says nothing alone. */
  phrase?: boolean;
}

export function expansionsFor(q: Question, vectors: TermVectors | null | undefined): Expansion[] {
  if (!vectors) return [];
  const asked = new Set(q.terms);
  const out = new Map<string, Expansion>();
  for (const t of q.terms) {
    if (q.named.has(t) || /\d/.test(t)) continue;
    for (const n of vectors.synonymsOf(t, EXPANSIONS_PER_TERM, EXPANSION_MIN_SIMILARITY)) {
      if (asked.has(n.term)) continue;
      const weight = EXPANSION_WEIGHT * n.similarity;
      const have = out.get(n.term);
      if (!have || have.weight < weight) out.set(n.term, { term: n.term, weight, for: t });
    }
  }
  // Two-word verbs ("set up", "stepped down"): WordNet's one-word synonyms stand in for the verb's own term.
  for (const { verb, key } of twoWordVerbs(q, vectors))
    for (const term of vectors.phraseSynonyms(key)) {
      if (asked.has(term)) continue;
      const weight = EXPANSION_WEIGHT * PHRASE_SIMILARITY;
      const have = out.get(term);
      if (!have || have.weight < weight) out.set(term, { term, weight, for: verb, phrase: true });
    }
  return [...out.values()];
}

/** The question's two-word verbs that WordNet knows ("took over" → take, "take over"), with the verb's term. */
export function twoWordVerbs(q: Question, vectors: TermVectors): { verb: string; key: string }[] {
  const out: { verb: string; key: string }[] = [];
  const ws = words(q.text);
  // Joined by a hyphen they make a noun ("sign-up", "take-over", "write-down"), which asks for no verb; unless the
  // question also writes them apart ("…who sign up before the sign-up deadline").
  const pairs = (joint: string) =>
    new Set(
      [...q.text.matchAll(new RegExp(`(\\p{L}+)${joint}(?=(\\p{L}+))`, 'gu'))].map((m) =>
        `${m[1]} ${m[2]}`.toLowerCase(),
      ),
    );
  const hyphenated = pairs('[-‐‑]');
  const apart = pairs('\\s+');
  for (let i = 0; i + 1 < ws.length; i++) {
    const pair = `${ws[i]} ${ws[i + 1]}`.toLowerCase();
    if (hyphenated.has(pair) && !apart.has(pair)) continue;
    const key = phraseKey(ws[i] as string, ws[i + 1] as string);
    if (key !== null && vectors.phraseMeaning(key).length > 0) out.push({ verb: key.slice(0, key.indexOf(' ')), key });
  }
  return out;
}
