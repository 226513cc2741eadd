// Counting: whether a sentence counts what a "how many" question counts, and whose count and which event it is.
// The question's side (what is counted, its owner, where and when) is read in question.ts and here.
import { WordFlag, type SentenceWords } from '../nlp/sentence-words.js';
import { terms, words } from '../nlp/terms.js';
import { lexiconTags } from '../nlp/lexicon.js';
import { escapeRegExp } from '../util/text.js';
import { DEMONYMS } from '../nlp/demonyms.js';
import type { TermVectors } from '../nlp/word-vectors.js';
import { TIME_UNIT_WORDS, type Question } from './question.js';

/** Words between a count and what it counts ("500 Iraqis", "about 6,000 U.S. troops"). */
const COUNT_SPAN = 3;
/** A word this close in the vectors to what is counted counts it too ("troops" for "soldiers"). */
const COUNTED_SIMILARITY = 0.7;

/**
 * Units of time: GloVe puts them close to each other, but "five months" is no count of years. A unit is counted only by
 * its own word.
 */
const TIME_UNITS = new Set(terms(TIME_UNIT_WORDS.join(' ')));

/**
 * Wire copy writes units short ("34.5 mln lbs", "80,000 bpd"): each abbreviation's term → the term of the unit it
 * stands for, so that "how many pounds" is counted by "lbs". The standard abbreviations only.
 */
const UNIT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['lbs', 'pounds'],
      ['lb', 'pounds'],
      ['oz', 'ounces'],
      ['bbl', 'barrels'],
      ['bbls', 'barrels'],
      ['bpd', 'barrels'],
      ['bu', 'bushels'],
    ] as const
  ).map(([short, unit]) => [terms(short)[0] ?? short, terms(unit)[0] ?? unit]),
);

/** Words that count any goods: "174,133 units" counts the vehicles the sentence named before. */
const GENERIC_COUNTERS: ReadonlySet<string> = new Set(terms('units'));

/** "How many people…": the words that count anyone at all. */
const PEOPLE = new Set(terms('people persons individuals'));
/** The terms nationality words become ("Iraqis" → iraq): capitalised, after a number, they count people. */
export const NATIONS: ReadonlySet<string> = new Set([...DEMONYMS.values()].flatMap((country) => terms(country)));

/**
 * A number (not a year) at most COUNT_SPAN words before one of the counted terms, or a close word; for people,
 * also before a nationality ("tens of thousands of Iraqis", "500 Canadians").
 */
