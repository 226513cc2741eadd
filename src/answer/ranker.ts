// The sentence ranker: which sentences answer a question. A linear model over
// a few features, each 0…1 or a small count; the weights are fitted on the
// TrecQA training set (`npx tsx scripts/tune-ranker.ts`), never on this corpus.
import { EntityKind } from '../nlp/analyze.js';
import { sentenceWords, WordFlag, type SentenceWords } from '../nlp/sentence-words.js';
import { terms, words } from '../nlp/terms.js';
import { lexiconTags } from '../nlp/lexicon.js';
import type { TermVectors } from '../nlp/word-vectors.js';
import { BM25, type IdfSource } from '../search/term-stats.js';
import { MONTH_NAMES } from '../util/calendar-names.js';
import { escapeRegExp } from '../util/text.js';
import type { Question } from './question.js';

/** A sentence as the ranker sees it. */
export interface Candidate {
  text: string;
  /** Entity kinds found in it (see EntityKind). */
  kinds: number;
  /** Proper-noun terms in it. */
  proper: string[];
  /** Retrieval score of its passage relative to the best passage, 0…1 (1 when unknown). */
  passageScore?: number;
  /** Its words as `sentenceWords(text)` gives them, when worked out ahead (at index time). */
  words?: SentenceWords;
  /** Question terms it holds by reference: the roles of people it names by surname ("Leuprecht" is the professor). */
  refers?: readonly string[];
}

export interface Features {
  /** Share of the question's idf weight that the sentence contains. */
  coverage: number;
  /** BM25 of the sentence against the question, squashed to 0…1. */
  bm25: number;
  /** Share of the question's term pairs found as pairs in the sentence. */
  bigrams: number;
  /** The sentence holds the kind of thing asked for (a date for "when"…). */
  type: number;
  /** Proper nouns that the question does not already name (for who/which/where). */
  newNames: number;
  /** How tightly the matched terms sit together: matched / span of the window holding them. */
  density: number;
  /**
   * How close a token of the wanted kind (a year for "when", a number for "how
   * many", a new name for "who") sits to a matched question term: 1 adjacent,
   * falling with distance, 0 when there is none. A sentence that merely holds a
   * date somewhere often answers a different question.
   */
  answerNear: number;
  /** Very short or very long sentences answer less well. */
  lengthPenalty: number;
  passage: number;
  /**
   * Question words the sentence lacks but says otherwise ("purchase" for
   * "buy"): their share of the question's idf weight, each counted at its
   * word-vector similarity to the closest sentence word (0 without vectors).
   */
  soft: number;
  /** Cosine of the idf-weighted mean word vectors of question and sentence (0 without vectors). */
  cosine: number;
  /**
   * For "what/who is X": the sentence defines X ("X is a…", "X was…", "X, a…").
   * The answer to a definition question says what the thing is.
   */
  defines: number;
  /**
   * Each question word's best similarity to a sentence word (its own word 1), idf-weighted: coverage that
   * credits words said otherwise, below SOFT_MIN too (0 without vectors).
   */
  align: number;
  /**
   * The other way: the sentence's words (those with vectors), each at its best similarity to a question word,
   * averaged. How much of the sentence is about what is asked (0 without vectors).
   */
  salign: number;
  /**
   * For "who VERBed X": the sentence names someone as the verb's agent, after "by" ("founded in 1962 by Sam Walton",
   * "was assassinated by a group of senators"), the verb said as the question says it or by a word the vectors put
   * near it. 1 or 0.
   */
  agent: number;
  /**
   * The sentence opens by saying what the question's topic is: a short subject led by a question word, then "is /
   * was a / an / the…" ("Mexico … is a federal republic in North America" for "what country is Mexico in").
   */
  topic: number;
}

export type Weights = Record<keyof Features, number>;

/**
 * Fitted by coordinate ascent on the mean of WikiQA train MAP and TrecQA train
 * MAP, ties counted against the ranker, with word vectors
 * (scripts/tune-ranker.ts). coverage anchors the scale and passage is
 * hand-set: both are held fixed in the fit.
 */
export const WEIGHTS: Weights = {
  coverage: 3,
  bm25: 0.5,
  bigrams: 0.2,
  type: 5.2,
  newNames: 0.1,
  density: 0.7,
  answerNear: 0.4,
  lengthPenalty: 5,
  passage: 0.5,
  soft: 1,
  cosine: 5,
  defines: 1,
  align: 2,
  salign: 0.85,
  agent: 1,
  topic: 2,
};

const { k: K1, b: B } = BM25;

/** Terms that make a number money, a share, or a clock time when next to it (Reuters writes "dlrs", "stg", "pct"). */
const CURRENCY = new Set([
  'dlrs',
  'dlr',
  'dollar',
  'cent',
  // Reuters' cents: "a dividend of 10 cts a share", "Shr 1.12 dlrs vs 89 cts".
  'cts',
  'yen',
  'stg',
  'sterl',
  'pound',
  'mark',
  'franc',
  'lire',
  'lira',
  'euro',
  'rupe',
  'peso',
  'guilder',
  'crown',
  'yuan',
  'rand',
  'won',
  'ecu',
  // And the other currencies 1987's wire names (stems: "roubles" → roubl, "schillings" → schill).
  'roubl',
  'rubl',
  'peseta',
  'schill',
  'cruzado',
  'austral',
  'dinar',
  'riyal',
  'drachma',
  'escudo',
  'krona',
  'kronor',
  'krone',
  'kroner',
  'ringgit',
  'rupiah',
  'baht',
  'shekel',
  'naira',
  'zloti',
  'forint',
]);
const PERCENT_WORDS = new Set(['pct', 'percent', 'percentag']);
const CLOCK_WORDS = new Set([
  'gmt',
  'edt',
  'est',
  'bst',
  'cet',
  'pm',
  'am',
  'noon',
  'midnight',
  'clock',
  'hrs',
  'local',
]);
/**
 * "How deep / wide / thick / tall…", "how far is X from Y" ask a length ("how high" and "how far did…" as often ask
 * how far a price went).
 */
