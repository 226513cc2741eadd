// Whether a sentence holds the kind of thing asked for: an amount, a share, a rate, a level, a count, an age, a clock
// time, a span ("how long"), a seat ("where is X based"), a country, a kind ("what type of…"), a cause, a yes or no.
import { NUMBER_WORDS, sentenceWords, WordFlag, type SentenceWords } from '../nlp/sentence-words.js';
import { STOP_WORDS } from '../nlp/stopwords.js';
import { termOf, terms, words } from '../nlp/terms.js';
import { DEMONYMS } from '../nlp/demonyms.js';
import { lexiconTags } from '../nlp/lexicon.js';
import { CALENDAR_WORD } from '../util/calendar-names.js';
import { escapeRegExp } from '../util/text.js';
import { LEVEL_ASKED, type PaidFor, type Question } from './question.js';
import { counts, NATIONS } from './counting.js';
import { heldTerms, rarestTerm, storyPassages, type AnswerContext, type PassageSentence } from './context.js';
import {
  givesReason,
  givesLength,
  LENGTH_ASKED,
  holdsAmount,
  SOFT_MIN,
  sumsMeasureResults,
  sumsMeasureDeals,
  sumsOfOtherThings,
  type Features,
  type Ranked,
} from './ranker.js';
import type { Expansion } from './expand.js';
import type { TermVectors } from '../nlp/word-vectors.js';
import { designates, HEAD_SIMILARITY, names, saysOrNear } from './naming.js';
import { chooseSentences } from './answer-text.js';

/** Kinds of question that ask for a quantity: a sentence with no number of that kind does not answer them. */
export const QUANTITY_KINDS: ReadonlySet<string> = new Set(['number', 'money', 'percent']);
/** Kinds answered by a number: a long sentence is cut around one. */
export const NUMBER_KINDS: ReadonlySet<string> = new Set([...QUANTITY_KINDS, 'age', 'time', 'duration']);
/**
 * What a "how long" answer holds: an amount of time or of length ("three years", "a 500-km pipeline"), a starting
 * point ("since 2014"). A bare number ("Soleimani, 62,") is none, nor a unit without one ("in recent years").
 */
const SPAN = new RegExp(
  String.raw`\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|several|few|many|half|a|an)[\s-]+(?:[\p{L}-]+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)|km|kilometres?|kilometers?|miles?|metres?|meters?|feet|foot|yards?)\b|\bsince\b`,
  'iu',
);
/** A span that places something in time ("a month after the deal", "two weeks ago"): no length of anything. */
const PLACING_SPAN = new RegExp(
  `(?:${SPAN.source.split('|\\bsince\\b')[0]})\\s+(?:after|before|later|earlier|ago)\\b`,
  'giu',
);
/** A clock time as news writes it: "7:20pm", "10.30 a.m.", "0300 GMT", "7 p.m.", "noon". */
const CLOCK_TIME =
  /\b\d{1,2}[:.]\d{2}\b|\b\d{1,4}\s*(?:[ap]\.?m\b\.?|gmt|utc|edt|est|bst|cet|hrs|hours local)|\b(?:noon|midnight|dawn|dusk)\b/i;

/** "By how much…", "how much did prices go up…": a change, which an article gives as a sum or a share. */
export const CHANGE_ASKED =
  /\bby\s+how\s+much\b|\bhow\s+much\s+(?:did|does|do|will|would|has|have|had|is|was|are|were)\b.{0,80}?\b(?:rise|rose|risen|go(?:ne)?\s+up|went\s+up|increase|fall|fell|fallen|drop|dropped|climb|grow|grew|grown|decline|jump|gain|shrink|shrank|go(?:ne)?\s+down|went\s+down|slip|slide|surge|soar|plunge|tumble)/iu;

/**
 * Whether a sentence holds the kind of thing the question asks for, where the kind is one a sentence either
 * holds or does not: "how much / how many" an amount or count near the words asked about, "how old" an age
 * ("X, 62,", "aged 62"), "at what time" a clock time, "how long" an amount or a "since". Other kinds: true.
 * "How many jobs…" wants a count of jobs: a number just before "jobs" (or a word the vectors put close to it);
 * "what is the name of X" a name just after X.
 */