export function counts(
  counted: readonly string[],
  sw: SentenceWords,
  text: string,
  vectors?: TermVectors | null,
  owners: readonly string[] = [],
  /** The question's terms: a number among them ("the explosion that killed 45") is never the count asked for. */
  given: ReadonlySet<string> = new Set(),
  /** The verb of the question, what was done to or by what is counted ("voted", "killed"). */
  verb?: string,
  /** The verb is said in the passive: what was done to what is counted ("were pulled out"). */
  done = false,
  /** A part of what is counted is asked for ("how many of the missiles…"). */
  part = false,
): boolean {
  const people = counted.some((c) => PEOPLE.has(c));
  // A nationality before what is counted ("how many Iraqi protesters were killed") counts them as their nation's
  // people ("500 Iraqis have been killed"), only where the sentence tells what was done: "tens of thousands of Iraqis
  // rallied" is no count of the Iraqi MPs who voted.
  const modifier = (c: string, i: number) => i < counted.length - 1 && NATIONS.has(c);
  const verbSaid = () =>
    verb === undefined ||
    sw.terms.some((t) => t !== null && (t === verb || (vectors?.similarity(verb, t) ?? 0) >= COUNTED_SIMILARITY));
  // "How many of the Iranian missiles were intercepted?" asks for some of them: "Iran launched more than a dozen
  // ballistic missiles" counts them all, and does not say how many were intercepted.
  if (part && !verbSaid()) return false;
  const things = counted.some(modifier) && !verbSaid() ? counted.filter((c, i) => !modifier(c, i)) : counted;
  const isCounted = (t: string | null, flags: number) =>
    t !== null &&
    (things.some(
      (c) =>
        c === t ||
        UNIT_ABBREVIATIONS.get(t) === c ||
        // Nor a number word: GloVe puts "one" near "people", but "two new products, one of which…" counts products.
        (!TIME_UNITS.has(c) &&
          (flags & WordFlag.NUMBER) === 0 &&
          (vectors?.similarity(c, t) ?? 0) >= COUNTED_SIMILARITY),
    ) ||
      (people && NATIONS.has(t) && (flags & WordFlag.CAPITAL) !== 0));
  let ws: string[] | undefined;
  // "How many 240mm rockets…" asks for rockets of one kind: "four Katyusha rockets" counts another, where a name or a
  // size stands between the number and the thing, and the question's own word for the kind does not. A size asked
  // ("240mm") sets them apart from any others: "11 to 14 rockets struck the base" does not count them.
  // Not a number the question gives ("how many of the 40 new planes…").
  const kinds = counted.slice(0, -1).filter((c) => !NATIONS.has(c) && !/^\d+$/.test(c));
  const sized = kinds.some((c) => /\d/.test(c));
  const otherKind = (number: number, thing: number) => {
    if (kinds.length === 0) return false;
    const between = sw.terms.slice(number + 1, thing);
    if (between.some((t) => t !== null && kinds.includes(t))) return false;
    if (sized) return true;
    ws ??= words(text);
    for (let k = number + 1; k < thing; k++) {
      const t = sw.terms[k] ?? null;
      if (t === null || given.has(t) || NATIONS.has(t)) continue;
      if (((sw.flags[k] ?? 0) & WordFlag.CAPITAL) !== 0 || MEASURE.test(ws[k] ?? '')) return true;
    }
    return false;
  };
  // "Japan's vehicle exports … rose to 174,133 units": "units" counts the goods the sentence has named before it.
  let named = false;
  for (let i = 0; i < sw.terms.length; i++) {
    const t = sw.terms[i] ?? null;
    const generic = named && t !== null && GENERIC_COUNTERS.has(t);
    named ||= t !== null && counted.includes(t);
    if (!generic && !isCounted(t, sw.flags[i] ?? 0)) continue;
    // A word like the one counted that is an adjective ("two Iraqi military bases" for soldiers) modifies what the
    // number counts: the noun after it.
    if (!counted.includes(t ?? '') && lexiconTags((ws ??= words(text))[i]?.toLowerCase() ?? '')?.[0] === 'JJ') continue;
    // "four rocket attacks" counts attacks: the word counted, right before another noun, says what kind of it.
    if (modifiesNext((ws ??= words(text)), i, text)) continue;
    // A country counts its people by their name ("500 Iraqis"), not by its own ("500 protesters in Iraq" counts
    // protesters, not Iraqi MPs), nor by a short form ending in S ("14.95 billion U.S. Dlrs" counts no one).
    if (NATIONS.has(t ?? '') && !/\p{Ll}s$/u.test((ws ??= words(text))[i] ?? '')) continue;
    for (let j = partitiveFrom((ws ??= words(text)), i); j < i; j++) {
      const flags = sw.flags[j] ?? 0;
      // A year, or a day of the month ("December 12, telling NPR"), counts nothing.
      const day = j > 0 && ((sw.flags[j - 1] ?? 0) & WordFlag.DATE) !== 0;
      if (
        (flags & WordFlag.NUMBER) !== 0 &&
        (flags & WordFlag.YEAR) === 0 &&
        !day &&
        !given.has(sw.terms[j] ?? '') &&
        !clockAt((ws ??= words(text)), j) &&
        !modelNumber(ws, j, text) &&
        !joinedTo(ws, j, i, text) &&
        !SHARE_AFTER.test(ws[j + 1] ?? '') &&
        !MEASURE.test(ws[j] ?? '') &&
        ownedBy(owners, sw, j, i) &&
        !heldByOther(ws, sw, j, given) &&
        // "How many Canadian soldiers were pulled out…" counts those it was done to: "Canada has about 500 troops"
        // counts all it holds.
        !(done && held(ws, j)) &&
        !otherKind(j, i)
      )
        return true;
    }
  }
  return false;
}