export const LENGTH_ASKED =
  /\bhow\s+(?:deep|wide|thick|tall)\b|\bhow\s+far\s+(?:away\s+)?(?:is|are|was|were)\b.*\bfrom\b/i;
/** A figure with a unit of length: "10,097 feet", "a 300-metre", "15 km". */
const LENGTH_GIVEN =
  /\d[\d,.]*(?:\s+|-)(?:feet|foot|ft|inch(?:es)?|yards?|miles?|met(?:er|re)s?|(?:kilo|centi|milli)met(?:er|re)s?|[kcm]ms?|yds)\b/i;

/** Whether `text` gives a length with its unit. */
export function givesLength(text: string): boolean {
  return LENGTH_GIVEN.test(text);
}

/** "Smith, 62," — a person's age, as news writes it; "aged 62", "62-year-old", "age of 62". */
const AGE = /\p{Lu}[\p{L}.'-]+, (1?\d?\d),|\baged? (of )?(1?\d?\d)\b|\b(1?\d?\d)[- ]years?[- ]old\b/u;

/**
 * A cause word is weaker evidence than an entity of the asked kind ("as a result of the tensions" may give another
 * cause): the `type` feature is this for it. Set on the blind sets (1 lost two answers there, 0.25 gained nothing more).
 */
const CAUSE_TYPE = 0.5;
/**
 * Words that give a cause or a purpose, for "why" questions ("Moody's cited cost increases…", "…because of…",
 * "reflecting lower prices", "in order to…"): English's causal connectives, not words of any one corpus, with the
 * passive verbs news explains a figure by ("earnings were hurt by lower prices", "driven by", "offset by"), the
 * evidential ones that give a claim's grounds ("as evidenced by his chairing the cabinet meeting"), and the active
 * causal verbs, whose cause comes before them ("problems over plans to sell alumina caused delays").
 */
const CAUSE =
  /\b(because|due (\w+ly )?to|owing (\w+ly )?to|thanks to|as a result|result(ed|s|ing)? (of|from)|caused by|caus(ed|es|ing)|(prompt|trigger)(ed|s|ing)|led to|cit(ed|ing|es)|reflect(ed|ing|s)?|stem(s|med|ming)? from|attribut(ed|es|able) to|blam(ed|ing)|in order to|so that|so as to|as (?:evidenced|shown|demonstrated|seen) (?:by|in)|reasons?|aimed at|designed to|intended to|in an effort to|in a bid to|in response to|in (?:self[- ]defen[cs]e|retaliation|revenge|reprisal)|aim(s|ed)? to|(be|been|being|is|are|was|were) used (to|for)|(general )?corporate purposes|(on|over) (concerns?|fears?|hopes?|worries) (of|for|that|about|over)|amid|on the back of|in (the )?light of|in view of|(condemned|criticized|criticised|praised|fined|sued|punished|arrested|charged|accused|attacked|faulted|rebuked|penalized|penalised)\b[^.;]{0,60}?\bfor|under (an? |the |its |their )?([\w-]+ )?(agreement|order|law|ruling|settlement|terms|pressure|rules?|regulations?|decree|articles?|charter|treaty|mandate)|(driven|fu?elled|fueled|hurt|helped|boosted|buoyed|depressed|dampened|pressured|weighed down|hit|offset) by)\b/i;

/**
 * "…to relieve the burden": "to" and a verb's base form, after a word that is not a verb or an adjective; and the
 * word after it.
 */
const TO_VERB = /\b([\p{L}'-]+)\s+to\s+(\p{Ll}+)\b(?:\s+([\p{L}'-]+))?/gu;
/** What follows a verb that a noun seldom has after it: a particle or its object's determiner ("to move out of"). */
const VERB_FOLLOWER = /^(?:out|up|down|off|away|back|into|the|its|their|his|her|a|an|some|more|further)$/i;

/**
 * "Why might Tehran have been willing…", "why would…", "why do experts think the regime might not have been sorry…":
 * the question asks for a possible reason, which news gives as a guess: with a hedge (epistemic modality: "may have
 * been", "perhaps", "wondered whether", "the suggestion is"). The modal in lower case: "Why did copper rise in May?"
 * asks no guess.
 */
const SPECULATION_ASKED = /^\W*(?:[Ss]o\s+)?(?:why|Why|WHY)\b[^?]*\b(?:might|would|could|may)\b/;
/** Hedges: a modal perfect, an adverb of likelihood, a verb or noun of conjecture. */
const HEDGE =
  /\b(?:(?:may|might|could)\s+(?:well\s+)?have|perhaps|possibly|probably|presumably|apparently|likely|wonder(?:s|ed|ing)?\s+(?:whether|if)|suggest(?:s|ed|ing|ion)?\s+(?:is\s+)?that|speculat(?:e|es|ed|ing|ion)|(?:is|are|was|were)\s+(?:thought|believed)\s+to)\b/i;

/**
 * A reason `text` gives for a "why" question: a cause or a purpose; for a "why might…", a guess as well. The event
 * asked about is the question's words beyond its names, unless given.
 */
