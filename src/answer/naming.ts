// Whether a sentence names the thing asked for: a name just after it ("the U.S. envoy David Schenker") or given it
// ("dubbed…"), a numbered one ("Article 51"), a model ("an MQ-9 Reaper drone"); or tells of it only unnamed.
import { stem, terms, words } from '../nlp/terms.js';
import { CALENDAR_WORD } from '../util/calendar-names.js';
import { escapeRegExp } from '../util/text.js';
import type { Question } from './question.js';
import { NATIONS } from './counting.js';
import { COMPANY_WORD, newName } from './people.js';
import type { TermVectors } from '../nlp/word-vectors.js';
import { CAPITAL_OF } from '../nlp/capitals.js';
import { lexiconTags } from '../nlp/lexicon.js';

/** Whether `have` holds the term, or a word the vectors put as close to it as a head noun's stand-in. */
export function saysOrNear(term: string, have: ReadonlySet<string>, vectors: TermVectors | null | undefined): boolean {
  return have.has(term) || (vectors ? [...have].some((t) => vectors.similarity(term, t) >= HEAD_SIMILARITY) : false);
}

/**
 * A thing given its name: "dubbed “Operation Martyr Soleimani”", "known as the Quds Force", "named Jonathan Hoffman",
 * "to be known as <Odin Mining…>" (a company in wire copy's brackets). The name's first word is captured.
 */
