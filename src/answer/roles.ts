// News copy gives a person's role once, where it introduces them ("Christian
// Leuprecht (PhD) is a professor of political science…", "Populist cleric
// Moqtada al-Sadr", "Richard Haas, the head of…"), and the surname alone
// after ("Leuprecht notes that Iran may also launch cyber attacks"). A
// question asks by the role ("what did the professor think…"): a sentence
// that names the surname speaks of the professor.
import { lexiconTags } from '../nlp/lexicon.js';
import { STOP_WORDS } from '../nlp/stopwords.js';
import { terms } from '../nlp/terms.js';
import { SPELLED_TITLES, spelledTitles } from '../nlp/titles.js';

/** A run of capitalised words, through "al-", "bin" and the like ("Air Force Major General Alex Grynkewich"). */
const NAME = /\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|van|von)[-\s])?\p{Lu}[\p{Ll}'’-]+){0,5}/gu;
/** After a name, its role: "(PhD) is a professor of…", ", the head of…", ", a Canadian expert on…". */
const DEFINED_AFTER =
  /^(?:\s*\([^()]{1,40}\))?(?:\s+(?:is|was)|,)\s+(?:a|an|the)\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)/u;
/** Before a name, its role in lower case: "cleric Moqtada al-Sadr", "spokesman Jonathan Hoffman". */
const TITLED_BEFORE = /(?:^|[^\p{L}'’-])(\p{Ll}[\p{Ll}-]+)\s+$/u;
/**
 * Capitalised words that stand before a person's name as an office ("Defence Secretary Mark Esper", "General Qassem
 * Soleimani"): titles, not the common nouns of an organisation's name ("Futures Industry Association").
 */
const OFFICES: ReadonlySet<string> = new Set([
  ...SPELLED_TITLES,
  ...['Secretary', 'Minister', 'Chairman', 'Chairwoman', 'Chancellor', 'Premier', 'Ambassador', 'Envoy'],
  ...['Judge', 'Justice', 'Commissioner', 'Director', 'Spokesman', 'Spokeswoman', 'Cleric', 'Chief', 'Leader'],
]);
/** Whether a capitalised word, as written, is an office ("President", "Minister"; not "Senate", whose stem "Senator" shares). */
export function isOffice(word: string): boolean {
  return OFFICES.has(word);
}
/** The offices' terms ("minist", "chairman"): a role that a person holds. */
export const OFFICE_TERMS: ReadonlySet<string> = new Set([...OFFICES].flatMap((o) => terms(o)));

/** Where a role's words end: "a professor of political science" is a professor. */
const ROLE_END = /^(?:of|at|for|on|in|with|from|to|who|that|which|and|or|said|says|told)$/i;

/** A word that can name a role: a noun to the lexicon (among its tags), or a word it lacks ("cleric", "envoy"). */
export function mayNameRole(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return tags === undefined || tags.some((t) => t.startsWith('NN'));
}

/**
 * The roles among `wanted` (terms) that `article` gives people, by their surnames' terms:
 * "Christian Leuprecht (PhD) is a professor of…" gives leuprecht → [professor]; "Iranian General Qassem Soleimani"
 * soleimani → [general]. Short titles are read spelled out ("Maj. Gen." as Major General).
 */
export function personRoles(article: string, wanted: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (wanted.size === 0) return out;
  const text = spelledTitles(article);
  const add = (surname: string, roleWord: string) => {
    const role = terms(roleWord)[0];
    if (role === undefined || !wanted.has(role) || !mayNameRole(roleWord)) return;
    const roles = out.get(surname) ?? [];
    if (!roles.includes(role)) out.set(surname, [...roles, role]);
  };
  for (const m of text.matchAll(NAME)) {
    const run = m[0].split(/\s+/);
    // A run that opens a sentence with a common word ("The Pentagon…") names no one by it.
    if (STOP_WORDS.has((run[0] ?? '').toLowerCase())) continue;
    const last = run.at(-1) ?? '';
    const surname = terms(last).at(-1);
    if (surname === undefined || STOP_WORDS.has(last.toLowerCase())) continue;
    for (const w of run.slice(0, -1)) if (OFFICES.has(w)) add(surname, w);
    // A lower-case role before a person's name, first name and surname: "cleric Moqtada al-Sadr".
    const before = run.length > 1 ? TITLED_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index)) : null;
    if (before?.[1]) add(surname, before[1]);
    const after = DEFINED_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 120));
    for (const w of (after?.[1] ?? '').split(/\s+/)) {
      if (ROLE_END.test(w)) break;
      if (w) add(surname, w);
    }
  }
  return out;
}

/** A role after a name, with no article: "Qais Khazali, head of Asaib Ahl al-Haq", "…, deputy of the PMU". */
const ROLE_OF_AFTER = /^,\s+(\p{Ll}[\p{L}-]+)\s+(?:of|for|at)\s/u;
/** A sentence after goes on about the person named: "…Soleimani, 62, came from a drone. He was head of…". */
const SAID_OF_THEM_NEXT = /[.!?]["”’]?\s+(?:He|She)\s+(?:is|was|has\s+been|had\s+been|became|served\s+as)\s/u;
/** How far after the name SAID_OF_THEM_NEXT is looked for: the sentence after, not the paragraph's end. */
const NEXT_SENTENCE_CHARS = 300;

/**
 * How far a sentence says who the person with this surname (a term) is: 2 when it says what they are ("Alex
 * Grynkewich, the deputy commander…", "Christian Leuprecht (PhD) is a professor…", or "He was head of…" in the
 * sentence after one naming them), 1 when it names them with an office ("Iranian General Qassem Soleimani", "cleric
 * Moqtada al-Sadr"), else 0.
 */
export function introduces(text: string, surname: string): number {
  const spelled = spelledTitles(text);
  let best = 0;
  for (const m of spelled.matchAll(NAME)) {
    const run = m[0].split(/\s+/);
    if (terms(run.at(-1) ?? '').at(-1) !== surname) continue;
    const rest = spelled.slice(m.index + m[0].length, m.index + m[0].length + NEXT_SENTENCE_CHARS);
    const after = DEFINED_AFTER.exec(rest.slice(0, 120));
    const headOf = ROLE_OF_AFTER.exec(rest);
    // The role's words end where personRoles ends them ("a professor of political science" is a professor).
    const roleWords = (after?.[1] ?? '').split(/\s+/);
    const end = roleWords.findIndex((w) => ROLE_END.test(w));
    if (
      roleWords.slice(0, end < 0 ? undefined : end).some((w) => w && mayNameRole(w)) ||
      (headOf?.[1] !== undefined && mayNameRole(headOf[1])) ||
      SAID_OF_THEM_NEXT.test(rest)
    )
      return 2;
    const before = TITLED_BEFORE.exec(spelled.slice(Math.max(0, m.index - 40), m.index));
    if (run.slice(0, -1).some((w) => OFFICES.has(w)) || (run.length > 1 && before?.[1] && mayNameRole(before[1])))
      best = 1;
  }
  return best;
}