export function givesReason(
  q: Pick<Question, 'text'> & Partial<Pick<Question, 'terms' | 'named'>>,
  text: string,
  event: ReadonlySet<string> | undefined = q.terms && q.named ? eventOf(q.terms, q.named) : undefined,
): boolean {
  return givesCause(text, event) || (SPECULATION_ASKED.test(q.text) && HEDGE.test(text));
}

function eventOf(questionTerms: readonly string[], named: ReadonlySet<string>): Set<string> {
  return new Set(questionTerms.filter((t) => !named.has(t)));
}

/**
 * A cause or a purpose given in `text`: a causal connective or a purpose's infinitive. With the words of the event
 * asked about (`event`), a cause that only says the event again is none.
 */
export function givesCause(text: string, event?: ReadonlySet<string>): boolean {
  return causeSaid(text, event) || givesPurpose(text);
}

/** Connectives that go straight on to the cause ("because", "due to"), unlike "the reason for X is that…". */
const CAUSE_NEXT = /^(?:because|due|owing|thanks|as a result|result|caused by|stem|attribut)/i;
/** Active causal verbs, which have their cause before them ("…caused delays"). */
const CAUSE_BEFORE = /^(?:caus|prompt|trigger|led)/i;
/** How many words either side of such a connective its cause is read in. */
const CAUSE_SPAN = 12;

/**
 * "Why did Bioassay's market makers stop trading its stock?" is not answered by "…deleted from Nasdaq because two of
 * its three market makers ceased trading in the stock": the words after the connective hold half or more of the
 * event's (at least two), so they give the event asked about as the cause of something else, not its own cause. The
 * same before an active causal verb: "The above-target growth of money supply had prompted some discussion" does not
 * say why money supply grew.
 */
function restatesEvent(cause: readonly string[], event: ReadonlySet<string>): boolean {
  if (event.size < 2) return false;
  const said = new Set(terms(cause.join(' ')));
  const held = [...event].filter((t) => said.has(t)).length;
  return held >= Math.max(2, Math.ceil(event.size / 2));
}

const CAUSES = new RegExp(CAUSE.source, 'gi');

/**
 * A causal connective in `text`; not "due to" before a verb's base form, which says when something is scheduled
 * ("the 7J7 airliner due to enter service in 1992"), not why.
 */
function causeSaid(text: string, event?: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(CAUSES)) {
    const next = /^\s+(\p{L}+)/u.exec(text.slice(m.index + m[0].length))?.[1] ?? '';
    if (/^due\b/i.test(m[0]) && lexiconTags(next.toLowerCase())?.[0] === 'VB') continue;
    if (
      event &&
      CAUSE_NEXT.test(m[0]) &&
      restatesEvent(words(text.slice(m.index + m[0].length)).slice(0, CAUSE_SPAN), event)
    )
      continue;
    if (
      event &&
      !CAUSE_NEXT.test(m[0]) &&
      CAUSE_BEFORE.test(m[0]) &&
      restatesEvent(words(text.slice(0, m.index)).slice(-CAUSE_SPAN), event)
    )
      continue;
    return true;
  }
  return false;
}

/**
 * Nouns whose infinitive says what they are, not what for: "an agreement to sell its unit", "plans to merge", "the
 * right to elect two directors", "an offer to acquire all shares" (English nouns that take a to-clause as their
 * complement; "an effort to", "a bid to" in "in an effort to" give a purpose, and are causes above).
 */
const COMPLEMENTED_NOUN =
  /^(?:agreements?|plans?|intent|intentions?|offers?|bids?|rights?|options?|warrants?|needs?|decisions?|proposals?|commitments?|pledges?|promises?|permission|approval|authority|authori[sz]ations?|licen[cs]es?|ability|willingness|readiness|reluctance|failure|refusal|desire|requests?|obligations?|opportunit(?:y|ies)|chance|deals?|contracts?|tendency|power|freedom)$/i;
