// Who a sentence names: a person (not a body: "the Iraqi Parliament", "The House Ways and Means Committee", "UMOA"),
// a name the question does not give, the holder of another office than the one asked ("President Trump" for "who was
// the Iraqi prime minister"), and the full name a surname stands for.
import { CAPITAL_OF } from '../nlp/capitals.js';
import { DEMONYMS } from '../nlp/demonyms.js';
import { lexiconTags } from '../nlp/lexicon.js';
import { terms, termOf, words } from '../nlp/terms.js';
import { CALENDAR_WORD } from '../util/calendar-names.js';
import { heldTerms, storyText, type AnswerContext, type PassageSentence } from './context.js';
import { NATIONS } from './counting.js';
import { fullNameLead } from './full-name.js';
import type { Question } from './question.js';
import { isOffice, OFFICE_TERMS } from './roles.js';

/** A dateline opening a story ("COPENHAGEN (Reuters) - "): the place and the agency name no one in it. */
const DATELINE = /^[\p{Lu}\s,.'-]+\([\p{L}\s]+\)\s*[-–—]\s*/u;

/** Words that end a company's name ("… Bancorp", "… Mining Co"): the word before them is the company's own. */
export const COMPANY_WORD =
  /^(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|ag|sa|nv|group|holdings?|bancorp|bancshares|bank|industries|mining|minerals|pharmaceuticals?|petroleum|airlines?|motors|systems|technologies|electronics|financial|securities|partners|enterprises|resources|laboratories|labs)$/;

/** A word the articles capitalise this often, away from a sentence's start, is a name in a question typed in lower case. */
export const NAME_CAPITAL_SHARE = 0.8;

/** A word the articles lack reads as a name when this share of its nearest words in the vectors are names there. */
export const NAME_NEIGHBOUR_SHARE = 0.6;
/** A word the articles lack with fewer letters is read as a word. */
const MIN_NAME_LETTERS = 4;
/** How many of its nearest words are read, and how near (cosine) each must be to count. */
const NAME_NEIGHBOURS = 20;
const NAME_NEIGHBOUR_SIMILARITY = 0.2;

/**
 * A word of a question typed in lower case is a name: the articles capitalise it, or, when they never use it, it is no
 * word of the lexicon and the words nearest it in the vectors are mostly names there ("khamenei" by Iran, Tehran,
 * Sadr; "hacking" by cyber, alleged). Its capitals would have said so; without them a name the articles lack reads as
 * a word they say otherwise, and the rest of the question is answered without it.
 */
export function readsAsName(ctx: AnswerContext, term: string, word: string): boolean {
  const isName = (t: string) => (ctx.sentences?.capitalShare(t) ?? 0) >= NAME_CAPITAL_SHARE;
  if (ctx.index.stats.df.has(term)) return isName(term);
  // A short word the articles lack is more often an abbreviation ("hr", "yr"), near others written in capitals ("RBI").
  if (!ctx.vectors || word.length < MIN_NAME_LETTERS || lexiconTags(word.toLowerCase()) !== undefined) return false;
  const near = ctx.vectors.neighbours(term, NAME_NEIGHBOURS, NAME_NEIGHBOUR_SIMILARITY);
  return near.length > 0 && near.filter((n) => isName(n.term)).length >= NAME_NEIGHBOUR_SHARE * near.length;
}

/** A word in capitals only ("UMOA", "NATO"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** A sentence whose first two words are a name the question does not give ("Abdoulaye Fadiga told reporters…"). */
export function opensWithName(q: Question, text: string): boolean {
  const asked = new Set([...q.terms, ...q.named]);
  const [first, second] = words(text);
  return [first, second].every(
    (w) => w !== undefined && newName(w, asked) && lexiconTags(w.toLowerCase()) === undefined,
  );
}

/** A capitalised word the question does not give and that is no country, month or weekday: a name of its own. */
export function newName(w: string, asked: ReadonlySet<string>): boolean {
  const ts = terms(w);
  return (
    /^\p{Lu}/u.test(w) && !CALENDAR_WORD.test(w) && ts.length > 0 && !ts.some((t) => asked.has(t) || NATIONS.has(t))
  );
}

/** The question's word just before its last mention of the role asked ("prime" of "the Iraqi prime minister"). */
function wordBeforeRole(q: Question, head: string): string {
  const qs = words(q.text);
  const at = qs.findLastIndex((w) => terms(w).includes(head));
  return at > 0 ? (qs[at - 1] ?? '') : '';
}

/**
 * "Who is Iraq's prime minister?" answered by a sentence whose only minister is a "Foreign Minister": the role the
 * sentence names is another office. The question's word before its role ("prime") is not the sentence's, which is a
 * common word capitalised as a title ("Foreign": the articles mostly write it in lower case), not a name ("Pentagon").
 */
export function otherOffice(ctx: AnswerContext, q: Question, text: string): boolean {
  const head = q.whoHead ?? q.whichHead;
  if (head === undefined) return false;
  const asked = wordBeforeRole(q, head);
  // A modifier of the role's own ("prime", "finance"); none after a possessive ("Westinghouse's chairman").
  if (!/^\p{Ll}+$/u.test(asked)) return false;
  const mine = new Set(terms(asked));
  const ws = words(text);
  let other = 0;
  for (let i = 1; i < ws.length; i++) {
    if (!terms(ws[i] ?? '').includes(head)) continue;
    const before = ws[i - 1] ?? '';
    const ts = terms(before);
    const title =
      /^\p{Lu}\p{Ll}+$/u.test(before) &&
      ts.length > 0 &&
      !ts.some((t) => mine.has(t) || q.terms.includes(t)) &&
      ts.every((t) => (ctx.sentences?.capitalShare(t) ?? 1) < NAME_CAPITAL_SHARE);
    if (!title) return false;
    other++;
  }
  if (other > 0) return true;
  // No word of the role asked at all, and someone named under another office ("President Trump could address the
  // nation" for "who was the Iraqi prime minister…"): the person the sentence names holds that office.
  return (
    OFFICE_TERMS.has(head) &&
    ws.some(
      (w, i) =>
        isOffice(w) && !terms(w).includes(head) && /^\p{Lu}\p{Ll}/u.test(ws[i + 1] ?? '') && !isOffice(ws[i + 1] ?? ''),
    )
  );
}

/**
 * "Who is the Canadian general commanding…": a nationality just before the role asked says who the person is. A
 * sentence that does not say it of anyone (the question's country, its people, or a pronoun's person of it) names
 * another ("Jens Stoltenberg, NATO Secretary-General").
 */
export function nationalityHeld(q: Question, candidate: PassageSentence): boolean {
  const role = roleAsked(q);
  if (role === undefined) return true;
  const before = wordBeforeRole(q, role);
  if (!DEMONYMS.has(before.toLowerCase())) return true;
  const have = heldTerms(candidate);
  return terms(before).some((t) => have.has(t));
}

/** How far before a role its country may stand: "Iran's President", "Iraq's caretaker prime minister". */
const COUNTRY_BEFORE_ROLE = 3;

/**
 * "Who is Iran's president?", "…the president of Iran", "…the Iranian president": the office is that country's. A
 * sentence that says the role only of someone else ("President Trump had told reporters…", though it names Iran
 * elsewhere) does not say who holds it. True when the question gives no country, or the sentence says no role.
 */
export function roleCountryBeside(q: Question, text: string): boolean {
  const role = roleAsked(q);
  if (role === undefined) return true;
  const qs = words(q.text);
  const at = qs.findLastIndex((w) => terms(w).includes(role));
  if (at < 0) return true;
  const nation = (w: string | undefined) => terms(w ?? '').find((t) => NATIONS.has(t));
  const ofAt = (ws: readonly string[], i: number) =>
    /^of$/i.test(ws[i + 1] ?? '') ? nation(/^the$/i.test(ws[i + 2] ?? '') ? ws[i + 3] : ws[i + 2]) : undefined;
  const country = nation(qs[at - 1]) ?? nation(qs[at - 2]) ?? ofAt(qs, at);
  if (country === undefined) return true;
  const ws = words(text);
  let said = false;
  for (let i = 0; i < ws.length; i++) {
    if (!terms(ws[i] ?? '').includes(role)) continue;
    said = true;
    const before = ws.slice(Math.max(0, i - COUNTRY_BEFORE_ROLE), i);
    if (before.some((w) => nation(w) === country) || ofAt(ws, i) === country) return true;
  }
  return !said;
}

/**
 * The role of the person a question asks for: "who is the X…", or an office whose name is asked ("What's the name of
 * the Canadian general in charge…" → general).
 */
function roleAsked(q: Question): string | undefined {
  const named = q.nameOf?.at(-1);
  return q.whoHead ?? (named !== undefined && OFFICE_TERMS.has(named) ? named : undefined);
}

/** "Who was the US envoy who…", "which Iraqi prime minister resigned…": a person in a role is asked for. */
export function asksSomeone(q: Question): boolean {
  return roleAsked(q) !== undefined || (q.whichHead !== undefined && OFFICE_TERMS.has(q.whichHead));
}

/**
 * "Who was the US envoy who…" asks for a person in a role: a sentence that names no one the question does not
 * ("…, a U.S. envoy said", "Iran wants a candidate for Prime Minister") says the role is there, not who holds it.
 * A name: a capitalised word the question lacks that is no country, month or weekday; a sentence's first word only
 * if the articles write it capitalised elsewhere too. Or the full name the article gives a surname.
 */
export function namesSomeone(ctx: AnswerContext, q: Question, candidate: PassageSentence): boolean {
  return namesNew(ctx, q, candidate, true) || nameLead(ctx, q, candidate) !== null;
}

/** Words that name a body, not a person, wherever they stand in a name ("the Defense Ministry", "Federal Police"). */
const BODY_WORD =
  /^(?:ministry|department|agency|council|committee|parliament|police|army|navy|government|office|court|commission|authority|embassy|senate|congress|assembly|forces?|units?|guards?)$/;

/** A capital city or a body's word: no person's name. */
function notAPerson(word: string): boolean {
  return BODY_WORD.test(word.toLowerCase()) || terms(word).some((t) => CAPITAL_OF.has(t));
}

/**
 * Whether a sentence holds a name the question does not: a capitalised word that is no country, month or weekday,
 * nor a word that ends a company's name ("Co", "Inc", "Bank": COMPANY_WORD); a sentence's first word only if the
 * articles write it capitalised elsewhere too. For a person (`person`), any word only so, and not in a run that "the"
 * opens.
 */
export function namesNew(ctx: AnswerContext, q: Question, candidate: PassageSentence, person = false): boolean {
  const asked = new Set([...q.terms, ...q.named]);
  const ws = words(candidate.text.replace(DATELINE, ''));
  const capitalised = (w: string) => terms(w).every((t) => (ctx.sentences?.capitalShare(t) ?? 0) >= NAME_CAPITAL_SHARE);
  // A person is not "the Iraqi Parliament" or "the Security Council": a name that "the" opens is a body's.
  const body = (i: number) => {
    let k = i;
    // Back over the run's capitalised words, and "of"/"and"/"for" between two ("Ways and Means"), to the word before
    // it; a sentence's own "The" opens a run too.
    const inRun = (j: number) =>
      !/^the$/i.test(ws[j] ?? '') &&
      (/^\p{Lu}/u.test(ws[j] ?? '') || (/^(?:of|and|for)$/.test(ws[j] ?? '') && /^\p{Lu}/u.test(ws[j - 1] ?? '')));
    // An office in the run before the word makes it a person's name ("The Iraqi President Barham Saleh").
    let office = false;
    while (k > 0 && inRun(k - 1)) {
      k--;
      office ||= isOffice(ws[k] ?? '');
    }
    return !office && /^the$/i.test(ws[k - 1] ?? '');
  };
  // A quotation opens a sentence of its own: its first word ("…and “Given the lack of…") is capitalised for that.
  const quoted = new Set(Array.from(candidate.text.matchAll(QUOTE_OPENS), (m) => m[1]));
  return ws.some(
    (w, i) =>
      newName(w, asked) &&
      !COMPANY_WORD.test(w.toLowerCase()) &&
      // For a person, any word must be one the articles write capitalised (where their capitals are counted): wire
      // copy capitalises a common word after "U.S." ("…than in U.S. Equivalents"), and that names no one.
      ((i > 0 && !quoted.has(w) && (!person || ctx.sentences === undefined)) || capitalised(w)) &&
      // Nor, for a person, an acronym ("UMOA", "IMF"): a body's; nor a capital or a body's own word ("Iraq's Defense
      // Ministry", "…between Baghdad and Washington").
      !(person && (body(i) || ACRONYM.test(w) || notAPerson(w))),
  );
}

/** The first word of a quotation: after an opening quote that a space or the start precedes. */
const QUOTE_OPENS = /(?:^|\s)["“‘']\s*(\p{Lu}[\p{L}]*)/gu;

/**
 * "Who…" answered by a sentence that names the person by surname only ("…, Grynkewich said"): the full name
 * the article gives ("Air Force Maj. Gen. Alex Grynkewich"), to open the answer; else null.
 */
export function nameLead(ctx: AnswerContext, q: Question, candidate: PassageSentence): string | null {
  const article = storyText(ctx, candidate.passage);
  if (!article) return null;
  const asked = (word: string) => {
    const t = termOf(word);
    return t !== null && (q.named.has(t) || q.terms.includes(t));
  };
  // An office standing alone ("…and the President has threatened to resign") is no surname.
  const full = fullNameLead(candidate.text, article, (word) => isOffice(word) || asked(word));
  return full ? `${full}:` : null;
}
