// What a question asks for: its content terms and the kind of answer it wants.
import { EntityKind } from '../nlp/analyze.js';
import { DEMONYMS } from '../nlp/demonyms.js';
import { lexiconTags } from '../nlp/lexicon.js';
import { NUMBER_WORDS } from '../nlp/sentence-words.js';
import { foldPunctuation, terms, words } from '../nlp/terms.js';
import { CALENDAR_WORD, MONTH_WORD } from '../util/calendar-names.js';

export type AnswerKind =
  'date' | 'time' | 'number' | 'money' | 'percent' | 'age' | 'duration' | 'name' | 'reason' | 'other';

/** What a sum is paid for ("How much did Kay pay for its 52 pct stake…"): its terms, and its head noun's. */
export interface PaidFor {
  terms: string[];
  head?: string;
}

export interface Question {
  text: string;
  /** What is searched for: the question without its frame words and fillers ("roughly how many" → "how many"). */
  query: string;
  /** Unique index terms, in order. */
  terms: string[];
  /** Consecutive term pairs, "a b". */
  bigrams: Set<string>;
  kind: AnswerKind;
  /** Entity kinds that would answer it (0 when any will do). */
  wants: number;
  /** Terms of capitalised words in the question, which an answer must go beyond. */
  named: Set<string>;
  /** The same, as names: runs of consecutive capitalised words ("King's Cross" → ["king", "cross"]). */
  names?: string[][];
  /** For a definition question ("What is X?", "Who was X?"): X's terms. */
  subject?: string[];
  /** For "how many X…": the terms of X ("how many computer terminals is…" → comput, termin), what is counted. */
  counted?: string[];
  /** For "how many X…": the verb said of X, if any ("how many Iraqi MPs voted…" → vote). */
  countVerb?: string;
  /** For "how many X were pulled out…": the verb tells what was done to X, in the passive. */
  countDone?: boolean;
  /** For "how many of the X…": a part of the X is counted. */
  countPart?: boolean;
  /** For "which X did…": X's head noun's term ("which Iraqi meeting did…" → meet); a word before it can answer. */
  whichHead?: string;
  /** For "who is the X who/of…": X's head noun's term ("who is the Pentagon spokesman who…" → spokesman). */
  whoHead?: string;
  /** A noun before the role's head that says the role alone ("parent" of "parent company"). */
  whoCompound?: string;
  /** "What did X call Y?", "what name did X give Y", "what is Y known as": what a thing is called is asked for. */
  naming?: boolean;
  /** For "what is the name of X…": the terms of X ("the name of the US envoy who…" → us, envoy), what is named. */
  nameOf?: string[];
  /** For "what model of X…", "which X model": X's term ("drone"), whose designation is asked for ("MQ-9 Reaper"). */
  modelOf?: string;
  /** For "what kind of X…": X's term ("truck"), whose kind is asked for ("a Bongo style truck"). */
  kindOf?: string;
  /** For "who took over…", "who will step down…": the verb and particle right after "who" (["took", "over"]). */
  whoVerb?: [verb: string, particle: string];
  /**
   * For "how much did X pay for Y", "…spend on Y": the terms of Y ("its 52 pct stake in…" → stake), what the sum is
   * paid for.
   */
  paidFor?: PaidFor;
  /**
   * For "how much did X cost": the last term of X ("a first-class stamp" → stamp), what costs the sum; none for "it"
   * ("How much did it cost to build…"), which says nothing.
   */
  costed?: string;
  /**
   * Two questions joined ("When was NATO set up, and what was it meant to counter?"): how many of `terms` (the first
   * ones) are the first question's.
   */
  firstQuestion?: number;
  /** Terms only in what the question says of its article ("…in the report on NATO expanding its mission"). */
  articleContext?: string[];
  /**
   * Words that say what a name is, just before it ("its foodservice unit Service America", "the French sugar producer
   * Beghin-Say"): each term → the terms of the name it describes.
   */
  described?: ReadonlyMap<string, readonly string[]>;
}

/**
 * "its foodservice unit Service America", "Bally's lottery subsidiary Scientific Games": a determiner, up to three
 * nouns or adjectives, then a name that ends the phrase (punctuation, a preposition or a relative word after it). Not a
 * name that opens a clause ("the day Jiji Press quoted…") or modifies a noun ("the big Baghdad march").
 */
const DESCRIBED =
  /\b(?:its|their|his|her|the|a|an|[\p{L}]+['’]s)\s+((?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*),?\s+(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)(?=\s*(?:[,?.;:!]|$)|\s+(?:from|in|on|at|for|to|with|by|into|which|that|who)\b)/gu;
const DESCRIBING_TAG = /^(?:NN|NNS|JJ|JJR|JJS)$/;

function describedNames(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(DESCRIBED)) {
    const lower = (m[1] ?? '').split(/\s+/).filter((w) => /^\p{Ll}/u.test(w));
    // Nouns and adjectives only: "the group buy in Acme" is a verb's.
    if (
      !lower.every((w) => {
        const tag = lexiconTags(w)?.[0];
        return tag === undefined || DESCRIBING_TAG.test(tag);
      })
    )
      continue;
    const name = terms(m[2] ?? '');
    if (name.length === 0) continue;
    for (const t of terms(lower.join(' '))) out.set(t, name);
  }
  return out;
}

/** "What name did Iran give…", "what did the IRGC call…", "what was the operation dubbed": a name is asked for. */
const NAMING =
  /^\W*what\s+(?:(?:code[\s-]?)?names?\s+(?:did|does|do|has|have|had|was|were|is)\b|(?:did|does|do|has|have|had)\s+.{1,60}?\s+(?:(?:code-?)?name|call|dub|nickname)\b(?!\s+(?:for|on|off|up|in|out|back)\b)|(?:is|was|are|were)\s+.{1,60}?\s+(?:called|(?:code-?)?named|dubbed|nicknamed|known\s+as)\b)/iu;

const NAMING_WORDS =
  /\b(?:(?:code[\s-]?)?names?|(?:code-?)?named|call(?:ed)?|dub(?:bed)?|nicknamed?|give|gave|given|known\s+as)\b/gi;

/** "What model of drone…", "which make of car…", "which drone model…": a designation is asked for, not a kind. */
const MODEL_OF = /\b(?:what|which)\s+(?:model|make|brand)\s+of\s+(?:the\s+|a\s+|an\s+)?([\p{L}-]+)/iu;
/** "What kind of truck…", "which type of missile…". */
const KIND_OF = /\b(?:what|which)\s+(?:kind|type|sort)\s+of\s+(?:the\s+|a\s+|an\s+)?([\p{L}-]+)/iu;
const MODEL_AFTER = /\b(?:what|which)\s+([\p{L}-]+)\s+(?:model|make|brand)\b/iu;
/** "What model was the US drone that Iran shot down?": the thing is the last word before its clause. */
const MODEL_IS =
  /\b(?:what|which)\s+(?:model|make|brand)\s+(?:is|was|are|were)\s+(?:the|that|this|these|those|its|their|his|her)\s+((?:[\p{L}.-]+\s+){0,2}?[\p{L}-]+)(?=\s+(?:that|which|who|whose|used|did|does|do|is|was|were|are|has|have|had)\b|\s*[?.!]|\s*$)/iu;
/** "What model of US drone did…", "what type of ballistic missiles did…": the thing is the phrase's last word. */
const OF_PHRASE_BEFORE_VERB =
  /\b(?:what|which)\s+(?:model|make|brand|kind|type|sort)\s+of\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){1,2}[\p{L}-]+)\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\b/iu;