export function holdsAskedKind(
  q: Question,
  text: string,
  f: Pick<Features, 'answerNear' | 'type'>,
  vectors?: TermVectors | null,
  /** The sentence's words, when worked out ahead. */
  sw?: SentenceWords,
): boolean {
  // "How much per acre…", "what price per tonne…" asks a sum for each: a total does not give it.
  if ((q.kind === 'money' || q.kind === 'percent' || q.kind === 'number') && !perUnitGiven(q.text, text)) return false;
  if (q.kind === 'number' && q.counted) {
    // The names before what is counted say whose it is ("NATO troops"); the last word is the thing counted.
    // A nationality is one, written in lower case or not ("how many british troops").
    const named = q.counted.slice(0, -1).filter((t) => q.named.has(t) || NATIONS.has(t));
    // A nationality says less: "Iranian targets" are targets in Iran, "Iranian missiles" Iran's. The sentence need only
    // name the country ("…military action from Iran … hitting 52 targets"), not beside the count.
    const nationalities = new Set(
      named.length > 0 ? words(q.text).flatMap((w) => (DEMONYMS.has(w.toLowerCase()) ? terms(w) : [])) : [],
    );
    const ws = sw ?? sentenceWords(text);
    const owners = named.filter((t) => !nationalities.has(t));
    return (
      f.answerNear > 0 &&
      named.every((t) => !nationalities.has(t) || ws.terms.includes(t)) &&
      counts(q.counted, ws, text, vectors, owners, new Set(q.terms), q.countVerb, q.countDone, q.countPart)
    );
  }
  if (q.nameOf) return names(q, q.nameOf, text, vectors);
  if (q.modelOf) return designates(q, q.modelOf, text);
  // A sum or a share the ranker's kind missed: "by how much" asks a share, but a sum answers it as well.
  if (q.kind === 'money' || q.kind === 'percent') {
    const ws = sw ?? sentenceWords(text);
    const change = CHANGE_ASKED.test(q.text);
    // "What percentage…", "what share of Coronet does Lynch own" ask a share, which a sum does not give ("net profits
    // lower at 245 mln stg", "the price for the station was 20 mln dlrs").
    if ((PERCENT_ASKED.test(q.text) || q.kind === 'percent') && !change && !SHARE_GIVEN.test(text)) return false;
    // "How much per share did Hanson pay…" asks a price a share, which a total does not give ("for about 250 mln dlrs").
    if (PER_SHARE_ASKED.test(q.text) && !PER_SHARE_GIVEN.test(text)) return false;
    return (
      (f.answerNear > 0 || holdsAmount(q, ws, change) || SHARE_PRICE.test(text)) &&
      !sumsMeasureResults(q, ws, text) &&
      !sumsMeasureDeals(q, ws, text) &&
      !(q.kind === 'money' && sumsOfOtherThings(q, ws, text, vectors)) &&
      (q.paidFor === undefined || saysPaidFor(q.paidFor, ws, vectors)) &&
      costedSaid(q, ws, vectors)
    );
  }
  // "How much oil per day…" asks a rate: a figure given per day ("80,000 bpd", "1.07 mln barrels a day") answers.
  const rate =
    q.kind === 'number'
      ? (
          RATE_ASKED.exec(q.text)?.[1] ?? PERIOD_OF[RATE_ADJECTIVE.exec(q.text)?.[1]?.toLowerCase() ?? '']
        )?.toLowerCase()
      : undefined;
  if (rate) return f.answerNear > 0 && (RATE_GIVEN[rate]?.test(text) ?? false);
  // "What did the bank cut its rate to?": the level it came to ("reduced by 0.05 points to 7.25 pct", "at 7.25 pct").
  if (q.kind === 'number' && LEVEL_ASKED.test(q.text))
    return (f.answerNear > 0 && LEVEL_GIVEN.test(text)) || GRADE_GIVEN.test(text);
  // "How deep is the well…": a length answers ("10,097 feet deep"), not the article's other figures.
  if (q.kind === 'number' && LENGTH_ASKED.test(q.text)) return f.answerNear > 0 && givesLength(text);
  // "What interest rate…", "what coupon…": a rate given as a share ("7-3/4 pct", "1/8 point over LIBOR") answers.
  if (q.kind === 'number' && SHARE_RATE_ASKED.test(q.text)) return f.answerNear > 0 && SHARE_GIVEN.test(text);
  if (q.kind === 'number' && onlyAges(text)) return false;
  if (QUANTITY_KINDS.has(q.kind)) return f.answerNear > 0;
  if (q.kind === 'age') return f.type > 0;
  if (q.kind === 'time') return CLOCK_TIME.test(text);
  if (q.kind === 'duration') return SPAN.test(text.replace(PLACING_SPAN, ' '));
  return true;
}

