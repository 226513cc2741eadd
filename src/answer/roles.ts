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
    const { offices, before, after } = rolesAround(text, m.index, m[0], run);
    for (const w of [...offices, ...(before ? [before] : []), ...after]) add(surname, w);
  }
  return out;
}

/**
 * The words a name's context gives as a role: offices in its run ("General Qassem Soleimani"), a lower-case role
 * before a first name and surname ("cleric Moqtada al-Sadr"), and a role's words after it, to where the role ends
 * ("…, the deputy commander for…", "(PhD) is a professor of…").
 */
function rolesAround(
  text: string,
  at: number,
  name: string,
  run: readonly string[],
): { offices: string[]; before: string | undefined; after: string[] } {
  const offices = run.slice(0, -1).filter((w) => OFFICES.has(w));
  const before = run.length > 1 ? TITLED_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1] : undefined;
  const words = (DEFINED_AFTER.exec(text.slice(at + name.length, at + name.length + 120))?.[1] ?? '').split(/\s+/);
  const end = words.findIndex((w) => ROLE_END.test(w));
  return { offices, before, after: words.slice(0, end < 0 ? undefined : end).filter((w) => w) };
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
    const { offices, before, after } = rolesAround(spelled, m.index, m[0], run);
    const headOf = ROLE_OF_AFTER.exec(rest)?.[1];
    if (after.some(mayNameRole) || (headOf !== undefined && mayNameRole(headOf)) || SAID_OF_THEM_NEXT.test(rest))
      return 2;
    if (offices.length > 0 || (before !== undefined && mayNameRole(before))) best = 1;
  }
  return best;
}
