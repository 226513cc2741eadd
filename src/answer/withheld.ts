// "How much did Pan Am's Atlantic division lose?" of an article that says "The company did not say how much the
// Atlantic division lost": the figure asked for is one the article says it does not give. Another figure of the
// article (the whole company's loss) is no answer to it.
import { terms } from '../nlp/terms.js';
import type { Question } from './question.js';

/** "did not say how much the Atlantic division lost", "would not disclose how many jobs…": to the clause's end. */
const WITHHELD_HOW =
  /\b(?:did|does|do|would|could|will)\s+not\s+(?:say|disclose|specify|reveal|give|state)\s+how\s+(?:much|many)\b([^.;:!?]*)/gi;
/** How many of the question's own words the withheld clause says: "the Atlantic division lost" says two. */
const SAID_WORDS = 2;

/**
 * Whether the article says it does not give the figure the question asks: "did not say how much" of the question's
 * own words (two of them), one of which the answering sentence (its terms: `answering`) lacks: that one tells of
 * another figure ("Pan Am reported a net loss…", not the division's). A sentence that says all of them ("its Atlantic
 * division lost 118.4 mln dlrs in 1986") gives the figure of another time. An article saying "terms were not
 * disclosed" holds no price of the deal: the other checks decline it already.
 */
export function figureWithheld(q: Question, articleText: string, answering: ReadonlySet<string>): boolean {
  if (q.kind !== 'money' && q.kind !== 'number' && q.kind !== 'percent') return false;
  const asked = new Set(q.terms);
  for (const m of articleText.matchAll(WITHHELD_HOW)) {
    const said = [...new Set(terms(m[1] ?? ''))];
    const of = said.filter((t) => asked.has(t));
    if (of.length >= SAID_WORDS && of.some((t) => !answering.has(t))) return true;
  }
  return false;
}

/** Words that say a name is not given: "without naming the banks", "declined to identify the buyer", "an unnamed". */
const NAME_WITHHELD =
  /\b(?:without\s+(?:naming|identifying)|(?:did|does|do|would|could|will)\s+not\s+(?:name|identify)|(?:declined|refused)\s+to\s+(?:name|identify)|unnamed|unidentified)\b/i;

/**
 * "Which central banks bought the 16.1 billion marks…?" of "…central banks have bought 16.1 billion marks…, the
 * Bundesbank said, without naming the banks involved": a sentence that says it names no one does not say which.
 */
export function nameWithheld(q: Question, text: string): boolean {
  return q.kind === 'name' && NAME_WITHHELD.test(text);
}

/**
 * "Which condom maker is Status Game negotiating with?" of an article that says "…a contract with one of the world's
 * largest condom maker, which it did not identify": a sentence that says the thing asked for (its head, "maker") is
 * not named. Then no sentence of that article says which, unless it names one itself.
 */
export function headWithheld(q: Question, text: string): boolean {
  return q.whichHead !== undefined && nameWithheld(q, text) && terms(text).includes(q.whichHead);
}