/** A person's age in apposition: "Soleimani, 62, …". */
const AGE_APPOSITIVE = /\p{Lu}[\p{L}'’-]*,\s+\d{1,3},/gu;

/**
 * "What was the death toll of the strike…" of "The attack on Soleimani, 62, came from a drone": a sentence whose only
 * figure is someone's age gives no count.
 */
function onlyAges(text: string): boolean {
  const rest = text.replace(AGE_APPOSITIVE, ',');
  if (rest === text) return false;
  return !Array.from(sentenceWords(rest).flags).some((f) => (f & WordFlag.NUMBER) !== 0);
}

/**
 * "How much did Kay pay for its 52 pct stake": a sentence that says nothing of a stake gives the sum of another deal
 * ("borrow up to 2.5 mln dlrs … for working capital"). A word the vectors put as close to its head says it ("stock"
 * for "shares"); its modifiers and names only themselves (stems' near words are loose: "work", of "working", ~ "well").
 */
function saysPaidFor(thing: PaidFor, sw: SentenceWords, vectors: TermVectors | null | undefined): boolean {
  const have = new Set(sw.terms.filter((t): t is string => t !== null));
  return thing.terms.some((t) => have.has(t)) || (thing.head !== undefined && saysOrNear(thing.head, have, vectors));
}

/**
 * "How much did a first-class stamp cost in 1987?" of "…certificates cost the government 107 mln to 653 mln dlrs
 * more": the sum is of what the sentence says costs it; one that says nothing of a stamp (nor a word the vectors put
 * as close) gives another thing's.
 */
function costedSaid(q: Question, sw: SentenceWords, vectors: TermVectors | null | undefined): boolean {
  return (
    q.costed === undefined || saysOrNear(q.costed, new Set(sw.terms.filter((t): t is string => t !== null)), vectors)
  );
}

/** "What percentage…", "what percent…": a share is asked for by name. */
const PERCENT_ASKED = /\bwhat\s+(?:percentage|percent)\b/i;

/** A level reached: a figure after "to" or "at" ("to 7.25 pct", "at a record 1,200", "to about 150 yen"). */
const LEVEL_GIVEN = /\b(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|some\s+|a\s+record\s+|a\s+new\s+\w+\s+of\s+)?\d/i;
/** A credit grade reached, as S and P and Moody's give them: "to BBB-minus", "to Baa-1", "to A from BBB-plus". */
const GRADE_GIVEN =
  /\b[Tt]o\s+(?:(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa|Baa|Ba|Caa|Ca)(?:-(?:plus|minus|[123])|[123])?(?![\w-])|[ABC](?:-(?:plus|minus|[123])(?![\w-])|\s+from\b))/;

/** A share price as wire copy gives it, in dollars unsaid: "opened at 26-3/4", "fell 3-1/8" (not "8-1/2 pct"). */
const SHARE_PRICE = /\b\d{1,4}-\d{1,2}\/\d{1,2}\b(?!\s*(?:pct|percent|per\s*cent|%))/;

/** "Per acre", "each tonne": the unit a sum is asked for, a noun ("per the Fed", "each putting" ask none). */
const PER_UNIT_ASKED = /\b(?:per|each)\s+(?!(?:the|a|an|its|their|his|her)\b)(\p{Ll}+)/u;
/** Units read otherwise: shares (below), "per cent", "per capita", a year or a day ("annual", "bpd" say them). */
const PER_UNIT_READ_ELSEWHERE = /^(?:shares?|cent|capita|annum|years?|days?)$/i;

/**
 * Whether the sentence gives the sum for each unit the question asks one for ("2,000 dlrs an acre", "per acre",
 * "dlrs/tonne"), or the question asks none. A word wink-lexicon knows only as another part of speech is no unit.
 */
function perUnitGiven(question: string, text: string): boolean {
  const unit = PER_UNIT_ASKED.exec(question)?.[1];
  if (unit === undefined || PER_UNIT_READ_ELSEWHERE.test(unit) || !(lexiconTags(unit)?.[0]?.startsWith('NN') ?? true))
    return true;
  const term = terms(unit)[0];
  const ws = words(text);
  const each = (w: string | undefined) => /^(?:per|a|an|each)$/i.test(w ?? '');
  return ws.some(
    (w, k) =>
      terms(w)[0] === term &&
      (each(ws[k - 1]) || each(ws[k - 2]) || new RegExp(`/\\s*${escapeRegExp(w)}\\b`, 'u').test(text)),
  );
}

/** "How much per share…", "what price a share…": a sum for each share is asked for. */
const PER_SHARE_ASKED = /\b(?:per|a|each)[\s-]+share\b/iu;
/** A sum for each share: "20 dlrs a share", "per common share", "per-share", a table's "Shr". */
const PER_SHARE_GIVEN = /\b(?:per|a|an|each)[\s-]+(?:[\p{L}-]+\s+)?(?:share|shr)\b|\bshr\b/iu;

/** "…per day", "…a year", "…daily": a rate is asked for, by its period ("a year earlier" is when, not a rate). */
const RATE_ASKED = /\b(?:per|a|each)\s+(day|week|month|year)\b(?!\s+(?:earlier|ago|before|after|later|from)\b)/i;
/** "At what daily rate…", "the monthly output": the same rate, its period said as an adjective. */
const RATE_ADJECTIVE = /\b(dai|week|month)ly\s+(?:rate|output|production|capacity|volume|average)\b/i;
const PERIOD_OF: Readonly<Record<string, string>> = { dai: 'day', week: 'week', month: 'month' };
/** A figure given per the period: "a day", "per day", "daily", and wire copy's "bpd" (barrels per day). */
const RATE_GIVEN: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries({ day: 'daily|bpd|b/d', week: 'weekly', month: 'monthly', year: 'annually|yearly' }).map(
    ([period, words]) => [
      period,
      new RegExp(`\\d[^.;]{0,40}?(?:\\b(?:per|a|each)\\s+${period}\\b|\\b(?:${words})\\b)`, 'i'),
    ],
  ),
);

