// An article spells a body's name out once and uses its initials after ("the Popular Mobilization Units, a
// paramilitary unit…", then "PMU brigades"). "What is the PMU?" asks what the initials stand for: a sentence that
// spells them out holds them by reference, and one that says what the body is answers.
import { terms } from '../nlp/terms.js';

/** A run of capitalised words, through the small words inside a name ("Bank of England", "Islamic State in Iraq"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’]*(?:[\s-]+(?:(?:of|and|for|in|the|de|on)\s+){0,2}\p{Lu}[\p{L}'’]*)+/gu;

/** Whether `text` spells out `initials` (any case): a run of capitalised words whose first letters end in them. */
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
    // Ending the run: "Prime Minister Ulf Kristersson" holds P, M, U but is no PMU.
    if (firsts(words.filter((w) => /^\p{Lu}/u.test(w))).endsWith(want) || firsts(words).endsWith(want))
      return m.index + m[0].length;
  }
  return null;
}

/** The words' first letters, in capitals. */
const firsts = (words: readonly string[]): string =>
  words
    .map((w) => w[0])
    .join('')
    .toUpperCase();

/** "What is the PMU?": the initials a definition question asks about, as typed. */
export function initialsDefined(question: string): string | undefined {
  return DEFINITION_OF_INITIALS.exec(question)?.[1];
}
const DEFINITION_OF_INITIALS = /^\W*what\s+(?:is|was|are|were)\s+(?:the\s+)?(\p{L}{3,6})\s*\??\s*$/iu;

/**
 * Whether an article writes the initials in capitals in its running text ("PMU brigades"), not only in a headline in
 * capitals ("TRADE PLAN" is no PLAN). Made once per question.
 */
export function writtenIn(initials: string): (article: string) => boolean {
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${initials.toUpperCase()}(?![\\p{L}\\p{N}])`, 'gu');
  return (article) => {
    for (const m of article.matchAll(written)) {
      const around = article.slice(Math.max(0, m.index - 30), m.index + initials.length + 30);
      if (/\p{Ll}/u.test(around.replace(/\s+/g, ' '))) return true;
    }
    return false;
  };
}

/**
 * "…the Islamic Revolutionary Guard Corps-Quds Force (IRGC)": a name, then its initials in brackets. The initials
 * begin or end the first letters of the name's capitalised words (a name may run on past them, as here).
 */
const DEFINED_IN_BRACKETS =
  /((?:\p{Lu}[\p{L}'’]*[\s-]+(?:(?:of|and|for|in|the|de|on)\s+){0,2}){1,8})\((\p{Lu}{2,6})\)/gu;

/** The initials an article defines in brackets after a name, as terms, each with the name's terms. */
export function initialsDefinedIn(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(DEFINED_IN_BRACKETS)) {
    const initials = m[2] ?? '';
    const words = (m[1] ?? '')
      .trim()
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w));
    const letters = firsts(words);
    const at = letters.startsWith(initials) ? 0 : letters.endsWith(initials) ? words.length - initials.length : -1;
    const term = terms(initials)[0];
    if (at < 0 || term === undefined) continue;
    out.set(term, terms(words.slice(at, at + initials.length).join(' ')));
  }
  return out;
}