export const NAMING_PHRASE =
  /\b(?:dubbed|called|named|code-?named|nicknamed|known\s+as|titled)\s+(?:the\s+)?["“'‘<]?(\p{Lu}[\p{L}'’-]*)/u;

/**
 * "What is the name of the X…": a name the question does not give, written just after X ("the U.S. envoy David
 * Schenker", "the find at Iagifu"): at most NAME_SPAN words on, where a name in apposition stands.
 */
const NAME_SPAN = 2;
/** A word this close in the vectors to the head noun asked about stands for it ("spokesman" for "spokesperson"). */
export const HEAD_SIMILARITY = 0.7;

export function names(q: Question, named: readonly string[], text: string, vectors?: TermVectors | null): boolean {
  const ws = words(text);
  const asked = new Set(q.terms);
  // The name stands after X's head noun ("the Iraqi prime minister Adel Abdul Mahdi"), not after its modifiers
  // ("the Iraqi President Barham Saleh" names a president); or after a word the vectors put as close ("spokesman"
  // for "spokesperson").
  const head = named.at(-1);
  const isHead = (t: string) => t === head || (vectors?.similarity(head ?? '', t) ?? 0) >= HEAD_SIMILARITY;
  // The noun, not a verb's past that maps to its term ("He also met Saleh" names no meeting).
  const saysHead = (w: string) => terms(w).some((t) => isHead(t) && (t !== head || stem(w.toLowerCase()) === t));
  for (let i = 0; i < ws.length; i++) {
    if (head === undefined || !saysHead(ws[i] ?? '')) continue;
    for (let j = i + 1; j <= Math.min(ws.length - 1, i + NAME_SPAN); j++) {
      const w = ws[j] ?? '';
      // "US and Coalition troops" names two things, not the one asked about.
      if (/^(and|or|but)$/i.test(w)) break;
      const ts = terms(w);
      // A capitalised stop word ("This means…") opens a sentence, and a month or weekday ("leaders in January") dates
      // it: neither names anyone.
      if (CALENDAR_WORD.test(w)) continue;
      // Nor does a country or capital after a preposition: "a paramilitary chief in Baghdad" says where he was.
      if (j > i + 1 && ts.length > 0 && ts.every((t) => NATIONS.has(t) || CAPITAL_OF.has(t))) continue;
      if (/^\p{Lu}/u.test(w) && ts.length > 0 && !ts.some((t) => asked.has(t) || named.includes(t))) return true;
    }
  }
  // Or further on, given its name ("a gold investment company in the Isle of Man to be known as <Odin Mining…>").
  const given = NAMING_PHRASE.exec(text);
  if (given && head !== undefined) {
    const before = words(text.slice(0, given.index)).some((w) => terms(w).some(isHead));
    const name = terms(given[1] ?? '');
    if (before && name.length > 0 && !name.some((t) => asked.has(t) || named.includes(t))) return true;
  }
  return false;
}

/** Words after the head noun where a near tie looks for what names it ("bases hosting US troops at Al-Assad"). */
const NAMED_AFTER_WORDS = 8;

/**
 * Whether `text` gives a name for the thing asked about (its head noun, the last of `named`, itself) in the words
 * that follow it: a capitalised word the question lacks that is no country, month or weekday ("two bases in Iraq
 * on Tuesday" names no base; "bases … at Al-Assad and Irbil" does).
 */
export function namedAfter(q: Question, named: readonly string[], text: string): boolean {
  // Within one sentence: a quoted one inside it ("…bases located in Iraq. Assessment of…") starts anew, and a
  // quotation ends where it closes ("…missiles at US base,” Richard Haas wrote": Haas names no base).
  return text
    .split(/(?<=\p{Ll}{2}[.!?]["”’]?)\s+(?=\p{Lu})|[”"](?=\s*[,.;:]?\s)/u)
    .some((part) => namedAfterIn(q, named, part));
}

/**
 * "Soleimani, head of the Islamic Revolutionary Guard Corps": the word at `i` (a role, in lower case) is of a body the
 * question does not name; "head of NATO" is the one asked.
 */
function ofAnother(q: Question, ws: readonly string[], i: number): boolean {
  if (!/^\p{Ll}/u.test(ws[i] ?? '') || !/^of$/i.test(ws[i + 1] ?? '')) return false;
  let j = i + 2;
  if (/^the$/i.test(ws[j] ?? '')) j++;
  const asked = new Set(q.terms);
  const body: string[] = [];
  for (; /^\p{Lu}/u.test(ws[j] ?? ''); j++) body.push(...terms(ws[j] ?? ''));
  return body.length > 0 && !body.some((t) => asked.has(t));
}

/**
 * Where a name after the word at `i` may stand: past "of the" and the name of the body the question asks about, to the
 * last word of it the question gives, and its initials ("head of the Islamic Revolutionary Guard Corps-Quds Force
 * (IRGC)" names no holder); "head of the Quds Force, Qassem Soleimani" does.
 */
function pastBody(asked: ReadonlySet<string>, ws: readonly string[], i: number): number {
  let j = i + 1;
  if (!/^of$/i.test(ws[j] ?? '')) return j;
  j++;
  if (/^the$/i.test(ws[j] ?? '')) j++;
  let end = -1;
  for (let k = j; /^\p{Lu}/u.test(ws[k] ?? ''); k++) if (terms(ws[k] ?? '').some((t) => asked.has(t))) end = k;
  if (end < 0) return i + 1;
  return /^\p{Lu}{2,}$/u.test(ws[end + 1] ?? '') ? end + 2 : end + 1;
}

/** Every mention of the role in the sentence is another body's ("head of the Islamic Revolutionary Guard Corps"). */
export function roleOfAnother(q: Question, role: string, text: string): boolean {
  const ws = words(text);
  const at = ws.flatMap((w, i) => (terms(w).includes(role) ? [i] : []));
  return at.length > 0 && at.every((i) => ofAnother(q, ws, i));
}

function namedAfterIn(q: Question, named: readonly string[], text: string): boolean {
  const ws = words(text);
  const head = named.at(-1);
  const asked = new Set(q.terms);
  for (let i = 0; i < ws.length; i++) {
    // The name after "head of the" is the body the role is of, not one who holds it ("the Bank of Tokyo" is one).
    if (head === undefined || !terms(ws[i] ?? '').includes(head) || ofAnother(q, ws, i)) continue;
    for (let j = pastBody(asked, ws, i); j <= Math.min(ws.length - 1, i + NAMED_AFTER_WORDS); j++) {
      if (newName(ws[j] ?? '', asked)) return true;
    }
  }
  return false;
}

/** Words before a thing that leave it unnamed: "a national underwriting firm", "its asset-based lender", "three other banks". */
const UNNAMING = /^(?:a|an|its|their|his|her|other|another|unnamed|unidentified|undisclosed|several|some|certain)$/i;
/** Words after a thing that go on to name it: "banks led by Nomura", "a firm, Smith Barney,". */
const NAMING_AFTER = /^(?:led|including|such|namely|headed)$/i;
/** Prepositions that open another thing's phrase: "an investor by Goldman Sachs", "a unit of Kay Corp". */
const OTHER_THING = /^(?:by|of|in|from|to|at|on|with|for)$/i;

/** Words after a thing name it: a capitalised word before any preposition ("a firm, Smith Barney"), or "led by…". */
function namedAfterThing(after: readonly string[]): boolean {
  for (const w of after) {
    if (NAMING_AFTER.test(w) || /^\p{Lu}/u.test(w)) return true;
    if (OTHER_THING.test(w)) return false;
  }
  return false;
}

/** The word at `i` is in a run of capitalised words ("Industrial Bank of Japan") whose other terms are all `given`. */
function inGivenName(ws: readonly string[], i: number, given: ReadonlySet<string>): boolean {
  const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  if (!capital(ws[i])) return false;
  let from = i;
  while (capital(ws[from - 1])) from--;
  let to = i;
  while (capital(ws[to + 1]) || (/^of$/i.test(ws[to + 1] ?? '') && capital(ws[to + 2])))
    to += /^of$/i.test(ws[to + 1] ?? '') ? 2 : 1;
  // A company's suffix ("Ltd", "Corp"), and its ticker or initials after it ("<IBJT.T> (IBJ)"), are no part of what
  // the question gives.
  const others = ws
    .slice(from, to + 1)
    .filter((w, k) => from + k !== i && !COMPANY_WORD.test(w.toLowerCase()) && !/^\p{Lu}+$/u.test(w))
    .flatMap((w) => terms(w));
  return others.length > 0 && others.every((t) => given.has(t));
}

/** Whether `text` writes `a` then punctuation then `b` ("sites, something"): two phrases, not one compound. */
function punctuatedBetween(text: string, a: string, b: string): boolean {
  return new RegExp(`\\b${escapeRegExp(a)}\\s*[,;:)\\]]\\s*${escapeRegExp(b)}\\b`, 'u').test(text);
}

/**
 * Whether `text` tells of the thing (`head`) only unnamed: it says the thing, every time after a word that leaves it
 * unnamed ("a", "its", "other") within four words or as a bare plural, with no name between and none (nor "led by…")
 * in the three words after before a preposition. "The X" refers back and counts neither way; a mention inside a name
 * the question gives (`given`) is not the one asked for.
 */
export function tellsOnlyUnnamed(head: string, text: string, given: ReadonlySet<string> = new Set()): boolean {
  let said = false;
  for (const sentence of text.split(/(?<=[.!?;:])\s+/)) {
    const ws = words(sentence);
    for (let i = 0; i < ws.length; i++) {
      if (!terms(ws[i] ?? '').includes(head)) continue;
      // "the Industrial Bank of Japan" of "which banks besides the Industrial Bank of Japan": the one the question
      // names is not the one it asks for.
      if (inGivenName(ws, i, given)) continue;
      // "a company spokesman": the word qualifies another thing, it does not tell of one; not across a comma
      // ("cultural sites, something that…").
      if (
        /^\p{Ll}/u.test(ws[i + 1] ?? '') &&
        lexiconTags(ws[i + 1] ?? '')?.[0]?.startsWith('NN') &&
        !punctuatedBetween(sentence, ws[i] ?? '', ws[i + 1] ?? '')
      )
        continue;
      const before = ws.slice(Math.max(0, i - 4), i);
      const after = ws.slice(i + 1, i + 4);
      if (namedAfterThing(after)) return false;
      // "Japan Line asked banks to shelve…": a bare plural after a verb or a preposition leaves them unnamed, past its
      // adjectives ("would include cultural sites").
      let k = i - 1;
      while (k > 0 && /^\p{Ll}/u.test(ws[k] ?? '') && lexiconTags(ws[k] ?? '')?.[0]?.startsWith('JJ')) k--;
      const bare =
        lexiconTags(ws[i]?.toLowerCase() ?? '')?.[0] === 'NNS' &&
        /^(?:VB|IN)/.test(lexiconTags(ws[k]?.toLowerCase() ?? '')?.[0] ?? '');
      const from = bare ? before.length : before.findLastIndex((w) => UNNAMING.test(w));
      // "demand by the lender", "from that customer": the thing told of before, named or not there; it says neither.
      const back = before.findLastIndex((w) => /^(?:the|that|this|these|those)$/i.test(w));
      if (back > from && !before.slice(back + 1).some((w) => /^\p{Lu}/u.test(w))) continue;
      said = true;
      // "its Mobile Communications Division": a name between the word and the thing; not a nationality or a name the
      // question gives ("an Iraqi paramilitary chief").
      const naming = (w: string) => /^\p{Lu}/u.test(w) && !terms(w).every((t) => given.has(t) || NATIONS.has(t));
      // After "a", a name says whose the thing is, not which ("a Pentagon contractor", "a Goldman Sachs unit").
      const whose = /^an?$/i.test(before[from] ?? '');
      if (from < 0 || (!whose && before.slice(from + 1).some(naming))) return false;
    }
  }
  return said;
}

/** The thing asked for named in the sentence: a name after it ("the militia Kataib Hezbollah") or its number ("Article 51"). */
export function namesOne(q: Question, head: string, text: string): boolean {
  return namedAfter(q, [head], text) || numbersOne(head, text);
}

/** A numbered one of the thing: "Article 51", "article 85"; of a part ("which part of…"), any numbered unit. */
export function numbersOne(head: string, text: string): boolean {
  const ws = words(text);
  // "Which part of the UN Charter…": a part is named by a numbered unit of its own ("Article 51", "Section 301").
  const part = PART_WORDS.has(head);
  return ws.some(
    (w, i) =>
      (terms(w).includes(head) || (part && /^\p{Lu}/u.test(w) && !CALENDAR_WORD.test(w))) &&
      /^\d/.test(ws[i + 1] ?? ''),
  );
}

/** What a "which part of X" asks for, which X's own units name ("Article 51", "Chapter 11"). */
const PART_WORDS = new Set(terms('part section portion provision clause'));

/** Words either side of a thing where its designation stands ("an MQ-9 Reaper drone", "the drone, a Reaper"). */
const MODEL_SPAN = 3;

/**
 * "What model of drone…": a designation near the thing, one the question does not give. A word with letters and
 * digits ("MQ-9", "F-16"), or a capitalised word that is no country (NATIONS), month or weekday and does not open the
 * sentence ("Reaper", "Boeing").
 */
export function designates(q: Question, thing: string, text: string): boolean {
  const ws = words(text);
  const asked = new Set(q.terms);
  for (let i = 0; i < ws.length; i++) {
    if (!terms(ws[i] ?? '').includes(thing)) continue;
    for (let j = Math.max(1, i - MODEL_SPAN); j <= Math.min(ws.length - 1, i + MODEL_SPAN); j++) {
      if (j === i) continue;
      const w = ws[j] ?? '';
      // A country says whose it is ("the U.S. drone"), not which model.
      if ((/\d/.test(w) && /\p{L}/u.test(w)) || newName(w, asked)) return true;
    }
  }
  return false;
}