/**
 * Rates that are shares of a sum (interest, a coupon, a margin over LIBOR, inflation): not an exchange rate, a freight
 * rate or a rate per day, which are sums.
 */
const SHARE_RATE_ASKED =
  /\b(?:interest|coupon|discount|prime|lending|borrowing|mortgage|deposit|inflation|unemployment|jobless|growth|tax|savings)\s+rates?\b|\brates?\s+of\s+(?:interest|inflation|growth|unemployment)\b|\b(?:what|which)\s+(?:[\w-]+\s+){0,2}(?:margin|yield|coupon)\b/i;
/** A share: "8.10 pct", "7-3/4 pct", "five pct", "50 basis points", "1/8 point over LIBOR", "9%". */
const SHARE_GIVEN = new RegExp(
  `(?:\\d|\\b(?:${[...NUMBER_WORDS].join('|')}))\\s*(?:pct|percent|per\\s+cent|%)|\\bbasis\\s+points?\\b|\\d\\s+points?\\b|\\b\\d+\\/\\d+\\b`,
  'i',
);

/** "Where is Texaco based?", "…headquartered": the seat of something is asked for. */
export const SEAT_ASKED = /\bwhere\b.*\b(?:based|headquartered)\b/iu;
/** How far down the ranking a sentence giving the asked seat is looked for. */
export const SEAT_LOOKAHEAD = 12;
/** How far before "based in", "headquartered" the name of what sits there may stand: "Sprint II, a special … corporation". */
const SEAT_HOLDER_SPAN = 8;

/**
 * Whether the sentence gives the seat of something the question names: "Miami-based Wallco", "Sprint II, a special
 * purpose corporation based in the Cayman Islands", "Airbus headquarters in Toulouse"; not "U.S.-based Northwest
 * Airlines … Airbus" for Airbus.
 */