/** Words of when, between a verb and its infinitive: "agreed last week to sell", "agreed in principle to sell". */
const ADVERBIAL =
  /^(?:last|this|next|earlier|later|early|late|in|on|principle|week|weeks|month|months|year|years|today|yesterday|tomorrow|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/i;

/** The word an infinitive at the end of `head` hangs on: the last word, or the one before words of when. */
function governorOf(head: string): string {
  const ws = words(head);
  let i = ws.length - 1;
  if (ADVERBIAL.test(ws[i] ?? '')) while (i > 0 && ADVERBIAL.test(ws[i] ?? '')) i--;
  return ws[i] ?? '';
}

/**
 * A purpose given as an infinitive ("an increase to its mission in Iraq to relieve the burden on the coalition"), not
 * a verb's complement ("wants to", "is able to", "is going to", "agreed last week to"), nor a noun's ("plans to"):
 * wink-lexicon's first tags say which word is which.
 */
export function givesPurpose(text: string): boolean {
  for (const m of text.matchAll(TO_VERB)) {
    // "…believe militias to be the culprit": "to be" after a noun says what someone holds it is, not what for.
    if (m[2] === 'be') continue;
    const tags = lexiconTags(m[2] ?? '') ?? [];
    // A verb more often used as a noun ("move") is one before a particle or an object's determiner.
    const verb = tags[0] === 'VB' || (tags.includes('VB') && VERB_FOLLOWER.test(m[3] ?? ''));
    const governor = governorOf(text.slice(0, m.index + (m[1] ?? '').length));
    if (COMPLEMENTED_NOUN.test(governor)) continue;
    const before = lexiconTags(governor.toLowerCase())?.[0] ?? 'NNP';
    if (verb && !/^(?:VB|JJ|MD|RB|TO|IN)/.test(before)) return true;
  }
  return false;
}

const NONE: ReadonlySet<string> = new Set();

/** Whether the term `at` or next to it (±`span`) is in `set`. */
function near(ts: (string | null)[], at: number, span: number, set: ReadonlySet<string>): boolean {
  for (let j = Math.max(0, at - span); j <= Math.min(ts.length - 1, at + span); j++) {
    const t = ts[j];
    if (t != null && set.has(t)) return true;
  }
  return false;
}

/**
 * A number the question itself gives, in digits or spelled ("Iraq's 500 mln dlr loan", "their four mln dlr
 * investment"): it names what is asked about, it does not answer. Callers have found the word a number.
 */
function given(q: Question, term: string | null): boolean {
  return term !== null && q.terms.includes(term);
}

/** Words that scale a number into an amount ("182.2 mln", "4.9 billion"), whether or not its currency follows. */
const SCALE_WORDS = new Set(terms('mln million bln billion trillion'));

/**
 * A sum not the question's own: with its currency ("4.9 billion dlrs") or without it ("Pretax profit 182.2 mln",
 * as a British company's results are written); for a change (`change`), a share as well ("rose 1.1 pct"): the
 * wording says little of which, "by how much did reserves rise" is answered in dollars, "how much did prices go
 * up" in percent.
 */
export function holdsAmount(q: Question, sw: SentenceWords, change: boolean): boolean {
  for (let i = 0; i < sw.terms.length; i++) {
    const flags = sw.flags[i] ?? 0;
    const term = sw.terms[i] ?? null;
    if ((flags & WordFlag.NUMBER) === 0 || (flags & WordFlag.YEAR) !== 0 || given(q, term)) continue;
    if (change && (near(sw.terms, i, 1, PERCENT_WORDS) || near(sw.terms, i, 1, SCALE_WORDS))) return true;
    // "182.2 mln vs 150.5 mln": a sum whose currency goes unsaid; "16.6 mln barrels" counts something else.
    const next = sw.terms[i + 2] ?? null;
    if (SCALE_WORDS.has(sw.terms[i + 1] ?? '') && (next === null || next === 'vs' || CURRENCY.has(next))) return true;
    if (sumAt(sw.terms, i)) return true;
  }
  return false;
}

/** A company's results, which a sum may measure ("sales of 65 mln dlrs"), and the verbs that ask for them. */
const RESULT_TERMS = new Set(
  // "…earned 24.2 mln dlrs": the verbs of a result measure one too.
  terms('sales revenues revs profit profits earnings net income loss losses turnover assets earned lost'),
);
const RESULT_ASKED = new Set([...RESULT_TERMS, ...terms('make made earn earned lose lost')]);
/** The stem of "sales" (a result) and of "sale" (a deal). */
const SALE = terms('sales')[0];
/** How far before a sum its measure stands ("sales last year of about 65 mln dlrs"), and after it ("… in sales"). */
const MEASURE_BEFORE = 6;
const MEASURE_AFTER = 5;

/** What stands near one of the sentence's sums: a result that it may measure, a deal whose sum it may be. */
interface SumMeasure {
  result: boolean;
  deal: boolean;
}

/** For each sum of the sentence (not a year, nor a number the question gives), what stands within its window. */
function sumMeasures(q: Question, sw: SentenceWords, text: string): SumMeasure[] {
  let ws: string[] | undefined;
  // "sales" are a result; "a sale" (of a stake, "the 1.49 billion dlr sale of its stake") is a deal, whose sum is
  // its price: the stem is the same.
  const result = (k: number) => {
    const t = sw.terms[k];
    if (t == null || !RESULT_TERMS.has(t)) return false;
    return t !== SALE || /s$/i.test((ws ??= words(text))[k] ?? '');
  };
  const out: SumMeasure[] = [];
  for (let i = 0; i < sw.terms.length; i++) {
    if ((sw.flags[i] ?? 0) & WordFlag.YEAR || !sumAt(sw.terms, i) || given(q, sw.terms[i] ?? null)) continue;
    // The sum's own term is a number, never a result nor a deal: the window may hold it.
    const m = { result: false, deal: false };
    for (let k = Math.max(0, i - MEASURE_BEFORE); k <= Math.min(sw.terms.length - 1, i + MEASURE_AFTER); k++) {
      m.result ||= result(k);
      m.deal ||= DEAL_TERMS.has(sw.terms[k] ?? '');
    }
    out.push(m);
  }
  return out;
}

/**
 * "How much is James River paying for Dunn?" is not answered by "Dunn had sales last year of about 65 mln dlrs": every
 * sum of the sentence measures a result (sales, profit, assets…, just before it or "in sales" after it), and the
 * question asks for none.
 */
export function sumsMeasureResults(q: Question, sw: SentenceWords, text: string): boolean {
  if (q.terms.some((t) => RESULT_ASKED.has(t))) return false;
  const sums = sumMeasures(q, sw, text);
  return sums.length > 0 && sums.every((m) => m.result);
}

/**
 * "How much did Sturm Ruger earn in 1986?" is not answered by "…submitted a bid in excess of 60 mln dlrs": the question
 * asks a result and no deal, and every sum of the sentence measures a deal (a bid, a price, a purchase…), none a result.
 */
export function sumsMeasureDeals(q: Question, sw: SentenceWords, text: string): boolean {
  if (!q.terms.some((t) => RESULT_ASKED.has(t)) || q.terms.some((t) => DEAL_TERMS.has(t))) return false;
  const sums = sumMeasures(q, sw, text);
  return sums.length > 0 && sums.every((m) => m.deal && !m.result);
}

/** A determiner before a sum set before its noun ("a 1.2 mln dlr advertising campaign", "its 622 mln dlr debt"). */
const SUM_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that']);
/** Words that may stand between the determiner and the sum: "an estimated", "about". */
const SUM_HEDGES: ReadonlySet<string> = new Set([
  'about',
  'some',
  'nearly',
  'around',
  'almost',
  'roughly',
  'estimated',
]);
/** Words that end the noun phrase after a sum: a preposition, a relative, an infinitive, a conjunction, a verb. */
const NOUN_PHRASE_END =
  /^(?:in|of|on|at|from|near|for|with|by|to|that|which|who|and|or|but|a|an|the|per|each|is|was|are|were|has|have|had|will|would|against|under|over|into|as|than|plus|vs|due)$/i;
/**
 * Deals, whose sum is what a question of paying, putting in, selling or lending asks for though it says the deal
 * otherwise ("How much did TA Associates put into Alias?" of "a four mln dlr venture capital investment").
 */
const DEAL_TERMS: ReadonlySet<string> = new Set(
  terms(
    'investment sale purchase acquisition offer bid deal contract loan credit financing payment price settlement order stake issue placement package agreement transaction buyout takeover merger fee',
  ),
);
/** A verb that ends the noun phrase ("…investment led by TA"), as the lexicon tags it; not "-ing" ("advertising"). */
const CLAUSE_VERB = /^(?:VBD|VBN|VBZ|VBP|MD)$/;
/** How many words a sum's noun phrase runs to ("fibre optic submarine cable"). */
const SUM_PHRASE_WORDS = 4;

/**
 * "How much did it cost to build Seabrook?" is not answered by "…approved a 1.2 mln dlr advertising campaign", nor
 * "What did Telekom earn?" by "…to instal a 100 mln dlrs fibre optic submarine cable": every sum of the sentence is
 * set before the noun it measures, and the question says none of them (nor a word the vectors put close; a result
 * measured answers a result asked; a deal's sum answers any question of a sum paid).
 */
export function sumsOfOtherThings(
  q: Question,
  sw: SentenceWords,
  text: string,
  vectors: TermVectors | null | undefined,
): boolean {
  const asked = new Set(q.terms);
  let ws: string[] | undefined;
  let sums = 0;
  for (let i = 0; i < sw.terms.length; i++) {
    if ((sw.flags[i] ?? 0) & WordFlag.YEAR || !sumAt(sw.terms, i) || given(q, sw.terms[i] ?? null)) continue;
    // A sum is read from its first number word ("1.2 mln dlr": "1", "2", "mln").
    if (i > 0 && (sw.flags[i - 1] ?? 0) & WordFlag.NUMBER) continue;
    sums++;
    ws ??= words(text);
    const currency = currencyIndexAfter(sw.terms, i, 4);
    let before = i - 1;
    while (before >= 0 && SUM_HEDGES.has((ws[before] ?? '').toLowerCase())) before--;
    if (currency < 0 || before < 0 || !SUM_DETERMINERS.has((ws[before] ?? '').toLowerCase())) return false;
    const phrase: string[] = [];
    for (let k = currency + 1; k < ws.length && phrase.length < SUM_PHRASE_WORDS; k++) {
      const w = ws[k] ?? '';
      if (!/^\p{Ll}+$/u.test(w) || NOUN_PHRASE_END.test(w) || CLAUSE_VERB.test(lexiconTags(w)?.[0] ?? '')) break;
      const t = sw.terms[k];
      if (t != null) phrase.push(t);
    }
    const head = phrase.at(-1);
    if (head === undefined || DEAL_TERMS.has(head) || phrase.some((t) => asked.has(t))) return false;
    if (RESULT_TERMS.has(head) && q.terms.some((t) => RESULT_ASKED.has(t))) return false;
    if (vectors && q.terms.some((t) => vectors.similarity(head, t) >= SOFT_MIN)) return false;
  }
  return sums > 0;
}

/** For a question asking a quantity: the sentence's numbers (not years) are all ones the question gives. */
function onlyGivenNumbers(q: Question, sw: SentenceWords): boolean {
  if (q.kind !== 'number' && q.kind !== 'money' && q.kind !== 'percent') return false;
  let any = false;
  for (let i = 0; i < sw.terms.length; i++) {
    const flags = sw.flags[i] ?? 0;
    if ((flags & WordFlag.NUMBER) === 0 || (flags & WordFlag.YEAR) !== 0) continue;
    if (!given(q, sw.terms[i] ?? null)) return false;
    any = true;
  }
  return any;
}

/**
 * A sum at word `i`: digits with their currency within three words ("40 mln dlrs", "132 mln (U.S.) dlrs"), or named
 * after it ("3.2 billion European Currency Unit plan"); or a number Reuters spells, right before its currency or its
 * scale and currency ("eight dlrs a unit", "five mln dlrs"). Not "a billion-dollar lawsuit": no number but the scale.
 */
function sumAt(ts: (string | null)[], i: number): boolean {
  // The currency follows the sum: "24.2 mln dlrs and employed 800 people" makes no sum of the 800.
  if (hasDigits(ts, i)) return currencyAfter(ts, i) || currencyUnitAfter(ts, i);
  const t = ts[i];
  if (t == null || SCALE_WORDS.has(t)) return false;
  const next = ts[i + 1] ?? '';
  return CURRENCY.has(next) || (SCALE_WORDS.has(next) && CURRENCY.has(ts[i + 2] ?? ''));
}

/** A currency within three words after `i` ("40 mln dlrs", "132 mln (U.S.) dlrs"). */
function currencyAfter(ts: readonly (string | null)[], i: number): boolean {
  return currencyIndexAfter(ts, i, 3) >= 0;
}

/** The index of the first currency within `span` words after `i`, or -1. */
function currencyIndexAfter(ts: readonly (string | null)[], i: number, span: number): number {
  for (let j = i + 1; j <= i + span && j < ts.length; j++) if (CURRENCY.has(ts[j] ?? '')) return j;
  return -1;
}

const CURRENCY_UNIT = terms('currency units') as [string, string];
/** "European Currency Unit(s)" within four words after `i`. */
function currencyUnitAfter(ts: (string | null)[], i: number): boolean {
  for (let j = i + 1; j <= i + 4 && j < ts.length - 1; j++)
    if (ts[j] === CURRENCY_UNIT[0] && ts[j + 1] === CURRENCY_UNIT[1]) return true;
  return false;
}

/** The word at `i`, or the one before it ("1.5 billion"), is written in digits. */
function hasDigits(ts: readonly (string | null)[], i: number): boolean {
  return /\d/.test(ts[i] ?? '') || /\d/.test(ts[i - 1] ?? '');
}

/** Whether a word could be (part of) the answer a question of this kind wants. */
function answerToken(q: Question, sw: SentenceWords, i: number, proper: Set<string>): boolean {
  const flags = sw.flags[i] ?? 0;
  const term = sw.terms[i] ?? null;
  const first = i === 0;
  const number = (flags & WordFlag.NUMBER) !== 0;
  const year = (flags & WordFlag.YEAR) !== 0;
  const date = year || (flags & WordFlag.DATE) !== 0;
  switch (q.kind) {
    case 'date':
      return date;
    case 'number':
      return number && !year && !given(q, term);
    case 'money':
      // An amount has digits ("40 mln dlrs", "1.5 billion"): "a billion-dollar lawsuit" names no sum.
      // "132 mln (U.S.) dlrs", "31.5 mln U.S. dlrs": the currency may sit three words on.
      return number && !year && !given(q, term) && sumAt(sw.terms, i);
    case 'percent':
      return number && !given(q, term) && near(sw.terms, i, 1, PERCENT_WORDS);
    case 'time':
      return (number && near(sw.terms, i, 1, CLOCK_WORDS)) || (term !== null && CLOCK_WORDS.has(term) && !number);
    case 'age':
      return number && !year && term !== null && /^\d{1,3}$/.test(term) && Number(term) < 120;
    case 'duration':
      return number || date;
    case 'name':
      // A name the question does not already give; the first word is capitalised anyway.
      return (
        term !== null &&
        !q.named.has(term) &&
        !q.terms.includes(term) &&
        (proper.has(term) || (!first && (flags & WordFlag.CAPITAL) !== 0))
      );
    default:
      return false;
  }
}

/** Word distance (stop words counted) from the nearest answer-kind token to the nearest matched question term. */
function answerDistance(q: Question, c: Candidate, sw: SentenceWords, qset: Set<string>): number {
  if (q.kind === 'other') return Infinity;
  const ts = sw.terms;
  const proper = new Set(c.proper);
  let lastMatch = -Infinity;
  let lastAnswer = -Infinity;
  let best = Infinity;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i] ?? null;
    if (t !== null && qset.has(t)) {
      lastMatch = i;
      best = Math.min(best, i - lastAnswer);
    } else if (answerToken(q, sw, i, proper)) {
      lastAnswer = i;
      best = Math.min(best, i - lastMatch);
    }
  }
  return best;
}

