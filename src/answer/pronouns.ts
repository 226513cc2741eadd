// A pronoun inside a sentence stands for the person named last before it: "More so however, he was becoming a
// powerful political force…", "allowing him to travel to Iraq…" are about Soleimani, named sentences before.
import type { SentenceInfo } from '../corpus/types.js';
import { CAPITAL_OF } from '../nlp/capitals.js';
import { terms } from '../nlp/terms.js';
import { NATIONS } from './counting.js';
import type { Question } from './question.js';
import { MONTH_TERMS } from './times-asked.js';

/** A pronoun that stands for a person ("allowing him to travel…", "his chairing…"). */
const PERSON_PRONOUN = /\b(?:he|him|his|she|her)\b/i;

/** Names that are no person's: countries, their peoples and capitals, months. */
const NO_PERSON: ReadonlySet<string> = new Set([
  // A people's word is its country's term ("Iranian" → iran).
  ...NATIONS,
  ...[...CAPITAL_OF].flat(),
  ...MONTH_TERMS,
  ...terms('U.S. US America American Americans'),
]);

/**
 * The question's name a pronoun of sentence `i` stands for: the sentence names no one, and the last name before it
 * in its passage, a place's or a month's aside, is that name (or a misspelling of it, `misspelt`). Empty otherwise.
 */
export function personMeant(
  q: Pick<Question, 'names'>,
  sentences: readonly Pick<SentenceInfo, 'proper'>[],
  i: number,
  own: string,
  misspelt: ReadonlyMap<string, string> = new Map(),
): readonly string[] {
  if (!PERSON_PRONOUN.test(own) || (sentences[i]?.proper ?? []).some((t) => !NO_PERSON.has(t))) return [];
  for (let k = i - 1; k >= 0; k--) {
    const proper = sentences[k]?.proper ?? [];
    for (let j = proper.length - 1; j >= 0; j--) {
      const t = proper[j] as string;
      if (NO_PERSON.has(t)) continue;
      const term = misspelt.get(t) ?? t;
      return q.names?.find((n) => n.includes(term) && !n.some((x) => NO_PERSON.has(x))) ?? [];
    }
  }
  return [];
}
