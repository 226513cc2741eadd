// An article spells a body's name out once and uses its initials after ("the Popular Mobilization Units, a
// paramilitary unit…", then "PMU brigades"). "What is the PMU?" asks what the initials stand for: a sentence that
// spells them out holds them by reference, and one that says what the body is answers.
import { terms } from '../nlp/terms.js';

/** A run of capitalised words, through the small words inside a name ("Bank of England", "Islamic State in Iraq"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’]*(?:[\s-]+(?:(?:of|and|for|in|the|de|on)\s+)?\p{Lu}[\p{L}'’]*)+/gu;

/** Whether `text` spells out `initials` (any case): a run of capitalised words whose first letters hold them in order. */
export function spellsOut(text: string, initials: string): boolean {
  return spelledRun(text, initials) !== null;
}

/** After a name, what it is: "…Units, a paramilitary unit", "…Units (PMU) is an umbrella…". */
const DEFINED_NEXT = /^\s*(?:\([^()]{1,20}\))?(?:,\s+(?:a|an|the)\s|\s+(?:is|was|are|were)\s+(?:a|an|the)\s)/u;

/** Whether `text` spells out `initials` and says what the body is right after ("…Units, a paramilitary unit…"). */
export function definesInitials(text: string, initials: string): boolean {
  const end = spelledRun(text, initials);
  return end !== null && DEFINED_NEXT.test(text.slice(end));
}

/** Where the run of capitalised words that spells out `initials` ends in `text`, or null. */
function spelledRun(text: string, initials: string): number | null {
  const want = initials.toUpperCase();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    // With or without its small words' letters: ISIS is "Islamic State in Iraq and Syria", BoE "Bank of England".
    const words = m[0].split(/[\s-]+/);
    const firsts = (ws: string[]) =>
      ws
        .map((w) => w[0])
        .join('')
        .toUpperCase();
    if (firsts(words.filter((w) => /^\p{Lu}/u.test(w))).includes(want) || firsts(words).includes(want))
      return m.index + m[0].length;
  }
  return null;
}

/** "What is the PMU?": the initials a definition question asks about, as typed. */
export function initialsDefined(question: string): string | undefined {
  return DEFINITION_OF_INITIALS.exec(question)?.[1];
}
const DEFINITION_OF_INITIALS = /^\W*what\s+(?:is|was|are|were)\s+(?:the\s+)?(\p{L}{3,6})\s*\??\s*$/iu;

/**
 * The initials a definition question asks about ("What is the PMU?") when `article` writes them in capitals, as
 * typed and as a term; else none.
 */
export function initialsAsked(question: string, article: string): { word: string; term: string }[] {
  const word = initialsDefined(question);
  const term = word === undefined ? undefined : terms(word)[0];
  if (word === undefined || term === undefined) return [];
  return new RegExp(`\\b${word.toUpperCase()}\\b`, 'u').test(article) ? [{ word, term }] : [];
}