export function features(
  q: Question,
  c: Candidate,
  stats: IdfSource,
  avgLength: number,
  vectors?: TermVectors | null,
): Features {
  const sw = c.words ?? sentenceWords(c.text);
  const st = sw.terms.filter((t): t is string => t !== null);
  const counts = new Map<string, number>();
  for (const t of st) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const t of c.refers ?? []) if (!counts.has(t)) counts.set(t, 1);
  let total = 0;
  let covered = 0;
  let bm25 = 0;
  for (const t of q.terms) {
    const idf = stats.idf(t);
    total += idf;
    const tf = counts.get(t) ?? 0;
    if (tf > 0) {
      covered += idf;
      bm25 += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * st.length) / Math.max(1, avgLength)));
    }
  }
  let pairs = 0;
  for (let i = 0; i + 1 < st.length; i++) if (q.bigrams.has(`${st[i]} ${st[i + 1]}`)) pairs++;
  const qset = new Set(q.terms);
  // Smallest window of sentence terms holding every matched question term.
  let density = 0;
  // Terms held by reference (`refers`) have no place in it: the window is of the words it says.
  const said = new Set(st);
  const matchedCount = q.terms.filter((t) => said.has(t)).length;
  if (matchedCount > 1) {
    const need = new Map<string, number>();
    let have = 0;
    let best = Infinity;
    let left = 0;
    for (let right = 0; right < st.length; right++) {
      const r = st[right] as string;
      if (qset.has(r)) {
        need.set(r, (need.get(r) ?? 0) + 1);
        if (need.get(r) === 1) have++;
      }
      while (have === matchedCount) {
        best = Math.min(best, right - left + 1);
        const l = st[left] as string;
        if (qset.has(l)) {
          need.set(l, (need.get(l) ?? 0) - 1);
          if (need.get(l) === 0) have--;
        }
        left++;
      }
    }
    density = Number.isFinite(best) ? matchedCount / best : 0;
  } else if (matchedCount === 1) density = 0.5;
  const newNames = c.proper.filter((p) => !qset.has(p) && !q.named.has(p)).length;
  const type =
    q.kind === 'name'
      ? newNames > 0 || (q.whichHead !== undefined && modifies(q, q.whichHead, sw, qset))
        ? 1
        : 0
      : q.kind === 'age'
        ? AGE.test(c.text)
          ? 1
          : 0
        : q.kind === 'reason'
          ? givesReason(q, c.text)
            ? CAUSE_TYPE
            : 0
          : q.wants
            ? ((c.kinds & q.wants) !== 0 ||
                (q.kind === 'date' && datedSpan(c)) ||
                saysSum(q, sw) ||
                // wink knows "$31", not the wire's "31 dlrs apiece".
                (q.kind === 'money' && holdsAmount(q, sw, false))) &&
              !onlyGivenNumbers(q, sw) &&
              (!LENGTH_ASKED.test(q.text) || givesLength(c.text))
              ? 1
              : 0
            : 0;
  const defines = q.subject ? definesSubject(q.subject, c.text, sw) : 0;
  // "Which militia leader…": the names the sentence gives may be the answer, not what the question says; a rare one's
  // vector ("Khazali", "Asaib") is noise that pulls the sentence's meaning away from the question's.
  const unread =
    vectors && q.kind === 'name'
      ? new Set(c.proper.filter((p) => !qset.has(p) && !q.named.has(p) && vectors.isRare(p)))
      : NONE;
  const { soft, cosine, align, salign } = vectors
    ? softMatch(q, st, counts, stats, vectors, total, unread)
    : { soft: 0, cosine: 0, align: 0, salign: 0 };
  const distance = answerDistance(q, c, sw, qset);
  const n = st.length;
  const lengthPenalty = n < 4 ? 1 : n > 60 ? Math.min(1, (n - 60) / 60) : 0;
  return {
    coverage: total > 0 ? covered / total : 0,
    bm25: bm25 / (bm25 + total / 2 || 1),
    bigrams: q.bigrams.size ? Math.min(1, pairs / q.bigrams.size) : 0,
    type,
    newNames: Math.log1p(Math.min(newNames, 6)),
    density,
    answerNear: Number.isFinite(distance) ? 1 / (1 + (distance - 1) / 3) : 0,
    lengthPenalty: -lengthPenalty,
    passage: c.passageScore ?? 1,
    soft,
    cosine,
    defines,
    align,
    salign,
    agent: q.whoVerb ? namesAgent(q, q.whoVerb[0], c.text, sw, vectors) : 0,
    topic: opensOnTopic(q, c.text, sw),
  };
}