/** The thing a "what model / kind of…" question asks about: the last word of its phrase before the verb, or its first. */
function thingOf(text: string, pattern: RegExp): string | undefined {
  const first = pattern.exec(text)?.[1];
  if (first === undefined) return undefined;
  const phrase = OF_PHRASE_BEFORE_VERB.exec(text)?.[1];
  return terms(phrase?.split(/\s+/).at(-1) ?? first)[0];
}

/** "Who took over…", "who will step down…": the verb and the word after it, which may make a two-word verb. */
const WHO_VERB =
  /^\W*who\s+(?:(?:will|would|did|does|do|has|have|had|could|might|is\s+going\s+to)\s+)?(\p{Ll}+)\s+(\p{Ll}+)\b/iu;

/** "Which (Iraqi) meeting did…", "which two bases were…": the noun before the verb is what is asked for. */
const WHICH_HEAD =
  /\bwhich\s+((?:[\p{L}'-]+\s+){0,4}?[\p{L}-]+)\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)\b/iu;
/** "What part of the UN Charter…" asks which part: a part of a thing is named as one of its units ("Article 51"). */
const WHAT_PART = /\bwhat(?=\s+(?:part|section|portion|provision|clause|article)\s+of\b)/iu;
/** "Which Pentagon spokesman confirmed…": no auxiliary, the verb in the past follows the head noun. */
const WHICH_HEAD_BEFORE_VERB = /^\W*which\s+((?:[\p{L}'-]+\s+){0,2}?[\p{L}-]+)\s+[\p{Ll}-]+ed\b/u;
/** The same with a past tense that is no "-ed" ("which US envoy spoke…", "which two bases got hit"). */
const WHICH_PHRASE = /^\W*which\s+([\p{L}'-]+(?:\s+[\p{L}'-]+){1,3})/iu;

/**
 * "Which US envoy spoke…": the words before the first that is a verb in the past (wink-lexicon's most usual tag), in
 * lower case. `text` is as typed: its capitals tell a name.
 */
function whichBeforePast(text: string): string | undefined {
  const typed = WHICH_PHRASE.exec(text)?.[1]?.split(/\s+/) ?? [];
  const ws = typed.map((w) => w.toLowerCase());
  const at = ws.findIndex((w, i) => i > 0 && lexiconTags(w)?.[0] === 'VBD');
  if (at > 0) return ws.slice(0, at).join(' ');
  // A present tense before its object's determiner ("which Canadian general commands the mission") or a name ("which
  // commercial bank holds Valex Petroleum's loan"): a noun in -s ("which bank loans…") seldom stands there.
  const object = (w: string) => OBJECT_DETERMINER.test(w) || /^\p{Lu}/u.test(w);
  const now = ws.findIndex((w, i) => i > 0 && (lexiconTags(w) ?? []).includes('VBZ') && object(typed[i + 1] ?? ''));
  if (now > 0) return ws.slice(0, now).join(' ');
  // Or the first preposition, which ends the phrase as in `headOf` ("which three banks besides IBJ plan…"), when no
  // verb stands before it ("which envoy speaks for…" has none to end).
  const end = ws.findIndex((w, i) => i > 0 && PHRASE_END.test(w));
  const verb = ws.slice(1, end).some((w) => lexiconTags(w)?.[0]?.startsWith('VB'));
  return end > 0 && !verb ? ws.slice(0, end).join(' ') : undefined;
}
/** A determiner that opens a verb's object. */
const OBJECT_DETERMINER = /^(?:the|a|an|its|their|his|her)$/i;
/** A preposition ends the head noun's phrase: "which two bases in Iraq…" asks for bases, not Iraq. */
const PHRASE_END =
  /^(?:in|of|on|at|from|near|for|with|by|inside|outside|across|around|along|over|under|besides|except|beside)$/i;

/** "What did the bank cut its rate to (in April)?": the level a change came to is asked for. */
export const LEVEL_ASKED =
  /^\s*what\s+(?:did|does|do|will|would|has|have|had|is|was|are|were)\b[^?]*\b(?:rise|rose|risen|fall|fell|fallen|cut|raise|raised|lower|lowered|increase|increased|reduce|reduced|drop|dropped|climb|climbed|jump|jumped|boost|boosted|trim|trimmed|decline|declined|slip|slipped|grow|grew|grown)\b[^?]*\bto\s*(?:\?|$|(?:in|on|at|after|during|from|for|when|last|this|as|under)\b)/i;

/** "How much did a first-class stamp cost…", "how much will the new plant cost": what costs the sum. */
const COST_OF =
  /\bhow\s+much\s+(?:did|does|do|will|would|is|was|are|were|could|should)\s+((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}-]+)\s+cost\b/iu;

/**
 * "How much did Kay pay for its stake…", "how much will Range Rover spend on advertising…", "how much is X charging
 * for the system", "…pay to acquire Hybritech", "what price did Pacific Lighting get for its land business": a sum and
 * what it buys or sells, after "for", "on" or "to acquire" within a few words of the verb, or "invest in".
 */
const PAID_FOR =
  /\b(?:how\s+much|what\s+(?:price|sum|amount))\b[^?]*?\b(?:(?:pay|pays|paid|paying|get|gets|got|receive|receives|received|fetch|fetched|spend|spends|spent|spending|charge|charges|charged|charging|offer|offers|offered|offering|invest|invests|invested|investing|bid|bids|bidding)\s+(?:[\p{L}.'-]+\s+){0,3}?(?:for|on|to\s+(?:acquire|buy|purchase|build(?:\s+up)?|take\s+over))|invest(?:s|ed|ing)?\s+in)\s+([^?,;]+)/iu;

/** A relative clause or an infinitive ends what is paid for: "the Lazere Financial assets it agreed to buy". */
const CLAUSE_START = /^(?:it|that|which|who|he|she|they|we|to)$/i;

/** Units and scales a phrase of a sum holds ("its 52 pct stake"): they say how much, not what is paid for. */
const SUM_WORDS = new Set(terms('pct percent dlr dlrs mln million bln billion'));

/**
 * What a sum is paid for: the phrase after "for", to its first preposition ("its 52 pct stake in…", "capital
 * projects"), not an act ("for agreeing…").
 */
function paidForOf(text: string): string {
  const ws = (PAID_FOR.exec(text)?.[1] ?? '').split(/\s+/).filter(Boolean);
  if (ws.length === 0 || lexiconTags(ws[0]?.toLowerCase() ?? '')?.[0] === 'VBG') return '';
  const end = ws.findIndex((w, i) => i > 0 && (CLAUSE_START.test(w) || PHRASE_END.test(w)));
  // "one-year", "Tacoma-based": a number's or a name's compound says how long or where, not what.
  const compound = (w: string) => {
    const first = /^([^-]+)-\S/.exec(w)?.[1];
    return first !== undefined && (/^(?:\p{Lu}|\d)/u.test(first) || NUMBER_WORDS.has(first.toLowerCase()));
  };
  return (end > 0 ? ws.slice(0, end) : ws).filter((w) => !compound(w)).join(' ');
}

/**
 * The terms of what a sum is paid for, save numbers and units ("its 52 pct stake" → stake); of its names, those the
 * rest of the question does not say ("Prime Computer … its Prime Medusa Revision 4.0 system" → medusa, revis, system):
 * the name is what is paid for. Its head: the last term that is no name.
 */
function paidThing(text: string, phrase: string, named: ReadonlySet<string>): PaidFor | undefined {
  if (!phrase) return undefined;
  const elsewhere = new Set(terms(text.replace(phrase, ' ')));
  const ts = terms(phrase).filter((t) => !/\d/.test(t) && !SUM_WORDS.has(t) && !(named.has(t) && elsewhere.has(t)));
  const head = ts.filter((t) => !named.has(t)).at(-1);
  return ts.length > 0 ? { terms: ts, ...(head ? { head } : {}) } : undefined;
}

/** The head noun of what "which…" asks for: the phrase's last word, or the word before its first preposition. */
function headOf(phrase: string): string | undefined {
  const ws = phrase.split(/\s+/).filter(Boolean);
  const cut = ws.findIndex((w, i) => i > 0 && PHRASE_END.test(w));
  return terms((cut > 0 ? ws[cut - 1] : ws.at(-1)) ?? '')[0];
}
/**
 * "Who is the Pentagon spokesman who…", "who was the head of…", "who was the spokesman confirming…": the role whose
 * holder is asked for.
 */
const WHO_HEAD =
  /^\W*who\s+(?:is|was|are|were)\s+the\s+(?:[\p{L}.'-]+\s+){0,2}?([\p{L}-]+)\s+(?:who|that|of|in|at|for|to|on|behind|\p{Ll}{3,}ing|\p{Ll}{2,}ed)\b/iu;
/**
 * "Who is Iraq's new prime minister (after…)?", "who was Hospital Corp of America's chief executive when…": a role of a
 * country or a company (its name up to five words, "of" inside), its holder asked for. Case-sensitive, "who" aside:
 * the name's words are its capitalised ones.
 */
const WHO_HEAD_OF =
  /^\W*[Ww][Hh][Oo]\s+(?:is|was|are|were)\s+(?:\p{Lu}[\p{L}.&-]*\s+(?:(?:of|and)\s+)?){0,4}[\p{L}.-]+['’]s?\s+(?:[\p{L}'-]+\s+){0,2}?([\p{L}-]+)\s*(?:\?|,|$|\s(?:who|that|after|since|now|today|at|in|when|to|for)\b)/u;

/**
 * "Who is the pro-Iranian candidate Iran wants as prime minister?", "who was the fourth bidder Becor Western was in talks
 * with?": the role, then a clause with no "that" (a name and its verb). Case-sensitive past "who": the name is
 * capitalised.
 */
const WHO_HEAD_CLAUSE =
  /^\W*[Ww][Hh][Oo]\s+(?:is|was|are|were)\s+the\s+(?:[\p{L}.'-]+\s+){0,2}?([\p{L}-]+)\s+(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:\p{Ll}{3,}s|was|is|had|has|did)\b/u;

/** "Who did Iraq pick as the new prime minister (after…)?": a role someone was given, its holder asked for. */
const WHO_AS =
  /^\W*who(?:m)?\s+(?:did|does|do|has|have|had|will|would)\s+.{1,40}?\s+as\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?(?:[\p{L}'-]+\s+){0,3}?([\p{L}-]+)\s*(?:\?|$|\s(?:who|that|after|since|now|today|at|in|of|for)\b)/iu;

/** "Who was appointed mediator in the strike?", "who was named chief executive of…": the role given, its holder asked for. */
const WHO_APPOINTED =
  /^\W*who\s+(?:is|was|were|has\s+been|had\s+been|will\s+be)\s+(?:appointed|named|elected|chosen|picked|selected|hired|nominated|made)\s+(?:as\s+)?(?:the\s+|its\s+|a\s+|an\s+)?(?:[\p{L}'-]+\s+){0,2}?([\p{L}-]+)\s*(?:\?|$|,|\s(?:in|of|at|for|to|by|after|when|since|on|during)\b)/iu;

/** "What is a dollar auction?", "who was Napoleon": the subject is all that follows. */
const DEFINITION = /^\s*(what|who)\s+(is|was|are|were)\s+(an?\s+|the\s+)?([^?]+?)\s*\??\s*$/i;
/** Units of time, as a question counts them ("how many years…"); counting.ts counts each only by its own word. */
export const TIME_UNIT_WORDS = [
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'decades',
  'centuries',
];
/** "How many hours' notice…", "how many years…": a count of a unit of time. */
const TIME_COUNTED = new RegExp(`\\bhow\\s+many\\s+(?:more\\s+|fewer\\s+)?(?:${TIME_UNIT_WORDS.join('|')})\\b`, 'iu');

/** A word before the head of what "how many" counts: a possessive name ("McDonald's") or a size ("240mm"). */
const COUNTED_WORD = String.raw`(?:[\p{L}-]+(?:['’]s)?|\d[\d.]*\p{L}+)`;
/**
 * "How many X did/are…": up to three words before the verb say what is counted; a size among them with its digits
 * ("how many 240mm rockets"), not a model's designation ("XJ-6 cars", whose count may go without the word: "plans to
 * sell 25,000").
 */
const COUNTED = new RegExp(
  String.raw`\bhow\s+many\s+((?:${COUNTED_WORD}\s+){0,2}?[\p{L}-]+)\s+(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could|should|must|might|may|of|in|on|at|for|from|to|with|by|that|which|who)\b`,
  'iu',
);
/** "The name of the X who…": up to three words after "name of", to the first word that starts a clause. */
const NAME_OF =
  /\bnames?\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|its\s+|their\s+)?((?:[^?.,;]|(?<=\b\p{Lu})\.)+)/iu;
const ENDS_NAMED_THING =
  /^(?:who|whom|whose|that|which|where|when|did|does|do|is|was|were|are|will|would|has|have|had|in|on|at|of|for|from|to|with|by|after|before|killed|said|says)$/i;

/** "How many of the / of Iran's / of its (52)…": a part of a whole, which the words after say. */
const PARTITIVE =
  /\bhow\s+many\s+of\s+(?:the|these|those|its|their|his|her|our|your|[\p{L}-]+['’]s?)\s+(?:\d[\d,.]*\s+)?/iu;
/**
 * "How many of the 52 targets … were cultural sites?": the part is said after the verb, a plural noun phrase (not a
 * participle: "were intercepted" says what was done to the whole's).
 */
const PART_IS = /\bhow\s+many\s+of\s+.+?\s+(?:were|are)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+s)\s*\??\s*$/iu;

/** The part said after the verb (`PART_IS`), where its last word is a plural noun. */
function partSaidAfter(text: string): RegExpExecArray | null {
  const m = PART_IS.exec(text);
  const last = m?.[1]?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return m && lexiconTags(last)?.[0] === 'NNS' ? m : null;
}

/**
 * "How many missiles hit…", "how many ballistic missiles landed…", "how many Kataib Hezbollah fighters died…": no
 * auxiliary follows what is counted, the verb does; the plural (or one without an "s": "how many people visited…"),
 * with up to two words before it.
 */
const COUNTED_BEFORE_VERB = new RegExp(
  String.raw`\bhow\s+many\s+((?:${COUNTED_WORD}\s+){0,2}?(?:[\p{L}-]+s|people|men|women|children|police|personnel|staff|cattle|sheep|aircraft))\s+[\p{L}-]`,
  'iu',
);

/**
 * "how many iraqi mps voted for…", "how many people turned out for…": the verb after a plural ends what is counted (no
 * auxiliary came before it), with its particle.
 */
function countedPhrase(phrase: string): string {
  const ws = phrase.split(/\s+/);
  const plural = (w: string) => /s$/i.test(w) || lexiconTags(w.toLowerCase())?.[0] === 'NNS';
  const verb = ws.findIndex((w, i) => {
    const tags = lexiconTags(w.toLowerCase()) ?? [];
    // "how many people work for…": a verb of the present after the plural, though its first reading is a noun.
    return i > 0 && plural(ws[i - 1] ?? '') && (/^VB[DN]$/.test(tags[0] ?? '') || tags.includes('VBP'));
  });
  return verb > 0 ? ws.slice(0, verb).join(' ') : phrase;
}

/** Words after what is counted that may still come before its verb ("have been", "were reportedly"). */
const VERB_SPAN = 4;
const NOT_THE_VERB =
  /^(?:do|does|did|is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|not|reportedly|already|so|far)$/i;

/**
 * A passive's helper before the verb, of something done ("were pulled", "have been hurt", "got hurt"); not "are", of a
 * state ("how many troops are stationed in Iraq" asks how many there are).
 */
const PASSIVE_HELPER = /^(?:was|were|been|got|get|gets)$/i;

/**
 * The verb after what a "how many" question counts ("how many Iraqi MPs voted…" → vote), if it says one, and whether
 * it is said in the passive, of what was done to them ("how many soldiers were pulled out…").
 */
function countVerb(text: string, counted: readonly string[]): { verb: string; done: boolean } | undefined {
  const ws = words(text);
  const head = counted.at(-1);
  const at = ws.findIndex((w) => terms(w).includes(head ?? ''));
  if (at < 0) return undefined;
  let helped = false;
  for (const w of ws.slice(at + 1, at + 1 + VERB_SPAN)) {
    helped ||= PASSIVE_HELPER.test(w);
    if (NOT_THE_VERB.test(w) || PASSIVE_HELPER.test(w)) continue;
    // A verb the lexicon lacks ("intercepted") by its ending.
    const tag = lexiconTags(w.toLowerCase())?.[0] ?? (/\p{L}ed$/iu.test(w) ? 'VBN' : '');
    const verb = terms(w)[0];
    return tag.startsWith('VB') && verb !== undefined ? { verb, done: helped && /^VB[DN]$/.test(tag) } : undefined;
  }
  return undefined;
}

/** "What's the total number of NATO troops in Iraq?" counts troops, as "how many NATO troops" does. */
const NUMBER_OF =
  /^\W*what(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?:total\s+|overall\s+|exact\s+)?number\s+of\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)\b/iu;

/** Words a named thing runs to: "Genentech's clot-dissolving heart attack drug" has its head noun fifth. */
const NAMED_THING_WORDS = 5;

function namedThing(text: string): string[] {
  const m = NAME_OF.exec(text);
  if (!m) return [];
  const out: string[] = [];
  let common = false;
  const ws = (m[1] ?? '').split(/\s+/);
  for (const [i, w] of ws.entries()) {
    if (!w || ENDS_NAMED_THING.test(w) || out.length >= NAMED_THING_WORDS) break;
    // "the sunken tug blocking the Rhine": a verb in -ing with its object opens a clause ("holding company" does not).
    const object = ws[i + 1] ?? '';
    if (
      out.length > 0 &&
      lexiconTags(w.toLowerCase())?.[0] === 'VBG' &&
      /^(?:the|a|an|its|their|his|her|\p{Lu})/u.test(object)
    )
      break;
    // A capitalised word after the thing's own lower-case words is a clause's subject ("the institute Leuprecht
    // directs"); before them it modifies the thing ("the US envoy").
    const capital = /^\p{Lu}/u.test(w);
    if (capital && common) break;
    common ||= !capital;
    out.push(w);
  }
  return terms(out.join(' '));
}

/** A definition's subject is short; a longer rest is a question about something else ("what was the cause of…"). */
const MAX_SUBJECT_TERMS = 4;

const NUMBER_KINDS = EntityKind.CARDINAL | EntityKind.MONEY | EntityKind.PERCENT | EntityKind.NUMBER;
const DATE_KINDS = EntityKind.DATE | EntityKind.TIME;

/** Nouns whose instances have proper names (people, places, organisations, works). */
const NAME_HEADS =
  'country|countries|city|cities|state|group|unit|company|organi[sz]ation|party|person|man|woman|leader|team|agency|base|nation|province|region|town|newspaper|actor|actress|author|writer|singer|designer|director|player|president|film|movie|book|song|album|band|brand|university|river|mountain|island';
/** The same as terms: "which city…", "which unit…" asks for something with a name of its own. */
export const NAME_HEAD_TERMS: ReadonlySet<string> = new Set(
  // "organi[sz]ation": both spellings.
  terms(NAME_HEADS.replace(/(\p{L}*)\[(\p{L})(\p{L})\](\p{L}*)/gu, '$1$2$4 $1$3$4').replace(/\|/g, ' ')),
);

/** The words a question opens with, where one follows a clause or a statement. */
const QUESTION_WORDS = 'who|whom|whose|what|which|how|where|when|why';

/**
 * A clause that sets the scene ("When X happened,", "After the talks failed,", "Under the reform,") and the question
 * after its comma; not a question of its own ("At how many bases…, which…"), nor one that opens on an auxiliary.
 */
const SCENE_THEN_QUESTION = new RegExp(
  `^\\W*(?:when|after|before|while|during|as|once|following|under|on|in|at|for|with|by|from|amid|despite|according\\s+to)\\s+(?!(?:is|was|are|were|did|does|do|will|would|has|have|had|can|could|${QUESTION_WORDS})\\b)[^,?]{2,}?,\\s*((?:${QUESTION_WORDS})\\b.*)$`,
  'isu',
);

/** "PicTel is selling units at six dollars each — what discount per unit…": a statement, a dash, the question. */
const STATEMENT_THEN_QUESTION = new RegExp(`^[^?]{3,}?\\s(?:—|–|--?|:|;)\\s*((?:${QUESTION_WORDS})\\b.*)$`, 'isu');

/**
 * "What is X's unemployment rate", "what was the bank's first-quarter profit": a measure named in the noun phrase after
 * "what is"; not past a clause ("…rate as the prime minister prepares his first budget": the budget says when).
 */
const measureNamed = (nouns: string, stop?: string) =>
  new RegExp(
    String.raw`\b(?:what|which) (?:is|was|are|were) (?:(?!\b(?:as|when|while|after|before|because|since|if|that|which|who|where|though|although|until|once${stop ? `|${stop}` : ''})\b)[\w'.\- ])*\b(?:${nouns})\b`,
  );
/**
 * Measures that are no sum: the first measure a noun phrase names is the one asked ("the highest credit card interest
 * rate … wanted banks to charge" asks a rate, not the charge).
 */
const RATE_NOUNS = 'rates?|yields?|coupon|margin|quota';
const MONEY_NAMED = measureNamed(
  // "In charge of" is who leads, no sum.
  'cost|price|value|revenues?|sales|salary|budget|fare|income|profits?|worth|(?<!in )charge|commission|fines?',
  RATE_NOUNS,
);
const NUMBER_NAMED = measureNamed(
  'age|cost|price|value|population|revenues?|sales|salary|budget|fare|rate|income|profit|temperature|distance|height|length|speed|worth|quota|turnover|reserves|deficit|surplus|debt|earnings|volume|output|size|number|amount|total|count|toll|tally|margin',
);

/** The question's own word is its first, or the first after a leading phrase's comma (answerKind). */
const QUESTION_WORD = new RegExp(`\\b(?:${QUESTION_WORDS})\\b`);
const QUESTION_WORD_AFTER_COMMA = new RegExp(`,\\s*((?:${QUESTION_WORDS})\\b)`);
/** Question words that ask for a name. */
const NAME_QUESTION_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'where', 'which']);

/** A yes/no question whether something was told: an auxiliary, a verb of telling, then what was or was not told. */
const TOLD_WHETHER =
  /^\W*(?:did|does|do|has|have|had|will|would)\b[^?]*?\b(?:say|disclose|reveal|specify|announce|indicate|give|state)\s+(?:how|when|where|who|what|which|why)\b/;

/**
 * "What meeting did Soleimani preside over that showed how much political clout he had?": a "how much" inside the
 * relative clause of a question that asks "what …" is the clause's, not what is asked.
 */
const EMBEDDED_HOW_MUCH = /^\W*(?:what|which|who)\b[^?]*\b(?:that|which|who)\b[^?]*\bhow (?:many|much)\b/;

/** The answer kind from the question's wording. Order matters: "how many years" is a number. */
export function answerKind(question: string): AnswerKind {
  // "When the EC got worried…, which US official did…": the clause that sets the scene says when; the question
  // after it says what is asked.
  const main = SCENE_THEN_QUESTION.exec(question) ?? STATEMENT_THEN_QUESTION.exec(question);
  if (main?.[1]) return answerKind(main[1]);
  const q = question.toLowerCase();
  // "Did Rapidtech say how much it paid…?" asks whether it was said: "…did not disclose a price" settles it.
  if (TOLD_WHETHER.test(q)) return 'other';
  // Finer kinds first: each wants its own entity (wink tags MONEY, PERCENT, TIME) or token shape.
  if (/\bhow old\b|\bwhat (is|was) (his|her|the) age\b|\bat what age\b/.test(q)) return 'age';
  if (/\b(at )?what time\b|\bwhat hour\b/.test(q)) return 'time';
  // "How much time had the protests been going on?" asks how long, not for a number.
  if (/\bhow much time\b/.test(q)) return 'duration';
  if (/\bwhat (percentage|percent|proportion|share)\b|\bby how much\b|\bhow many (percent|percentage points)\b/.test(q))
    return 'percent';
  if (
    /\bhow much (money|cash|did|does|do|will|would|is|was|are|were)\b[\w'\-/ ]*\b(cost|pay|paid|spend|spent|worth|charge|raise|raised|sell|sold|buy|bought|offer|offered|earn|earned|make|made|lose|lost|price|invest|invested|investing|lend|lent|borrow|owe|owing|loan)|\bhow much (?:in )?(?:money|cash|capital|damages|compensation|fines?|royalties|fees?|severance|salary|bonus(?:es)?|wages?)\b|\bhow much (?:[\w-]+ )?(?:revenues?|income|profits?|earnings|turnover|losses?|debt)\b|\bhow (?:large|big) (?:a |an )?(?:fine|payment|settlement|loan|dividend|fee|sum|bid|offer)\b|\bwhat (?:did|does|do|will|would|has|have|had) [\w'.\- ]*\b(?:pay|spend|charge|lose|lost|earn|net|cost)\b|\bat what ([\w-]+ )?(price|cost)\b|\bhow much\b[^?]*\bin (?:u\.?s\.? )?(?:dollars|dlrs|yen|pounds|sterling|francs|marks)\b|^\s*(?:what|how much)\b[^?]*\bper[- ](?:share|unit|bond|note|debenture|warrant|licen[cs]e)\b|\bhow much (?:a|per|each)[- ]share\b|^\s*(what|which) ([\w-]+ )?(price|sum|salary|fee|fare|wage|budget|profits?|loss|losses|earnings|revenues?|income|dividend|charge|commission|discount)\b(?! (?:[\w-]+ ){0,3}(?:rates?|yields?|coupon|margin|quota)\b)/.test(
      q,
    ) ||
    MONEY_NAMED.test(q)
  )
    return 'money';
  if (
    /\bhow (many|much)\b|\bwhat (percentage|percent|number|amount|proportion|share)\b|\bhow (large|big|far|high|tall|fast|deep|wide|low|heavy|thick|steep)\b/.test(
      q,
    ) &&
    !EMBEDDED_HOW_MUCH.test(q)
  )
    return 'number';
  // A measure asked for by name: "what was the cost of…", "at what age…", "what is X's annual revenue".
  if (
    NUMBER_NAMED.test(q) ||
    /\b(?:at|below|above|under|over) what ([\w-]+ )?(age|speed|rate|price|cost|level)\b|^\s*(what|which) ([\w-]+ ){0,2}(amount|level|rate|figure|total|size|magnitude|margin|yield|coupon)\b|^\s*(?:what|which) (?:[\w-]+ ){0,5}(?:rates?|yields?) (?:did|does|do|is|was|were|are|has|have|had|will|would|should|can|could)\b/.test(
      q,
    )
  )
    return 'number';
  // "What did the bank cut its rate to (in April)?": the level a change came to, which a number gives.
  if (LEVEL_ASKED.test(q)) return 'number';
  // "Where was the dollar fixed / copper trading?": the market's word for a level, which a number gives.
  if (/\bwhere\s+(?:is|was|are|were)\b[^?]*\b(?:trading|traded|fixed|quoted)\b/.test(q)) return 'number';
  // "Why…" (after a chat opener too: "so why…", "wait, why…"), "what caused…", "what will X use the proceeds for": the
  // answer gives a cause or a purpose.
  if (
    /^\s*(?:(?:so|ok|okay|wait|and|but|then|well)\b[,\s]+)*(?:why|how\s+come)\b|\bfor what reason\b|\bwhat (was|were|is|are) the (main )?reasons?\b|^\s*what (?:[\w-]+ )?(reasons?|explanation|grounds|justification|rationale|basis|excuse) (did|does|do|has|have|had|was|were|is|are)\b|^\s*how (?:did|does|do|has|have|had|will|would) .{1,60}? (?:justify|explain)\b|^\s*what (?:was|were|is|are) (?:the |[\w-]+['’]s )(?:[\w-]+ )?(?:reasons?|explanation|grounds|justification|rationale) for\b|\bwhat (caused|prompted|led to)\b|^\s*what\b[^?]*\b(use|used|spend|spent)\b[^?]*\bfor\s*\??\s*$/.test(
      q,
    )
  )
    return 'reason';
  if (/\bhow long\b/.test(q)) return 'duration';
  // "When" asks for a date where it opens the question or a clause that asks ("when did…"); inside a
  // statement it only says which event ("was anybody hurt when Iran fired…?").
  if (
    /^\W*(?:\w+\s+)?when\b|\bwhen\s+(?:did|does|do|is|was|were|are|will|would|has|have|had|can|could|should)\b|\bsince when\b/.test(
      q,
    ) ||
    DATE_ASKED.test(q)
  )
    return 'date';
  // The question's own word: a later "who / which / where" opens a relative clause ("…each employee who agreed to
  // resign", "Atlantis Group, which filed…") and asks for no name. Past a leading phrase that holds one ("After what
  // happened in Baghdad, who did…"), the question's word is the first after its comma.
  const opening = QUESTION_WORD.exec(q);
  const past = opening && opening.index > 0 ? QUESTION_WORD_AFTER_COMMA.exec(q) : null;
  const asking = past && opening && past.index > opening.index ? past[1] : opening?.[0];
  if (asking !== undefined && NAME_QUESTION_WORDS.has(asking)) return 'name';
  if (/^name\b/.test(q)) return 'name';
  // "What (is the largest) city…", "what actor…", "what is the name of…": the head noun wants a name.
  if (new RegExp(`\\bwhat ((is|was|are|were) )?(the |a |an )?([\\w']+ )?(${NAME_HEADS})\\b`).test(q)) return 'name';
  if (/\bwhat (is|was|are|were)\b[\w' ]*\bnames?\b/.test(q)) return 'name';
  return 'other';
}

const WANTS: Record<AnswerKind, number> = {
  date: DATE_KINDS,
  time: EntityKind.TIME,
  number: NUMBER_KINDS,
  money: EntityKind.MONEY,
  percent: EntityKind.PERCENT,
  age: EntityKind.CARDINAL | EntityKind.NUMBER | EntityKind.DURATION,
  duration: EntityKind.DURATION | NUMBER_KINDS | EntityKind.DATE,
  name: 0,
  reason: 0,
  other: 0,
};

/**
 * Contractions as words. Negative ones ("couldn't" → "could not"): split at the
 * apostrophe they leave a stem ("couldn") that is no stop word, that articles
 * seldom use, and that a question then seems to turn on.
 */
function expandContractions(text: string): string {
  return (
    foldPunctuation(text)
      .replace(/\b(w)on't\b/gi, '$1ill not')
      .replace(/\b(c)an't\b/gi, '$1annot')
      .replace(/\b(sh)an't\b/gi, '$1all not')
      .replace(/\b(\p{L}+)n't\b/giu, '$1 not')
      // "What's the name of…", "who's the head of…": the frame and the answer kind read "is" (for "has", as in
      // "what's happened", the kind is the same).
      .replace(/\b(what|who|where|when|which|how)'s\b/gi, '$1 is')
      // The same typed without the apostrophe, as chat often is ("whats", "didnt"): words of their own nowhere else.
      .replace(/\b(what|who|where|how)s\b/gi, '$1 is')
      .replace(/\b(do|does|did|is|was|are|were|has|have|had|could|would|should)nt\b/gi, '$1 not')
      // Chat's spellings: "wat", "gonna", "ppl".
      .replace(/\b(?:wat|wut)\b/gi, 'what')
      .replace(/\bgonna\b/gi, 'going to')
      .replace(/\bwanna\b/gi, 'want to')
      .replace(/\bgotta\b/gi, 'got to')
      .replace(/\bppl\b/gi, 'people')
      // A year typed short after a month ("in march 87"): no day of the month is above 31.
      .replace(
        new RegExp(`\\b(${MONTH_WORD})\\s+'?([3-9]\\d)\\b(?!\\s*(?:pct|percent|%|mln|billion|dlrs?))`, 'gi'),
        '$1 19$2',
      )
      // Chat's "why": "how come" asks for a cause, and "come" is no word the answer must hold.
      .replace(/^(\W*)how\s+come\b/i, '$1why')
      // Titles typed as their initials, which wire copy spells out ("chief executive"): as a name, "CEO" would be one
      // the article lacks.
      .replace(/\bCEO\b/gi, 'chief executive')
      .replace(/\bCFO\b/gi, 'chief financial officer')
      .replace(/\bCOO\b/g, 'chief operating officer')
      // The same for a thing typed as its initials: "TV" is a word news writes out, not a name an article lacks.
      .replace(/\bTV\b/gi, 'television')
      // "S&P" is two letters no term holds; wire copy names the agency in full first ("Standard and Poor's Corp said").
      .replace(/\bS\s*&\s*P\b/g, "Standard and Poor's")
      // "the us", "u.s." typed in lower case: the country, as "the US" is ("us" alone is the pronoun, a stop word).
      .replace(/\bu\.s\.(?!\w)/g, 'US')
      .replace(/\b(the)\s+us\b/gi, '$1 US')
      // Where the pronoun would be "we" (after "did", "is"…: "how much did us industrial output rise"), or before a
      // hyphen ("us-built cars"), it is the country too.
      .replace(/\b(do|does|did|is|was|are|were|will|would|has|have|had|can|could)\s+us\b/gi, '$1 US')
      .replace(/\bus-(?=\p{L})/giu, 'US-')
  );
}

/** Nouns for a reason someone gives ("what legal basis did Zarif give…"), the frame of a question that asks one. */
export const REASON_NOUNS = 'reasons?|explanations?|justifications?|basis|grounds|rationale|excuse';

/** Words that say how closely a day is asked ("on what exact day…"). */
const HOW_CLOSELY = 'exact|precise|specific|particular';
/** "What day / which year…", with a word that says how closely: a date is asked. */
const DATE_ASKED = new RegExp(`\\b(?:what|which) (?:(?:${HOW_CLOSELY}) )?(?:year|date|day|month|decade|century)\\b`);

/**
 * Words of the question's frame, which say what kind of answer is wanted and
 * which the answer does not repeat: "what kind of weapon" (a missile, not a
 * "kind"), "how old" (62), "how big", "what is the name of", "on what date" (a date, not "date"), "what reason did X
 * give for" (the reason). Left out of the search terms, as the wh-words are.
 */
const FRAME = new RegExp(
  `\\b(?:(?:what|which)\\s+(?:other\\s+)?(?:kinds?|types?|sorts?|forms?|parts?)\\s+of|how\\s+(?:old|long|far|big|large|high|tall|fast|soon|often|deep|wide|heavy|strong)|(?:what|which)\\s+(?:is|was|are|were)\\s+the\\s+names?\\s+of|(?:what|which)\\s+(?:(?:${HOW_CLOSELY})\\s+)?(?:date|day|month|year|time|hour)|how\\s+much\\s+(?:money|cash)|(?:what|which)\\s+(?:[\\w-]+\\s+)?(?:${REASON_NOUNS})(?=\\s+(?:did|does|do|has|have|had|will|would)\\b)|(?:what|whatever)\\s+(?:(?:is|was|has|had)\\s+(?:been\\s+)?)?(?:happening|happened|going\\s+on)(?=\\s+(?:to|with|at|in)\\b))\\b`,
  'gi',
);

/**
 * Fillers a question is said with, which no answer needs to hold: "right now", "actually", "roughly how many", "was
 * anyone hurt"; and "people", the generic someone ("why do people doubt…", "how many people turned out": the answer
 * says who); "the guy who…" as well.
 */
const FILLERS =
  /\b(?:right\s+now|at\s+the\s+moment|so\s+far|to\s+date|as\s+of\s+now|at\s+this\s+point|these\s+days|nowadays|currently|actually|really|exactly|roughly|approximately|in\s+the\s+first\s+place|people|guys?|folks|any(?:one|body)|some(?:one|body)|every(?:one|body))\b/gi;
/** A filler alone ("guy"). */
const FILLER_WORD = new RegExp(`^(?:${FILLERS.source})$`, 'i');

/**
 * "According to the piece on…", "in the story about…": the question points at an article, a word the article itself
 * does not use. What follows ("on Iran's missile strikes") stays: it finds the article.
 */
const ARTICLE_REFERENCE =
  /\b(?:according\s+to|in|from|per)\s+(?:the|that|this|an?)\s+(?:(?:news|wire|reuters)\s+)?(?:piece|article|story|write-?up|news\s+item|report)\b/gi;

/**
 * What the question says of the article it points at ("…, in the story about it not saying whether it would join
 * the pact?"): words that find the article, not the sentence: the answer need not hold them. To the clause's end.
 */
const ARTICLE_CONTEXT = new RegExp(
  `${ARTICLE_REFERENCE.source}\\s+(?:on|about|that|where|which|with|saying|describing|covering)\\s+([^,;?]{1,160})`,
  'i',
);

/**
 * A clause that places what is asked in its article's story ("…third quarter profit did Wells Fargo report when it
 * forecast a modest profit for the year?", "…, as reported alongside the central bank's plans?"): like the words
 * said of an article, they find the article; the sentence that answers need not repeat them. Not at the question's
 * start ("When did…"). To the clause's end.
 */
const STORY_CLAUSE =
  /\S\s*,?\s+(?:when(?!\s+(?:was|were|is|are|did|does|do|will|would|has|have|had|can|could)\b)|while|alongside|as\s+reported|per\s+the)\s+([^,;?]{1,160})/i;
/** A question left with fewer terms than this has none to spare: its story clause stays part of what it asks. */
const MIN_TERMS_OUTSIDE_STORY = 4;
/** …and outside a description of a name, this many: the name and what is asked of it. */
const MIN_TERMS_OUTSIDE_DESCRIPTION = 2;

/**
 * A clause set off by a comma that says which one is meant (", where Seoul may offer to buy Alaskan crude,", ", the
 * ones Balladur wants…", ", which forecast lower exports,"); not the question itself after a scene (", which department
 * did Shultz say…"). "After", "before" and "as" were tried too: their clauses' words find the article (−3).
 */
const STORY_AFTER_COMMA =
  /,\s+(?:the\s+ones?\s+|(?:which|who|where)\s+(?!(?:[\w'-]+\s+){0,3}(?:did|does|do|is|was|were|are|will|would|has|have|had|can|could|should)\b))([^,;?]{1,160})/i;

/**
 * A description set off after a name (", the buyer of American Sports Advisors' business", ", the company that filed
 * for an IPO"): it says which one is meant, as a clause after a comma does; not the question after a scene (", the
 * day after…, what did…").
 */
const DESCRIBED_AFTER_NAME =
  /(?<=\b\p{Lu}[\p{L}.'’&-]*),\s+(?:the|an?)\s+(?!(?:[\w'-]+\s+){0,3}(?:what|which|who|how|did|does|do|is|was|were|are|will|would|has|have|had|can|could|should)\b)([^,;?]{1,160})/u;

/** The question's story clause, when the rest of it asks enough without it. */
function storyClause(text: string): RegExpExecArray | null {
  const clause = STORY_CLAUSE.exec(text) ?? STORY_AFTER_COMMA.exec(text);
  const described = clause ? null : DESCRIBED_AFTER_NAME.exec(text);
  const found = clause ?? described;
  // A clause giving a figure ("when it refinanced 500 billion yen…") tells the answer from the figures it gives.
  if (!found || /\d/.test(found[1] ?? '')) return null;
  // What a name is described as leaves the question about the name ("Who owns Professor Enterprises"): less is
  // needed outside it than outside a clause.
  const least = described ? MIN_TERMS_OUTSIDE_DESCRIPTION : MIN_TERMS_OUTSIDE_STORY;
  return termsOutside(text, found).length >= least ? found : null;
}

/** The question's terms outside a clause of it. */
function termsOutside(text: string, clause: RegExpExecArray): string[] {
  return terms(withoutFrame(text.replace(clause[0], ' ')));
}

/** The question without its frame words (the wh-word stays: the stop list drops it) and fillers. */
function withoutFrame(text: string): string {
  return text
    .replace(MODEL_OF, (m) => m.replace(/\s(?:model|make|brand)\s+of\b/i, ' '))
    .replace(MODEL_AFTER, (m) => m.replace(/\s(?:model|make|brand)$/i, ''))
    .replace(MODEL_IS, (m) => m.replace(/\s(?:model|make|brand)\b/i, ''))
    .replace(ARTICLE_REFERENCE, ' ')
    .replace(EXCEPT, ' ')
    .replace(FRAME, (m) => m.split(/\s+/)[0] ?? '')
    .replace(FILLERS, ' ')
    .replace(ROLE_ASKED, '$1 ');
}

/**
 * "What is Grynkewich's job?", "…his actual job title", "what's her role": the question asks who the person is, which
 * an article says with a title ("deputy commander for operations"), seldom with the word "job". At the question's end.
 */
const ROLE_ASKED =
  /(\p{L}'s?|\b(?:his|her|their))\s+(?:(?:actual|exact|official|current|full)\s+)?(?:job(?:\s+title)?|role|position|occupation|profession|title)\s*[?.!]*\s*$/iu;

/**
 * "Besides bombs or shootings, what other attack…": what the question sets aside is what the answer is not, so its
 * words are not searched for (a sentence about bombs would answer with them). To the clause's comma.
 */
const EXCEPT = /\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?)\s+[^,;?]{1,60}(?:,|$)/gi;

/**
 * Lower-case words inside a name, between its capitalised ones ("Tour de France", "Bank of England", "Asaib Ahl
 * al-Haq"): part of the name, as its capitalised words are.
 */
const NAME_PARTICLE = /^(?:of|de|du|des|la|le|del|della|di|da|do|dos|van|von|der|den|y|al|el|bin|ibn)$/;

/** A possessive before another word: "Canada's Costain", "King's Cross". */
const POSSESSIVE_BEFORE_NAME = /([\p{L}-]+)['’]s\s+/gu;
/** A plural's possessive before a capital: "Wyle Laboratories' Euromarket debentures" names the company, then the market. */
const PLURAL_POSSESSIVE_BEFORE_NAME = /([\p{L}-]+s)['’]\s+(?=\p{Lu})/gu;
/** Countries, as terms: a country's possessive ("Canada's Costain Ltd") ends a name; another's ("King's Cross") may not. */
const COUNTRIES: ReadonlySet<string> = new Set([...DEMONYMS.values()]);

/** A number that may end a name ("Flight 255"): an integer, not a year. */
const NAME_NUMBER = /^(?!1[89]\d\d$|20\d\d$)\d{1,4}$/;
/** A word after a number that makes it a figure ("6 pct", "200 mln dlrs"), not part of a name. */
const FIGURE_UNIT =
  /^(?:pct|percent|per|%|mln|million|billion|bln|dlrs?|dollars?|stg|yen|marks?|francs?|pounds?|tonnes?|tons?|barrels?|shares?|points?)$/i;

/** A number after a possessive ("Chrysler's 200 cars"): the owner's, not part of its name. */
const AFTER_POSSESSIVE = /['’]s?\s+(\d+)\b/gu;

/**
 * The word at `i` is a number that ends the name before it: "Flight 255", not "Texaco 1987", "Chrysler's 200" nor a
 * day of the month ("December 3").
 */
function numberedName(ws: readonly string[], i: number, owned: ReadonlySet<string>): boolean {
  const w = ws[i] ?? '';
  return (
    NAME_NUMBER.test(w) && !owned.has(w) && !FIGURE_UNIT.test(ws[i + 1] ?? '') && !CALENDAR_WORD.test(ws[i - 1] ?? '')
  );
}

/** A second question joined to the first: ", and what was it meant to counter?". */
const SECOND_QUESTION = /,?\s+and\s+(?:what|why|how|where|who|whom|which|when)\b/i;

/** Typed without capitals past its first letter: "where was soleimani buried?". */
const LOWER_CASE_TYPED = /^\P{L}*\p{L}?[^\p{Lu}]*$/u;

/**
 * The question's terms, kind and names. `isName` says which terms the articles write as names (capitalised); a
 * question typed in lower case has its names found by it, as its capitals cannot say.
 */
export function parseQuestion(raw: string, isName?: (term: string, word: string) => boolean): Question {
  const text = expandContractions(raw);
  const naming = NAMING.test(text);
  // Its naming words are frame: the article gives the name with words of its own ("dubbed").
  const query = withoutFrame(naming ? text.replace(NAMING_WORDS, ' ') : text);
  const t = terms(query);
  const unique = [...new Set(t)];
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) bigrams.add(`${t[i]} ${t[i + 1]}`);
  const kind = answerKind(text);
  const named = new Set<string>();
  // A country's possessive ends a name: "Canada's Costain Ltd" names Canada and Costain Ltd, two names, not one.
  const ws = words(
    query
      .replace(POSSESSIVE_BEFORE_NAME, (m, owner: string) => (COUNTRIES.has(owner.toLowerCase()) ? `${owner} s ` : m))
      .replace(PLURAL_POSSESSIVE_BEFORE_NAME, '$1 s '),
  );
  const names: string[][] = [];
  const owned = new Set([...query.matchAll(AFTER_POSSESSIVE)].map((m) => m[1] ?? ''));
  let run: string[] = [];
  const lowerCase = isName !== undefined && LOWER_CASE_TYPED.test(foldPunctuation(raw));
  const capitalised = (w: string, i: number) =>
    lowerCase ? terms(w).some((x) => isName(x, w)) : i > 0 && /^\p{Lu}/u.test(w);
  ws.forEach((w, i) => {
    if (capitalised(w, i)) {
      for (const x of terms(w)) {
        named.add(x);
        run.push(x);
      }
    } else if (run.length && numberedName(ws, i, owned)) {
      // "Flight 255", "Unit 1": the number says which of the name's kind; an article about another flight lacks it.
      named.add(w);
      run.push(w);
    } else if (run.length && NAME_PARTICLE.test(w) && capitalised(ws[i + 1] ?? '', i + 1)) {
      // "Tour de France", "Bank of England": one name, through its particle.
      for (const x of terms(w)) {
        named.add(x);
        run.push(x);
      }
    } else if (run.length) {
      names.push(run);
      run = [];
    }
  });
  if (run.length) names.push(run);
  const def = DEFINITION.exec(text);
  const subject = def ? terms(def[4] ?? '') : [];
  // "How many of Iran's missiles hit…" counts missiles: the part after "of" is what is counted.
  const countText = text.replace(PARTITIVE, 'how many ');
  const count =
    partSaidAfter(text) ?? COUNTED.exec(countText) ?? COUNTED_BEFORE_VERB.exec(countText) ?? NUMBER_OF.exec(countText);
  const counted = count ? terms(countedPhrase(count[1] ?? '')) : [];
  const verbOfCount = countVerb(text, counted);
  const nameOf = namedThing(text);
  const whichText = text.replace(WHAT_PART, 'which');
  const which = WHICH_HEAD.exec(whichText) ?? WHICH_HEAD_BEFORE_VERB.exec(whichText.trim().toLowerCase());
  const whichPhrase = which?.[1] ?? whichBeforePast(text.trim());
  const whichHead = whichPhrase ? headOf(whichPhrase) : undefined;
  const modelOf =
    thingOf(text, MODEL_OF) ??
    terms(MODEL_AFTER.exec(text)?.[1] ?? '')[0] ??
    terms(MODEL_IS.exec(text)?.[1] ?? '').at(-1);
  const kindOf = thingOf(text, KIND_OF);
  const whoVerb = WHO_VERB.exec(text);
  const who =
    WHO_HEAD.exec(text) ??
    WHO_HEAD_OF.exec(text) ??
    WHO_AS.exec(text) ??
    WHO_HEAD_CLAUSE.exec(text) ??
    WHO_APPOINTED.exec(text);
  // "Who is the guy running…" asks who runs it: a filler ("guy", "folks") is no role the answer must say.
  const whoHead = who && !FILLER_WORD.test(who[1] ?? '') ? terms(who[1] ?? '')[0] : undefined;
  // "Who is First Toronto's Dutch parent company?": a noun before the role's head says the role alone ("its parent").
  const beforeHead = who
    ? /([\p{L}-]+)\s+$/u.exec(text.slice(0, (who.index ?? 0) + who[0].lastIndexOf(who[1] ?? '')))?.[1]
    : undefined;
  const whoCompound =
    whoHead && beforeHead && lexiconTags(beforeHead.toLowerCase())?.[0]?.startsWith('NN')
      ? terms(beforeHead)[0]
      : undefined;
  const paidFor = kind === 'money' ? paidThing(text, paidForOf(text), named) : undefined;
  const costed = terms(COST_OF.exec(raw)?.[1] ?? '').at(-1);
  const context = ARTICLE_CONTEXT.exec(text) ?? storyClause(text);
  const outside = new Set(context ? termsOutside(text, context) : []);
  const articleContext = context ? [...new Set(terms(context[1] ?? ''))].filter((x) => !outside.has(x)) : [];
  const described = describedNames(text);
  const second = SECOND_QUESTION.exec(query);
  const firstQuestion = second ? new Set(terms(query.slice(0, second.index))).size : 0;
  return {
    text: raw,
    query,
    terms: unique,
    bigrams,
    kind,
    // "How many years…" counts a span of time, which wink tags a duration ("12 years", "24 hours").
    wants: kind === 'number' && TIME_COUNTED.test(text) ? WANTS[kind] | EntityKind.DURATION : WANTS[kind],
    named,
    names,
    ...(subject.length > 0 && subject.length <= MAX_SUBJECT_TERMS ? { subject } : {}),
    ...(counted.length > 0 ? { counted } : {}),
    ...(verbOfCount !== undefined ? { countVerb: verbOfCount.verb } : {}),
    ...(verbOfCount?.done === true ? { countDone: true } : {}),
    ...(countText !== text ? { countPart: true } : {}),
    ...(nameOf.length > 0 ? { nameOf } : {}),
    ...(whichHead ? { whichHead } : {}),
    ...(whoHead ? { whoHead } : {}),
    ...(whoCompound ? { whoCompound } : {}),
    ...(modelOf ? { modelOf } : {}),
    ...(kindOf ? { kindOf } : {}),
    ...(whoVerb ? { whoVerb: [whoVerb[1] ?? '', whoVerb[2] ?? ''] as [string, string] } : {}),
    ...(naming ? { naming: true } : {}),
    ...(articleContext.length > 0 ? { articleContext } : {}),
    ...(paidFor ? { paidFor } : {}),
    ...(costed !== undefined ? { costed } : {}),
    ...(described.size > 0 ? { described } : {}),
    ...(firstQuestion > 0 ? { firstQuestion } : {}),
  };
}
