// "Did the Army end up buying Rapier missiles?", "Which engine did GPA finally choose?": the question asks what came
// of something. News tells the plan first ("The Army has been considering buying…", "GPA had not decided which
// engine…"); a sentence that tells the act asked only as planned, wanted or undecided, or does not tell it at all,
// does not say what came of it.
import { foldPunctuation, termOf, termSpans, words } from '../nlp/terms.js';
import { lexiconTags } from '../nlp/lexicon.js';
import { tenseAround } from '../dates/tense.js';
import { AHEAD_ASKED, clauseBefore } from './planned.js';
import { toldDone, undecidedBefore } from './times-asked.js';

/** Words that ask what came of something in the end. */
const OUTCOME_ASKED = /\b(?:finally|eventually|ultimately|in\s+the\s+end|(?:end|ended|wind|wound)\s+up)\b/iu;
/** "…later revive their talks": "later" before a verb asks the same. */
const LATER_VERB = /\blater\s+(\p{L}+)/iu;
/** The verbs of "end up", "wind up": they say the question asks what came of it, not what was done. */
const OUTCOME_VERBS: ReadonlySet<string> = new Set(['end', 'ended', 'wind', 'wound'].flatMap((w) => termOf(w) ?? []));

/**
 * Words just before a mention that leave the act undone: sought ("an application … for approval"), wanted ("want
 * devaluation"), weighed ("considering buying"), or lacked ("without the lessor's consent").
 */
const UNDONE_BEFORE =
  /\b(?:applications?|applied|apply|seeks?|seeking|sought|wants?|wanted|wanting|urged?|urging|calls?\s+for|called\s+for|demands?|demanded|propos(?:e|es|ed|ing|al)|plans?|planned|planning|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|without|pending|await(?:s|ed|ing)?|hopes?|hoped|hoping|intends?|intended|intention)\b/iu;
/** How many words before the mention such a word reaches. */
const UNDONE_WORDS = 8;

/** Whether the question asks what came of something: "finally", "end up", "in the end", "later" before a verb. */
export function outcomeAsked(question: string): boolean {
  if (OUTCOME_ASKED.test(question)) return true;
  const after = LATER_VERB.exec(question)?.[1]?.toLowerCase();
  return after !== undefined && lexiconTags(after)?.[0]?.startsWith('VB') === true;
}

/**
 * Whether a question of what came of something finds the act it asks of (`verbs`: the question's own verbs, as terms,
 * read only for such a question) untold in the sentence: not said, or said only as ahead, undecided, sought, wanted or
 * weighed. A question with no verb of its own is left to the other checks.
 */
export function outcomeUntold(question: string, verbs: () => readonly string[], sentence: string): boolean {
  // "Will they finally agree…" asks of a plan, which the plan answers.
  if (!outcomeAsked(question) || AHEAD_ASKED.test(question)) return false;
  const acts = verbs().filter((v) => !OUTCOME_VERBS.has(v));
  if (acts.length === 0) return false;
  const text = foldPunctuation(sentence);
  const at = termSpans(text, new Set(acts));
  return at.length === 0 || at.every(([s, e]) => !toldDone(text, s, e) && undoneAt(text, s, e));
}

/**
 * Whether the mention at `start`–`end` is told as ahead ("will decide"), undecided, or only sought, wanted or weighed.
 * A denial ("decided not to buy") tells what came of it: no.
 */
function undoneAt(text: string, start: number, end: number): boolean {
  if (undecidedBefore(text, start) || tenseAround(text, start, end) === 'forward') return true;
  return UNDONE_BEFORE.test(
    words(clauseBefore(text, start, 120))
      .slice(-UNDONE_WORDS)
      .join(' '),
  );
}