/** How many words before "by" the verb may stand ("founded in February 2004 by…"). */
const AGENT_SPAN = 6;
/** Whether `text` gives the agent of `verb` after "by": a capitalised word that the question does not name. */
function namesAgent(q: Question, verb: string, text: string, sw: SentenceWords, vectors?: TermVectors | null): number {
  // "Who is…", "who has…": a stop word, no act, has no term.
  const v = terms(verb)[0];
  if (v === undefined) return 0;
  const raw = words(text);
  for (let i = 1; i + 1 < raw.length; i++) {
    if (raw[i] !== 'by') continue;
    let j = i + 1;
    if (/^(?:the|his|her|its|their)$/.test(raw[j] ?? '')) j++;
    const name = raw[j] ?? '';
    const term = sw.terms[j];
    if (!/^\p{Lu}/u.test(name) || (term != null && (q.terms.includes(term) || q.named.has(term)))) continue;
    for (let k = Math.max(0, i - AGENT_SPAN); k < i; k++) {
      const t = sw.terms[k];
      if (t != null && (t === v || (vectors != null && vectors.similarity(t, v) >= SOFT_MIN))) return 1;
    }
  }
  return 0;
}

/**
 * "Which meeting…" is answered by the kind of meeting as much as by a name: a word the question does not use, just
 * before the head noun ("the Iraqi cabinet meeting").
 */