/**
 * A number joined by a hyphen to a word before the thing counted says what that word is: "a four-level Saks store"
 * counts levels, "the 2-CV small car" names a model; neither counts stores or cars.
 */
function joinedTo(ws: readonly string[], j: number, thing: number, text: string): boolean {
  return j + 1 < thing && text.includes(`${ws[j] ?? ''}-${ws[j + 1] ?? ''}`);
}

/** "40 pct of Americans" is a share of them, not a count. */
const SHARE_AFTER = /^(?:pct|percent)$/i;

/** "AN/UGC-136 military teleprinters", "F-16 fighters": a number joined to capitals by a hyphen names a model. */
function modelNumber(ws: readonly string[], j: number, text: string): boolean {
  const before = ws[j - 1] ?? '';
  return /^\p{Lu}[\p{Lu}\d]*$/u.test(before) && text.includes(`${before}-${ws[j] ?? ''}`);
}

/**
 * The word at `i`, a noun in the singular, goes straight on to a common noun ("rocket attacks"), with no punctuation
 * between: it says the other's kind. A plural ("rockets landed") is the head of its phrase.
 */
function modifiesNext(ws: readonly string[], i: number, text: string): boolean {
  const [w, next] = [ws[i] ?? '', ws[i + 1] ?? ''];
  if (lexiconTags(w.toLowerCase())?.[0] !== 'NN') return false;
  if (!/^\p{Ll}/u.test(next) || lexiconTags(next)?.[0]?.startsWith('NN') !== true) return false;
  return new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(w)}\\s+${escapeRegExp(next)}(?![\\p{L}\\d])`, 'u').test(text);
}

/**
 * Where to look back from the thing at `i` for its count: COUNT_SPAN words, or, through a partitive ("up to one mln of
 * its common shares", "500,000 of the shares"), the two words before its "of".
 */
function partitiveFrom(ws: readonly string[], i: number): number {
  const from = Math.max(0, i - COUNT_SPAN);
  for (let k = i - 1; k >= from; k--)
    if (/^of$/i.test(ws[k] ?? '') && /^(?:its|their|the|his|her|our)$/i.test(ws[k + 1] ?? ''))
      return Math.max(0, k - 2);
  return from;
}

/** Words before a count where its owner stands ("Canada has about 500 troops"), and after what it counts. */
const OWNER_BEFORE = 4;
const OWNER_AFTER = 3;

/**
 * "How many NATO troops…" counts NATO's: a count at `number` of the thing at `thing` is theirs when one of the
 * names the question puts before what it counts stands near ("Canada has about 500 troops" counts Canada's, though
 * the sentence goes on to name NATO; "six Virginia branches", "200,000 shares of Rabbit stock"). No names: any count.
 */
function ownedBy(owners: readonly string[], sw: SentenceWords, number: number, thing: number): boolean {
  if (owners.length === 0) return true;
  const end = Math.min(sw.terms.length, thing + OWNER_AFTER + 1);
  for (let k = Math.max(0, number - OWNER_BEFORE); k < end; k++) if (owners.includes(sw.terms[k] ?? '')) return true;
  return false;
}

/** Words between a holder's "has" and the count it holds ("has about 500", "has more than 500"). */
const HOLDER_SPAN = 3;
const HOLDS = /^(?:has|have|had)$/i;
/** Words of a holder's name, at most. */
const NAME_WORDS = 5;

/**
 * "Canada has about 500 troops there" counts Canada's: a count right after a name and "has" is that name's, not the
 * count of a question that does not give the name ("how many troops is NATO sending").
 */
function heldByOther(ws: readonly string[], sw: SentenceWords, number: number, given: ReadonlySet<string>): boolean {
  for (let k = number - 1; k >= Math.max(1, number - HOLDER_SPAN); k--) {
    if (!HOLDS.test(ws[k] ?? '')) continue;
    // The holder's name, back over its capitalised words ("XYZ Inc has 500 employees" is XYZ's).
    let from = k;
    while (from > Math.max(0, k - NAME_WORDS) && ((sw.flags[from - 1] ?? 0) & WordFlag.CAPITAL) !== 0) from--;
    // A sentence's first word is capitalised whatever it is: "Production has been 500 tonnes" names no holder.
    if (from === 0 && k === 1 && lexiconTags((ws[0] ?? '').toLowerCase()) !== undefined) return false;
    const name = sw.terms.slice(from, k).filter((t): t is string => t != null);
    return name.length > 0 && !name.some((t) => given.has(t));
  }
  return false;
}

/** Words between a holder's "has" and its count that only say how near the count is ("has close to 6,000"). */
const NEAR_COUNT =
  /^(?:about|around|close|to|nearly|some|more|than|roughly|approximately|over|almost|at|least|up|just|only)$/i;

/** The count at `number` is what something has ("has about 500 troops"), not what was done. */
function held(ws: readonly string[], number: number): boolean {
  for (let k = number - 1; k >= Math.max(0, number - 1 - HOLDER_SPAN); k--) {
    if (HOLDS.test(ws[k] ?? '')) return true;
    if (!NEAR_COUNT.test(ws[k] ?? '')) return false;
  }
  return false;
}

/** A number with its unit run on ("122mm rockets", "5kg"): a size, not a count. */
const MEASURE = /^\d[\d.,]*[\p{L}]+$/u;

/** A clock time's words ("7:20pm" is "7", "20pm"; "10 a.m." is "10", "a", "m"): they count nothing. */
function clockAt(ws: readonly string[], at: number): boolean {
  const clock = (k: number) => {
    const w = ws[k] ?? '';
    const next = (ws[k + 1] ?? '').toLowerCase();
    const suffix =
      next === 'am' || next === 'pm' || ((next === 'a' || next === 'p') && ws[k + 2]?.toLowerCase() === 'm');
    return /^\d+[ap]m$/i.test(w) || (suffix && /^\d{1,2}$/.test(w));
  };
  // The hour before the minutes ("7" of "7:20pm") too.
  return clock(at) || (/^\d{1,2}$/.test(ws[at] ?? '') && clock(at + 1));
}

/** Prepositions before where or when a thing happened ("on Al-Asad base", "in the December 3 attack"). */
const PLACE_PREPOSITION = /^(?:at|on|in|near|against|into|onto|from|over)$/i;
/** Auxiliaries: "did the company…" puts the subject after "the", not an object. */
const AUXILIARY = /^(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)$/i;
function verbBefore(w: string): boolean {
  return !AUXILIARY.test(w) && (lexiconTags(w.toLowerCase()) ?? []).some((t) => t.startsWith('VB'));
}
/** Words after such a preposition that may still be its object ("in the December 3 attack"). */
const PLACE_WORDS = 4;

/**
 * The names a question gives after a preposition: where or when its event was ("fired in the December 3 attack on
 * Al-Asad base"). Not an owner's ("in Iran's missile strikes": wire copy drops the owner once it is said), nor the
 * subject ("how many employees did Towle Manufacturing have": "the company" in the sentence that counts them).
 */
export function placesAsked(q: Question): string[][] {
  const raw = q.text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d'’]+$/gu, ''));
  const marked = new Set<string>();
  raw.forEach((w, i) => {
    // "…hit the Al-Assad base": the object of a verb is where, as "on the base" is; not "did the company…".
    const object = /^the$/i.test(w) && i > 0 && verbBefore(raw[i - 1] ?? '');
    if (!PLACE_PREPOSITION.test(w) && !object) return;
    for (let k = i + 1; k < Math.min(raw.length, i + 1 + PLACE_WORDS); k++) {
      const x = raw[k] ?? '';
      if (PLACE_PREPOSITION.test(x) || /['’]s?$/u.test(x)) break;
      for (const t of terms(x)) marked.add(t);
    }
  });
  return (q.names ?? []).filter((n) => n.every((t) => marked.has(t)));
}
