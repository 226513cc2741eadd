// "What did Trump say in his statement…" asks about a statement made. An article that tells of it only ahead ("I will
// be making a statement tomorrow morning") does not say what was in it, however well its other sentences match.
import { tenseAround } from '../dates/tense.js';
import { foldPunctuation, termOf, termSpans } from '../nlp/terms.js';
import { STOP_WORDS } from '../nlp/stopwords.js';
import { lexiconTags } from '../nlp/lexicon.js';

const NOUN: ReadonlySet<string> = new Set(['NN', 'NNS']);

/** A question told in the past ("did", "was"), not one about a plan ("will", "would", "going to"). */
const PAST_ASKED = /\b(?:did|was|were|had)\b/i;
/** A question of what was to come: "will", "would", "going to", "planned to", "expected to". */
export const AHEAD_ASKED =
  /\b(?:will|would|shall|going\s+to|plan(?:s|ned)?\s+to|(?:expected|supposed|scheduled|due|set|slated|meant)\s+to)\b/i;
/**
 * "in his statement", "at the emergency session", "during their talks": the occasion a question places its fact in.
 * A determiner or possessive marks a particular one ("in Iraq", "in total", "at home" are no occasion).
 */
const OCCASION = /\b(?:in|at|during)\s+(?:the|his|her|its|their|a|an|this|that)\s+((?:[\p{L}\d'’-]+\s*){1,4})/giu;

/** The terms of the occasions a past-tense question places its fact in; none for other questions. */
export function occasionsAsked(question: string): string[] {
  if (!pastAsked(question)) return [];
  const out: string[] = [];
  for (const m of question.matchAll(OCCASION)) {
    // The head noun ends the phrase, before a function word or any other: "the emergency session on Sunday" →
    // session, "the drone strike along with…" → strike. A word wink-lexicon does not know (a name, "K-1") is none.
    let head: string | null = null;
    for (const w of (m[1] ?? '').trim().split(/\s+/)) {
      const lower = w.toLowerCase();
      if (STOP_WORDS.has(lower)) break;
      const tags = lexiconTags(lower);
      if (tags && !tags.some((t) => NOUN.has(t))) break;
      head = tags ? lower : null;
    }
    const term = head === null ? null : termOf(head);
    if (term !== null) out.push(term);
  }
  return out;
}

/**
 * Whether the article tells of an occasion only as ahead: every mention of it sits in a clause that looks forward
 * ("will be making a statement", "is to meet"), and there is one. An occasion never mentioned is another check's.
 */
export function toldOnlyAhead(articleText: string, occasion: string): boolean {
  // Straight quotes, so that a clause ends at a closing curly one ("…tomorrow morning.” In a statement…").
  const text = foldPunctuation(articleText);
  const spans = termSpans(text, new Set([occasion]));
  return spans.length > 0 && spans.every(([s, e]) => aheadAt(text, s, e));
}

/** Whether the mention at `start`–`end` is told as ahead ("is expected to receive") or only possible ("could"). */
export function aheadAt(text: string, start: number, end: number): boolean {
  return tenseAround(text, start, end) === 'forward' || unrealised(text, start);
}

/** Whether a question asks of the past ("When did the FDA approve…"), not of a plan. */
export function pastAsked(question: string): boolean {
  return PAST_ASKED.test(question) && !AHEAD_ASKED.test(question);
}

/** The part of its clause before `start`, read back at most `reach` characters. */
export function clauseBefore(text: string, start: number, reach: number): string {
  return (
    text
      .slice(Math.max(0, start - reach), start)
      .split(/[.;:!?,"]/)
      .pop() ?? ''
  );
}

/** Words before an occasion that leave it unmade: "could address the nation", "there won't be any address". */
const UNREALISED = /\b(?:could|might|may|won't|wont|not|no|never)\b/i;
/** How many words before the mention such a word reaches. */
const UNREALISED_WORDS = 4;

/** Whether the mention at `start` is only possible or denied, within its clause. */
function unrealised(text: string, start: number): boolean {
  return clauseBefore(text, start, 200)
    .trim()
    .split(/\s+/)
    .slice(-UNREALISED_WORDS)
    .some((w) => UNREALISED.test(w));
}

/** Before a figure, words that make it a possibility: "faces a maximum (penalty) of", "could face up to", "may reach". */
const POSSIBLE_BEFORE =
  /\b(?:fac(?:e|es|ed|ing)\s+(?:a\s+)?(?:maximum|possible|up\s+to|as\s+much\s+as)|(?:could|might|may|would)\s+(?:\p{L}+\s+)?(?:face|reach|total|cost|exceed|rise|climb|fall|drop|bring|mean|get|receive))\b[^.;]{0,40}$/iu;
/** After a figure, a condition: "…if convicted", "…if the offer is accepted". */
const CONDITION_AFTER =
  /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:if|unless)\s+(?:(?:the|it|he|she|they|all|its)\s+)?(?:\p{L}+\s+){0,3}?(?:convicted|approved|found|completed|passed|exercised|adopted|accepted|converted|successful)\b/iu;
/** A figure: digits, not a year. */
const FIGURE = /(?<![\p{L}\d])\d[\d,.]*(?![\d])/gu;

/**
 * "How many years in prison was Michael Deaver sentenced to?" (a question of the past) is not answered by "Deaver
 * faces a maximum penalty of 25 years in prison if convicted": every figure the sentence gives is one that may come to
 * be, not one that was.
 */
export function onlyPossibleFigures(question: string, text: string): boolean {
  if (!pastAsked(question)) return false;
  const figures = [...text.matchAll(FIGURE)].filter((m) => !/^(?:19|20)\d\d$/.test(m[0]));
  return (
    figures.length > 0 &&
    figures.every(
      (m) =>
        POSSIBLE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) ||
        CONDITION_AFTER.test(text.slice(m.index + m[0].length)),
    )
  );
}