function modifies(q: Question, head: string, sw: SentenceWords, asked: ReadonlySet<string>): boolean {
  for (let i = 1; i < sw.terms.length; i++) {
    if (sw.terms[i] !== head) continue;
    const before = sw.terms[i - 1];
    if (before && !asked.has(before) && !q.named.has(before) && !/\d/.test(before)) return true;
  }
  return false;
}

/** Words after a subject that say what it is. */
const COPULA = new Set(['is', 'was', 'are', 'were', 'refers', 'means', 'became', 'remains', 'has', 'had']);

/** 1 when the sentence names `subject` (its terms in order) and then says what it is. */
function definesSubject(subject: string[], text: string, sw: SentenceWords): number {
  const last = subject.at(-1);
  if (last === undefined) return 0;
  const raw = words(text);
  for (let i = 0; i < sw.terms.length; i++) {
    if (sw.terms[i] !== last) continue;
    // The subject's earlier terms just before (stop words between allowed).
    let k = subject.length - 2;
    for (let j = i - 1; j >= 0 && k >= 0 && i - j <= subject.length + 2; j--) if (sw.terms[j] === subject[k]) k--;
    if (k >= 0) continue;
    // Then "is/was…", or an appositive ("X, a …" — the comma is gone from words, so check the text); either may
    // follow a parenthesis ("Bilirubin (formerly hematoidin) is the…").
    const next = (raw[i + 1] ?? '').toLowerCase();
    if (COPULA.has(next)) return 1;
    const word = escapeRegExp(raw[i] ?? '');
    if (
      new RegExp(
        `${word}\\)?(?:\\s*\\([^()]*(?:\\([^()]*\\)[^()]*)*\\))?(?:, (a|an|the)\\b|\\s+(${[...COPULA].join('|')})\\b)`,
      ).test(text)
    )
      return 1;
  }
  return 0;
}

