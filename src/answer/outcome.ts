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
  return at.length === 0 || allUndone(text, at);
}

/** Whether every mention (`spans`) is told not done and as ahead, undecided, sought, wanted or weighed. */
function allUndone(text: string, spans: readonly (readonly [number, number])[]): boolean {
  return spans.every(([start, end]) => !toldDone(text, start, end) && undoneAt(text, start, end));
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

/**
 * "Who won the takeover battle for Rowntree?", "which team won the World Series", "did Cehave win its court case":
 * a contest's winner asked.
 */
const CONTEST_WON_ASKED =
  /\b(?:won|wins?)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\p{L}\d'’.-]+\s+){0,4}?(?:battle|war|fight|race|contest|election|by-?election|vote|ballot|nomination|primary|prize|award|series|championship|cup|title|struggle|tussle|duel|case|suit|lawsuit|appeal|dispute|arbitration|challenge)\b/iu;
/** A sentence that tells a win: "…won with 18,287 votes", "the winner", "victory". */
const WIN_SAID =
  /\b(?:won|wins?|winning|winners?|lost|los(?:e|es|ing)|victor(?:y|ies|ious)?|beat|defeat(?:s|ed)?|prevail(?:s|ed)?|triumph\w*)\b/iu;

/**
 * "Who won the bidding war for RJR Nabisco?" is not answered by "…potential buyers for Gillette including … RJR
 * Nabisco": a sentence that tells no win does not say who won the contest.
 */
export function winUntold(question: string, sentence: string): boolean {
  return CONTEST_WON_ASKED.test(question) && !WIN_SAID.test(sentence);
}

/** "When did Reagan and Gorbachev sign the INF treaty?": a signing asked (or a ratifying), whatever else is asked of it. */
const SIGNING_ASKED = /\b(?:sign|signs|signed|signing|ratif(?:y|ies|ied|ying))\b/iu;
/** A sentence that tells one: "signed", "signature", "signatories", "initialled", "ratified". */
const SIGNING_SAID = /\b(?:(?:co-?|counter)?sign(?:s|ed|ing|ature|atures|atory|atories)?|initial(?:l)?ed|ratif\w*)\b/iu;

/**
 * "When did Reagan and Gorbachev sign the INF treaty?" is not answered by "Welcoming Gorbachev's offer Saturday to
 * proceed with a treaty…": a treaty, an accord or a contract is told of long before and after it is signed, and a
 * sentence that tells of no signing says neither when, where nor by whom it was signed.
 */
export function signingUntold(question: string, sentence: string): boolean {
  return SIGNING_ASKED.test(question) && !SIGNING_SAID.test(sentence);
}

/** A yes/no question of a decision on a request: "Did the Cartel Office approve…", "Was King convicted…". */
const DECISION_ASKED =
  /^\W*(?:did|was|were|has|have|had|is|are)\b[^?]*?\b(?:approv(?:e|ed|al)|grant(?:ed)?|allow(?:ed)?|accept(?:ed)?|ratif(?:y|ied)|convicted|acquitted|authori[sz]e(?:d)?|endorse(?:d)?|reject(?:ed)?|veto(?:ed)?|pass(?:ed)?\s+(?:the|a|an|its|their)\b)/iu;
/** Words that tell a decision, either way and in other words than the question's ("voted in favour", "turned down"). */
const DECISION_TOLD =
  /\b(?:approv(?:e|es|ed|al)|grant(?:s|ed)?|allow(?:s|ed)?|accept(?:s|ed)?|ratif(?:y|ies|ied|ication)|convict(?:ed|ion)|acquit(?:ted|tal)|authori[sz](?:e|es|ed|ation)|endors(?:e|es|ed|ement)|reject(?:s|ed|ion)?|refus(?:e|es|ed|al)|den(?:y|ies|ied|ial)|veto(?:es|ed)?|pass(?:es|ed|age)|clear(?:s|ed|ance)|back(?:s|ed)|adopt(?:s|ed|ion)|block(?:s|ed)|turn(?:s|ed)?\s+down|rul(?:es|ed|ing)|sentenc(?:e|es|ed|ing)|guilty|verdict|decid(?:e|es|ed)|decision|agree(?:s|d)?|vot(?:e|es|ed|ing)|permi(?:t|ts|tted|ssion)|favou?r|go-ahead|green\s+light|ok(?:ay)?(?:ed|'d)?|overrul(?:e|es|ed)|uph(?:o|e)ld|dismiss(?:es|ed|al)?|lift(?:s|ed)?)\b/giu;

/**
 * Whether a yes/no question of a decision on a request finds none told in the sentence: "Did the Federal Cartel Office
 * approve…?" of "…lodged an application with the Federal Cartel Office for approval", "Was Roger King convicted?" of
 * "…faces charges". A decision told either way, in any words ("rejected", "cleared", "voted in favour"), answers; one
 * told only as ahead or sought ("will decide", "an application for approval") does not.
 */
export function decisionUntold(question: string, sentence: string): boolean {
  if (!DECISION_ASKED.test(question)) return false;
  const text = foldPunctuation(sentence);
  return allUndone(
    text,
    [...text.matchAll(DECISION_TOLD)].map((m) => [m.index, m.index + m[0].length] as const),
  );
}