export function givesSeatOf(q: Question, text: string): boolean {
  // "Dedham, Mass.,-based National Amusements": the place's punctuation before "-based" is no break.
  const tokens = [...text.replace(/[.,]+-based\b/g, '-based').matchAll(/[\p{L}\d]+(?:[.'’&-][\p{L}\d]+)*/gu)].map(
    (m) => m[0],
  );
  const named = (w: string | undefined) =>
    w !== undefined && /^\p{Lu}/u.test(w) && w.split('-').some((p) => q.named.has(termOf(p) ?? ''));
  return (
    tokens.some((w, i) => {
      // "Miami-based Wallco", or "Cimarron Express Inc, an Ohio-based … company": the name just after, or in apposition.
      if (/.-based$/i.test(w))
        return (
          tokens.slice(i + 1, i + 4).some(named) ||
          (/^(?:a|an)$/i.test(tokens[i - 1] ?? '') && tokens.slice(Math.max(0, i - 5), i - 1).some(named))
        );
      const said =
        (/^based$/i.test(w) && /^(?:in|at|near|outside)$/i.test(tokens[i + 1] ?? '')) ||
        /^headquartered$/i.test(w) ||
        (/^headquarters$/i.test(w) && /^(?:in|at|near|outside|is|are)$/i.test(tokens[i + 1] ?? ''));
      // "Based in Salt Lake City, Commercial Security ended 1986…": opening the sentence, the holder comes after.
      const holders =
        i === 0 ? tokens.slice(2, 2 + SEAT_HOLDER_SPAN) : tokens.slice(Math.max(0, i - SEAT_HOLDER_SPAN), i);
      return said && holders.some(named);
    }) || ofPlace(text, named)
  );
}

/** "the National Cancer Institute, of Bethesda, Md.": a place after ", of", as wire copy gives a seat. */
const OF_PLACE = /,\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*(?:,|$)/gu;

/** A name the question says within SEAT_HOLDER_SPAN words before ", of PLACE". */
function ofPlace(text: string, named: (w: string | undefined) => boolean): boolean {
  for (const m of text.matchAll(OF_PLACE)) {
    const before = [...text.slice(0, m.index).matchAll(/[\p{L}\d]+(?:[.'’&-][\p{L}\d]+)*/gu)].map((t) => t[0]);
    if (before.slice(-SEAT_HOLDER_SPAN).some(named)) return true;
  }
  return false;
}

/** "From which…", "in what…", "under which…": the preposition before the thing asked for. */
const SLOT_ASKED =
  /^\W*(in|inside|at|near|on|within|from|with|under|to|into|by|against|through|via)\s+(?:which|what)\s/iu;
/**
 * The same preposition left at the end, after a participle: "which part of Iran were the missiles launched from?",
 * "what province is the base located in?", "where had he flown in from just before the strike?" (a particle between,
 * a time after). Not after a bare verb ("what country is he from?": a nationality says it).
 */
const STRANDED_SLOT =
  /^\W*(?:\p{L}+[\s,]+){0,2}?(?:which|what|where)\b.*?\b\p{L}+(?:ed|en|wn)(?:\s+(?:in|out|back|over|up|off|away))?\s+(in|inside|at|near|on|within|from|with|under|to|into|by|against|through|via)\s*(?:[?,.!;]|$|(?:just\s+)?(?:before|after|when|while|during)\b)/iu;
/**
 * "Who did Harley-Davidson buy Holiday Rambler from?": a person or a body asked for, after a preposition left at the
 * end.
 */
const WHO_STRANDED =
  /^\W*(?:who|whom)\s+(?:did|does|do|will|would|has|have|had)\b.*\s(from|to|with|by|against)\s*[?.!]*\s*$/iu;
/** Prepositions of place, which a sentence uses for one another ("in which city" of "at Baghdad airport"). */
const LOCATIVE = ['in', 'inside', 'at', 'near', 'on', 'within'];
/** Prepositions a sentence uses for one another: "routed through" of "paid via". */
const SAME_PREPOSITION: readonly (readonly string[])[] = [
  ['to', 'into'],
  ['through', 'via'],
];
/** How many words after its preposition a name may come ("in the U.S. Bankruptcy Court for…"). */
const SLOT_SPAN = 6;

/**
 * "From which Iranian city were the missiles fired?", "with which countries…", "under which article…": a name asked
 * for after a preposition stands after the same preposition in the answer ("with Russia and China", "under Article
 * 51"); a place after any preposition of place. A sentence whose such words name only what the question says
 * ("…launched from Iran") does not say which. The kind asked may open the name ("Article 51").
 */
export function fillsAskedSlot(q: Question, text: string): boolean {
  if (q.kind !== 'name') return true;
  const asked = (
    SLOT_ASKED.exec(q.text)?.[1] ??
    STRANDED_SLOT.exec(q.text)?.[1] ??
    WHO_STRANDED.exec(q.text)?.[1]
  )?.toLowerCase();
  if (asked === undefined) return true;
  const same = LOCATIVE.includes(asked) ? LOCATIVE : (SAME_PREPOSITION.find((g) => g.includes(asked)) ?? [asked]);
  const said = new Set([...q.terms, ...q.named].filter((t) => t !== q.whichHead));
  const ws = text.split(/\s+/);
  return ws.some(
    (w, i) =>
      same.includes(w.toLowerCase()) &&
      ws.slice(i + 1, i + 1 + SLOT_SPAN).some((typed) => {
        const word = typed.replace(/^[^\p{L}\d]+/u, '');
        const ts = terms(word);
        return /^\p{Lu}/u.test(word) && !CALENDAR_WORD.test(word) && ts.length > 0 && !ts.some((t) => said.has(t));
      }),
  );
}

/** A degree, as a question or an article names it. */
const DEGREE = String.raw`(?:PhD|Ph\.\s?D\.?|doctorate|doctoral\s+degree|degree|master'?s|MBA|diploma|bachelor'?s)`;
/** "Where did Leuprecht get his PhD?", "which university did he study at": where someone was educated is asked. */
const EDUCATION_ASKED = new RegExp(
  String.raw`\b(?:(?:get|got|gotten|earn(?:ed)?|receive[d]?|obtain(?:ed)?|complete[d]?|do|did)\s+(?:(?:his|her|their|a|an|the)\s+)?${DEGREE}|(?:did|does|do)\s+(?:[\p{L}'-]+\s+){1,3}(?:study|graduate)|studied|graduated|educated|go\s+to\s+(?:school|college|university))\b`,
  'iu',
);
/** A sentence that tells it: a degree from somewhere, or a word of schooling. */
const EDUCATION_TOLD = new RegExp(
  String.raw`\b${DEGREE}\b[^.;]{0,60}?\bfrom\b|\b(?:graduat\w*|stud(?:ied|ying)|educated|alumn\w*|attended)\b`,
  'iu',
);

/**
 * "Where did Christian Leuprecht get his PhD?" is not answered by "Christian Leuprecht (PhD) is a professor … at the
 * Royal Military College": the degree is his title there, and the places are where he works.
 */
export function educationUntold(question: string, sentence: string): boolean {
  return EDUCATION_ASKED.test(question) && !EDUCATION_TOLD.test(sentence);
}

/** "What country…", "which NATO countries…": a country is asked for. */
export const COUNTRY_ASKED = /\b(?:what|which)\s+(?:[\p{L}-]+\s+)?(?:countr(?:y|ies)|nations?)\b/iu;

/** "Which country is NATO chief Jens Stoltenberg from?", "…was Stoltenberg prime minister of": a person's country. */
const COUNTRY_OF =
  /\b(?:what|which)\s+country\s+(?:is|was|does|did)\s+((?:[\p{L}'.-]+\s+){1,6}?)(?:come\s+)?(?:from|of)\b/iu;

/**
 * Whether the sentence names a country (or its people) that the question does not. Asked whose country it is, the
 * sentence must name whose: "Canada has about 500 troops there and the entire NATO mission is led by Canada" does not
 * say which country NATO chief Jens Stoltenberg is from.
 */
export function namesCountry(ctx: AnswerContext, q: Question, c: PassageSentence): boolean {
  const have = heldTerms(c);
  const of = COUNTRY_OF.exec(q.text);
  const whose = of ? terms(of[1] ?? '').filter((t) => q.named.has(t)) : countrySubject(q);
  const rarest = rarestTerm(ctx, whose);
  if (rarest !== undefined && ORIGIN_ASKED.test(q.text))
    return originBeside(q, rarest, c.words ?? sentenceWords(c.text));
  return (rarest === undefined || have.has(rarest)) && [...have].some((t) => NATIONS.has(t) && !q.terms.includes(t));
}

/** "What country is Stoltenberg from?": where someone comes from is asked. */
const ORIGIN_ASKED = /\bfrom\W*$/iu;
/** Words between a person's name and the country that says where they are from ("Norway's Jens Stoltenberg"). */
const ORIGIN_REACH = 4;

/**
 * Where someone is from is said beside their name ("Norwegian Jens Stoltenberg", "Stoltenberg, a former Norwegian
 * prime minister"), in the sentence's own words: one that holds them only by reference ("he added…") and names a
 * country elsewhere ("…Iran's role") says nothing of where they are from.
 */
function originBeside(q: Question, name: string, sw: SentenceWords): boolean {
  return sw.terms.some(
    (t, i) =>
      t === name &&
      sw.terms
        .slice(Math.max(0, i - ORIGIN_REACH), i + ORIGIN_REACH + 1)
        .some((u) => u !== null && NATIONS.has(u) && !q.terms.includes(u)),
  );
}

/** "Which country did Jens Stoltenberg lead…": the words after the verb's helper, the one who did it. */
const COUNTRY_SUBJECT = /\b(?:what|which)\s+country\s+(?:is|was|does|did|has|had)\s+(.+)$/iu;

/**
 * The names that open the subject of "which country did X lead / visit / talk to": the country is one X did something
 * with, so the sentence must name X as much as for "which country is X from". Only a leading run of names; none when
 * the subject is no name ("which country did the drone fly from").
 */
function countrySubject(q: Question): string[] {
  const out: string[] = [];
  for (const w of words(COUNTRY_SUBJECT.exec(q.text)?.[1] ?? '')) {
    const t = termOf(w.replace(/['’]s$/i, ''));
    if (t === null || !q.named.has(t)) break;
    out.push(t);
  }
  return out;
}

/** "What new sanctions did the US impose…": the thing asked, the last of up to three words before the verb's helper. */
const WHAT_THING =
  /^\W*what\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:did|does|do|has|have|had|will|would|is|are|was|were|could|can|should)\b/iu;

/**
 * "What new sanctions did the US impose on Iran after the attacks?" asks for sanctions: a sentence that says nothing
 * of them names none. Said in its words, by a synonym the search used, or by a word the vectors put close (SOFT_MIN:
 * "name" by "operation"); or in its paragraph, the ones beside it, or its article's headline, which set the topic
 * ("SICO SETS NAME CHANGE" over "The Sico Group is the largest…").
 */
export function thingAskedUntold(
  ctx: AnswerContext,
  question: string,
  c: PassageSentence,
  expansions: readonly Expansion[],
): boolean {
  const word = WHAT_THING.exec(question)?.[1];
  return word !== undefined && ctx.vectors != null && thingUntold(ctx, termOf(word), c, expansions, SOFT_MIN);
}

/**
 * "What was Nippon Columbia's net profit for 1986?", "What is Uganda's population?": a figure of someone's, the last
 * word after the possessive before a preposition or the end.
 */
const POSSESSED_THING =
  /^\W*what\s+(?:is|was|were|are|will\s+be)\s+(?:the\s+)?(?:[\p{L}\d&.-]+\s+){0,5}?[\p{L}\d&.-]+['’]s\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s*(?:[?.]?\s*$|\b(?:for|in|of|on|at|after|before|during|per|from|last|this|when|since|as|under|to|with)\b)/iu;

/**
 * "What is Uganda's population?" asks for a figure of a thing: a sentence that says nothing of it ("…roads between
 * Fort Portal and Bundibugyo in western Uganda"), nor its paragraph, those beside it or its headline, gives another
 * figure. A word the vectors put as close as a head noun's synonym counts ("income" for "profit"); no looser one, for
 * a figure's name is exact.
 */
export function figureAskedUntold(
  ctx: AnswerContext,
  question: string,
  c: PassageSentence,
  expansions: readonly Expansion[],
): boolean {
  const word = POSSESSED_THING.exec(question)?.[1];
  return word !== undefined && thingUntold(ctx, termOf(word), c, expansions, HEAD_SIMILARITY);
}

/**
 * Whether the sentence says nothing of `thing`: not in its words, by a synonym the search used, in its paragraph, the
 * ones beside it or its headline (which set the topic: "SICO SETS NAME CHANGE" over "The Sico Group is…"), nor by a
 * word the vectors put at least `near` to it.
 */
function thingUntold(
  ctx: AnswerContext,
  thing: string | null,
  c: PassageSentence,
  expansions: readonly Expansion[],
  near: number,
): boolean {
  if (thing === null) return false;
  const have = heldTerms(c);
  if (have.has(thing) || expansions.some((e) => e.for === thing && have.has(e.term))) return false;
  if (besidePassages(ctx, c.passage).some((text) => terms(text).includes(thing))) return false;
  // Not by a name ("Iraq" is near "sanctions"): the sentence is about it, and it is no word for the thing.
  const sw = c.words ?? sentenceWords(c.text);
  return !sw.terms.some(
    (t, i) =>
      t !== null && ((sw.flags[i] ?? 0) & WordFlag.CAPITAL) === 0 && (ctx.vectors?.similarity(thing, t) ?? 0) >= near,
  );
}

/** The passage and those on either side of it in its story, and its article's headline. */
function besidePassages(ctx: AnswerContext, passage: PassageSentence['passage']): string[] {
  const story = storyPassages(ctx, passage);
  const at = story.indexOf(passage.id);
  const title = ctx.corpus.documents[passage.doc]?.title ?? '';
  return [title, ...story.slice(Math.max(0, at - 1), at + 2).map((id) => ctx.corpus.passages[id]?.text ?? '')];
}

/** After the thing, words that go on to give its kind: "missiles such as the Fateh-110", "a drone called…". */
const KIND_AFTER = /^(?:such|including|called|named|known|dubbed|like)$/i;

/**
 * "What type of ballistic missiles did Iran fire?" of "these missiles were launched from Iran": the sentence says the
 * thing, but with no word before it save a determiner, a number or the question's own ("the ballistic missiles"), nor
 * one after that gives a kind. A sentence that does not say the thing ("a missile armed drone" for a weapon) is the
 * other checks'.
 */
export function kindUntold(q: Question, thing: string, text: string): boolean {
  // Tokens as written: "Fateh-110" is one word before "missiles", not a number.
  const ws = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''));
  const asked = new Set(q.terms);
  let said = false;
  for (let i = 0; i < ws.length; i++) {
    if (!terms(ws[i] ?? '').includes(thing)) continue;
    said = true;
    if (KIND_AFTER.test(ws[i + 1] ?? '') || /^\p{Lu}/u.test(ws[i + 1] ?? '')) return false;
    let j = i - 1;
    while (j >= 0 && terms(ws[j] ?? '').some((t) => asked.has(t))) j--;
    const before = ws[j] ?? '';
    if (
      j >= 0 &&
      !STOP_WORDS.has(before.toLowerCase()) &&
      !/^\d[\d,.]*$/.test(before) &&
      !NUMBER_WORDS.has(before.toLowerCase())
    )
      return false;
  }
  return said;
}

/** "…therefore tolerated the overshoot": a sentence that says what followed from a cause told before it. */
const CONSEQUENCES = /\b(?:therefore|thus|hence|consequently|after|following|since)\b/gi;

/**
 * Whether the answer to a "why" gives a cause: the best sentence or the rest of its paragraph, or another sentence
 * the answer would show, says one (a connective or a purpose), or tells what followed from one.
 */
export function reasonGiven(ranked: Ranked<PassageSentence>[], leader: Ranked<PassageSentence>, q: Question): boolean {
  const c = leader.candidate;
  const event = new Set(q.terms.filter((t) => !q.named.has(t)));
  if (givesReason(q, c.passage.text.slice(c.start), event)) return true;
  return chooseSentences(ranked, new Set(q.terms), false).some(
    (r) => givesReason(q, r.candidate.text, event) || followsFromCause(r.candidate.text, event),
  );
}

/** Words after "after", "following" or "since" in which the thing asked about, said there, is the cause, not the effect. */
const CAUSE_WORDS = 4;

/**
 * The sentence tells what followed from a cause: a connective, where "after", "following" or "since" is not followed
 * by the question's own words (`event`). "Why did the fire break out?" is not answered by "No sugar is being unloaded
 * following a fire": the fire is the cause there of something else, not explained.
 */
function followsFromCause(text: string, event: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(CONSEQUENCES)) {
    if (!/^(?:after|following|since)$/i.test(m[0])) return true;
    const next = words(text.slice(m.index + m[0].length)).slice(0, CAUSE_WORDS);
    if (!terms(next.join(' ')).some((t) => event.has(t))) return true;
  }
  return false;
}

/** A question answered yes or no: it opens with an auxiliary ("Did the House pass…", "is NATO looking to…"). */
export const YES_NO = /^\W*(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b/i;

/**
 * "Did the House pass a war powers resolution…?" is settled by a sentence about the House: one whose paragraph holds
 * none of the question's names ("…the Iraqi Parliament … voted for a non-binding resolution") is about something
 * else. A paragraph keeps to one subject, so a sentence there need not repeat the name ("…sleeper cells of Quds
 * groups…" where the paragraph names Iran). A question that names nothing passes; so does a name held by reference
 * (the professor as "Leuprecht").
 */
export function holdsAName(q: Question, r: Ranked<PassageSentence>): boolean {
  if (saysAName(q, r)) return true;
  const paragraph = new Set(terms(r.candidate.passage.text));
  return q.terms.some((t) => q.named.has(t) && paragraph.has(t));
}

/** "How long has X been in charge…", "how long had X held…": how long something has gone on for X. */
const TENURE_ASKED = /\bhow\s+long\s+(?:has|have|had)\b/i;

/**
 * A span of time someone has held something is theirs: a sentence that gives one holds one of the question's names.
 * Another span is of what the question asks about: "How long did Iran's naval drills last?" is not answered by
 * "Iran has been alleged to be transporting missiles … since August 2018", which says none of its other words.
 */
export function spanOwned(q: Question, r: Ranked<PassageSentence>): boolean {
  if (q.kind !== 'duration') return true;
  if (TENURE_ASKED.test(q.text)) return saysAName(q, r);
  const asked = q.terms.filter((t) => !q.named.has(t) && !/\d/.test(t));
  const have = heldTerms(r.candidate);
  return asked.length === 0 || asked.some((t) => have.has(t));
}

/** Whether the sentence itself holds one of the question's names, or the question names nothing. */
export function saysAName(q: Question, r: Ranked<PassageSentence>): boolean {
  const named = q.terms.filter((t) => q.named.has(t));
  if (named.length === 0) return true;
  const have = heldTerms(r.candidate);
  return named.some((t) => have.has(t));
}

/** "What does DeRose Industries make?", "what kind of products does Sanyo manufacture?": a maker's goods asked. */
const PRODUCTS_ASKED =
  /^\W*what\s+(?:(?:kinds?|sorts?|types?)\s+of\s+)?(?:[\p{L}-]+\s+)?(?:does|did|do|will)\s+.{1,60}?\s+(?:make|produce|manufacture|build)\b(?!\s+of\b)/iu;
/** A sentence that tells what someone makes: "which makes jeans", "a maker of valves", "producer of copper". */
const PRODUCTS_SAID =
  /\b(?:mak(?:e|es|ing|er|ers)|made|produc\w*|manufactur\w*|build(?:s|ing|er|ers)?|built|suppl(?:y|ies|ier|iers)|sell(?:s|ing|er|ers)?|sold|distribut\w*|develop\w*|design\w*|product\w*)\b/iu;

/**
 * "What does DeRose Industries make?" is not answered by "…Robert A. DeRose has retired as chairman": a sentence that
 * tells of no making, selling or goods says nothing of what it makes.
 */
export function productsUntold(question: string, sentence: string): boolean {
  return PRODUCTS_ASKED.test(question) && !PRODUCTS_SAID.test(sentence);
}

/** "Which Reuters reporter wrote the story…?", "who wrote the report…": the writer of a text asked. */
const AUTHORSHIP_ASKED = /^\W*(?:who|which|what)\b[^?]*\b(?:wrote|written|writes|authored)\b/iu;
/** A sentence that tells who writes: the verb, an author, a byline, a columnist or an editor. */
const AUTHORSHIP_TOLD = /\b(?:wr(?:ote|itten|ites|iting|iters?)|author\w*|byline|columnists?|editors?)\b/iu;

/**
 * "Which Reuters reporter wrote the story on Ecuador's earthquake oil losses?" is not answered by a sentence of the
 * story ("Colombian oil installations were not damaged by an earthquake…"): one that tells of no writing names no
 * writer. Wire copy carries no bylines, so the archive seldom can.
 */
export function authorshipUntold(question: string, sentence: string): boolean {
  return AUTHORSHIP_ASKED.test(question) && !AUTHORSHIP_TOLD.test(sentence);
}

/** "When was Reuters founded?", "who founded Apple?": a founding asked. */
const FOUNDING_ASKED = /\b(?:founded|founders?|founding)\b/iu;
/** A sentence that tells a beginning: "founded in 1949", "set up in", "established", "since 1851", "its founder". */
const FOUNDING_SAID =
  /\b(?:found(?:ed|er|ers|ing)|co-?found\w*|establish\w*|set\s+up|formed|formation|creat(?:ed|ion|or)|start(?:ed)?|incorporated|began|begun|launched|since|dat(?:es|ing|ed)\s+back|oldest|history|birth)\b/iu;

/**
 * "When was the Reuters news agency founded?" is not answered by "His plea, in an interview with Reuters…": a sentence
 * that tells of no beginning says neither when nor by whom.
 */
export function foundingUntold(question: string, sentence: string): boolean {
  return FOUNDING_ASKED.test(question) && !FOUNDING_SAID.test(sentence);
}