/** Words before the copula of a sentence that says what its subject is, and content terms among them. */
const TOPIC_SPAN = 15;
const TOPIC_TERMS = 6;
/** Being verbs only: COPULA's "has", "became" serve a definition that follows the subject's own name, not any opening. */
const TOPIC_COPULA = ['is', 'are', 'was', 'were'];
const TOPIC_DETERMINER = ['a', 'an', 'the', 'one'];
const COPULA_THEN_DETERMINER = new RegExp(
  `\\b(?:${TOPIC_COPULA.join('|')})\\s+(?:${TOPIC_DETERMINER.join('|')})\\b`,
  'i',
);

/** 1 when the sentence opens "X … is a / the…" and one of X's first two terms is the question's. */
function opensOnTopic(q: Question, text: string, sw: SentenceWords): number {
  // Most sentences hold no "is a / was the…": they are passed over before the words are split (the ranker scores
  // every sentence of the candidate passages on each question).
  if (!COPULA_THEN_DETERMINER.test(text)) return 0;
  const raw = words(text);
  const at = raw.slice(0, TOPIC_SPAN).findIndex((w) => TOPIC_COPULA.includes(w.toLowerCase()));
  if (at <= 0 || !TOPIC_DETERMINER.includes((raw[at + 1] ?? '').toLowerCase())) return 0;
  // A sentence that opens on a preposition ("At the same time Iraq is a center…") sets a scene, not its subject.
  if (lexiconTags((raw[0] ?? '').toLowerCase())?.[0] === 'IN') return 0;
  const head = sw.terms.slice(0, at).filter((t): t is string => t !== null);
  if (head.length === 0 || head.length > TOPIC_TERMS) return 0;
  return head.slice(0, 2).some((t) => q.terms.includes(t)) ? 1 : 0;
}

/** Below this similarity two words are not taken to say the same thing. */
export const SOFT_MIN = 0.5;

function softMatch(
  q: Question,
  st: string[],
  counts: Map<string, number>,
  stats: IdfSource,
  vectors: TermVectors,
  total: number,
  /** Terms left out of the sentence's sum of vectors. */
  unread: ReadonlySet<string>,
): { soft: number; cosine: number; align: number; salign: number } {
  let soft = 0;
  let align = 0;
  for (const t of q.terms) {
    if (counts.has(t)) {
      align += stats.idf(t);
      continue;
    }
    let best = 0;
    for (const s of counts.keys()) best = Math.max(best, vectors.similarity(t, s));
    if (best >= SOFT_MIN) soft += stats.idf(t) * best;
    align += stats.idf(t) * Math.max(0, best);
  }
  let salign = 0;
  let sn = 0;
  for (const s of counts.keys()) {
    if (!vectors.has(s)) continue;
    sn++;
    let best = 0;
    for (const t of q.terms) best = Math.max(best, t === s ? 1 : vectors.similarity(t, s));
    salign += best;
  }
  const cosine = vectors.cosineOfSums(
    q.terms.map((t) => [t, stats.idf(t)]),
    [...counts].map(([t, n]) => [t, unread.has(t) ? 0 : stats.idf(t) * n]),
  );
  return {
    soft: total > 0 ? soft / total : 0,
    cosine,
    align: total > 0 ? align / total : 0,
    salign: sn > 0 ? salign / sn : 0,
  };
}

/**
 * "By how much did credit rise?" is answered in a share or a sum, and Reuters writes sums in its own units ("717 mln
 * dlrs", "40 cts"), which wink does not tag as money: a sum the question does not give holds what it asks. (Not every
 * "how much": a sum of any kind then ranked sentences that give another as answers, and "not found" fell.)
 */
function saysSum(q: Question, sw: SentenceWords): boolean {
  return q.kind === 'percent' && BY_HOW_MUCH.test(q.text) && holdsAmount(q, sw, true);
}
const BY_HOW_MUCH = /\bby\s+how\s+much\b/iu;

/** A year or a month's name, capitalised as written: what makes a span of time a span of dates. */
const CALENDAR = new RegExp(
  `\\b(?:1[0-9]{3}|20[0-9]{2})\\b|\\b(?:${[...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3)), 'Sept'].join('|')})\\b`,
  'u',
);

/**
 * wink tags a span between two dates as a duration ("from November 3, 2009 to March 15, 2011", "(4 April 1952 –
 * 6 February 2011)"): with a year or a month in the sentence, it gives dates, which answer "when".
 */
const datedSpan = (c: Candidate): boolean => (c.kinds & EntityKind.DURATION) !== 0 && CALENDAR.test(c.text);

export function score(f: Features, w: Weights = WEIGHTS): number {
  let s = 0;
  for (const k of Object.keys(w) as (keyof Features)[]) s += w[k] * f[k];
  return s;
}

export interface Ranked<C extends Candidate> {
  candidate: C;
  features: Features;
  score: number;
}

/** Candidates best first. */
export function rank<C extends Candidate>(
  q: Question,
  candidates: C[],
  stats: IdfSource,
  w: Weights = WEIGHTS,
  vectors?: TermVectors | null,
): Ranked<C>[] {
  const avg = candidates.reduce((s, c) => s + c.text.length, 0) / Math.max(1, candidates.length) / 6;
  return candidates
    .map((candidate) => {
      const f = features(q, candidate, stats, avg, vectors);
      return { candidate, features: f, score: score(f, w) };
    })
    .sort((a, b) => b.score - a.score);
}
