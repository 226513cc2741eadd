// The candidate sentences ranked, kept to the articles that hold the question's names, then the preferences of what
// it asks applied in turn: its month, count, kind, years, names, source or seat, who is named, the words reported.
import { MONTH_NAMES } from '../util/calendar-names.js';
import { heldTerms, sameStory, storyText, type AnswerContext, type PassageSentence } from './context.js';
import { questionVerbs } from './question-words.js';
import { namesSomeone } from './people.js';
import { introduces } from './roles.js';
import { definesInitials, initialsDefined, writtenIn } from './acronyms.js';
import { STOP_WORDS } from '../nlp/stopwords.js';
import { SEAT_STANDS_FOR } from '../nlp/capitals.js';
import { terms } from '../nlp/terms.js';
import type { Ranked } from './ranker.js';
import { type AnswerSignals, MAX_NAMED_MISSING, MAX_NAMED_MISSING_NAMING, signalsOf } from './signals.js';
import { WHO_ASKED, WHO_VERB_LOOKAHEAD } from './office-holder.js';
import {
  aboutYears,
  monthsIn,
  preferNamedDays,
  daysAskedOf,
  monthsAskedOf,
  publishedBefore,
  publishedBeforeDays,
  SINCE_DATE,
  SINCE_SHARE,
  SINCE_WHEN,
  yearsIn,
} from './times-asked.js';
import {
  CANDIDATE_PASSAGES,
  COUNTING_PASSAGES,
  DATED_PASSAGES,
  rankSentences,
  shortStory,
  rolesOf,
  withNextParagraphs,
  withReferringParagraphs,
} from './candidates.js';
import { designates, namedAfter, names, NAMING_PHRASE } from './naming.js';
import {
  countsSameEvent,
  holdsTerms,
  keepIfAny,
  preferFirstTimeOnTie,
  preferKeyWordOnTie,
  preferNamesOnTie,
  preferOnTie,
  SOURCE_TIE_SHARE,
  toFront,
  WHICH_TIE_SHARE,
  WHO_TIE_SHARE,
} from './preferences.js';
import {
  COUNTRY_ASKED,
  givesSeatOf,
  holdsAName,
  saysAName,
  holdsAskedKind,
  namesCountry,
  QUANTITY_KINDS,
  SEAT_ASKED,
  SEAT_LOOKAHEAD,
  YES_NO,
} from './asked-kind.js';
import {
  MANNER_TIE_SHARE,
  mannerAsked,
  reportsWordsOf,
  saysInManner,
  sourceOf,
  speakerAsked,
  wordsAskedOf,
} from './words-asked.js';
import type { Question } from './question.js';
import type { Searched } from './question-search.js';
import { kindInItsStead, namedInItsStead, type NamedFirst } from './restated.js';

/** The candidates ranked, and what the checks of whether the first answers read of how they were ranked. */
export interface Ranking extends NamedFirst {
  /** A sentence's signals, worked out once. */
  signalsFor: (r: Ranked<PassageSentence>) => AnswerSignals;
  /** How much of the question a sentence says: its coverage, and words said otherwise at their similarity. */
  saysOfQuestion: (r: Ranked<PassageSentence>) => number;
  /** The sentences are from articles that lack one of the question's names, and name the one asked for. */
  fromElsewhere: boolean;
  /** The years the question asks about, and whether a sentence's article is about them. */
  years: number[];
  ofYears: (r: Ranked<PassageSentence>) => boolean;
  /** "Where is Airbus based?" */
  seatAsked: boolean;
  /** "What did Esper say…", and who is asked about. */
  wordsAsked: boolean;
  speaker: string | null;
}

/** The candidate sentences for the searched question, in the order the checks read them: the first may answer. */
export function rankForQuestion(ctx: AnswerContext, s: Searched): Ranking {
  const found = rankCandidates(ctx, s);
  const asked = preferWhatIsAsked(ctx, s, found);
  const named = namedInItsStead(ctx, s, asked.ranked);
  const words = preferWordsAsked(ctx, s.q, named.ranked);
  const stead = kindInItsStead(ctx, s, found.saysOfQuestion, { ranked: words.ranked, restated: named.restated });
  return {
    ranked: stead.ranked,
    restated: stead.restated,
    namesHolder: named.namesHolder,
    roleSaid: named.roleSaid,
    personNamed: named.personNamed,
    signalsFor: found.signalsFor,
    saysOfQuestion: found.saysOfQuestion,
    fromElsewhere: found.fromElsewhere,
    years: asked.years,
    ofYears: asked.ofYears,
    seatAsked: asked.seatAsked,
    wordsAsked: words.wordsAsked,
    speaker: words.speaker,
  };
}

/** The candidate sentences ranked, with their signals, and kept to those whose articles hold the question's names. */
interface Candidates {
  ranked: Ranked<PassageSentence>[];
  signalsFor: Ranking['signalsFor'];
  saysOfQuestion: Ranking['saysOfQuestion'];
  fromElsewhere: boolean;
  /** What a "which X", "who X" or "the name of X" question asks to be named. */
  head: string[] | null;
}

function rankCandidates(
  ctx: AnswerContext,
  { q, hits, dated, headAsked, unmentionedTerms, phrasal }: Searched,
): Candidates {
  const candidateHits = withNextParagraphs(
    ctx,
    hits.slice(
      0,
      // "Who heads X?" the same: the top officer's passage may stand behind many that say "head" or "run" and X.
      (q.counted || q.naming || headAsked ? COUNTING_PASSAGES : CANDIDATE_PASSAGES) + (dated ? DATED_PASSAGES : 0),
    ),
  );
  const roles = rolesOf(ctx, q, candidateHits);
  let ranked = rankSentences(ctx, q, withReferringParagraphs(ctx, candidateHits, roles), roles);
  if (dated) ranked = preferNamedDays(ctx, ranked, dated);
  // Sentences from articles that lack the question's names answer another question: the others go first.
  const bySignals = new Map<Ranked<PassageSentence>, AnswerSignals>();
  const signalsFor = (r: Ranked<PassageSentence>) => {
    let x = bySignals.get(r);
    if (!x) bySignals.set(r, (x = signalsOf(ctx, q, r, unmentionedTerms, phrasal)));
    return x;
  };
  /** How much of the question a sentence says: its coverage, and words said otherwise at their similarity. */
  const saysOfQuestion = (r: Ranked<PassageSentence>) => signalsFor(r).coverage + signalsFor(r).soft;
  const onTopic = ranked.filter((r) => signalsFor(r).namedMissing < MAX_NAMED_MISSING);
  // Unless none of them names the one asked for ("Which Pentagon spokesman…": no spokesman is named where the
  // Pentagon is) and a sentence that lacks one of the names does ("the department of defence spokesman Jonathan
  // Hoffman"): an article may call a thing otherwise, but not by a name it never gives.
  const headTerm = q.whichHead ?? q.whoHead;
  const head = q.nameOf ?? (headTerm ? [headTerm] : null);
  const naming = (r: Ranked<PassageSentence>) => head !== null && names(q, head, r.candidate.text, ctx.vectors);
  const elsewhere =
    head && !onTopic.some(naming)
      ? ranked.filter((r) => naming(r) && signalsFor(r).namedMissing < MAX_NAMED_MISSING_NAMING)
      : [];
  // …and it ranks above them all: else the articles with every name say it in a way the name check misses.
  const fromElsewhere =
    elsewhere[0] !== undefined &&
    (onTopic[0] === undefined || ranked.indexOf(elsewhere[0]) < ranked.indexOf(onTopic[0]));
  if (fromElsewhere) ranked = elsewhere;
  else if (onTopic.length) ranked = onTopic;
  return { ranked, signalsFor, saysOfQuestion, fromElsewhere, head };
}

/**
 * The sentences of the month, count, country, name, model, starting point and years asked first; then, in near ties,
 * those of the question's names and key word, the verb, thing, kind, source and person asked; the seat asked first.
 */
function preferWhatIsAsked(
  ctx: AnswerContext,
  { q, question, unmentionedTerms }: Searched,
  { ranked: candidates, head, signalsFor }: Candidates,
): { ranked: Ranked<PassageSentence>[]; years: number[]; ofYears: Ranking['ofYears']; seatAsked: boolean } {
  let ranked = candidates;
  // A question about a month's figures ("…rise in May?") is not answered by another month's ("…in February").
  // Months later in the year than the article's own are plans ("for delivery between May 21 and June 5" in an April
  // article): they date no figures, and the sentence may answer a question about April.
  const asked = monthsIn(question);
  if (asked.size)
    ranked = keepIfAny(ranked, (r) => {
      const named = monthsIn(r.candidate.text);
      const published = Number(ctx.corpus.documents[r.candidate.passage.doc]?.date?.slice(5, 7) ?? 13);
      const ahead = (m: string) => MONTH_NAMES.indexOf(m as (typeof MONTH_NAMES)[number]) + 1 > published;
      return named.size === 0 || [...named].some((m) => asked.has(m)) || [...named].every(ahead);
    });
  // An article published before the month a question names cannot report it: a later one goes first.
  // The same for a day named without a year.
  const dateOf = (r: Ranked<PassageSentence>) => ctx.corpus.documents[r.candidate.passage.doc]?.date;
  const monthsAsked = monthsAskedOf(question);
  if (monthsAsked) ranked = keepIfAny(ranked, (r) => !publishedBefore(monthsAsked, dateOf(r)));
  const daysAsked = daysAskedOf(question);
  if (daysAsked) ranked = keepIfAny(ranked, (r) => !publishedBeforeDays(daysAsked, dateOf(r)));
  // "How many jobs…": a sentence that counts jobs answers; one with some other number does not.
  if (q.kind === 'number' && q.counted && ranked[0]) {
    const sameEvent = countsSameEvent(q, ranked[0]);
    ranked = keepIfAny(
      ranked,
      (r) => holdsAskedKind(q, r.candidate.text, r.features, ctx.vectors, r.candidate.words) && sameEvent(r),
    );
  }
  // "Which country's investors…" is answered by a sentence that names a country the question does not (checked
  // below): such sentences go first.
  if (COUNTRY_ASKED.test(q.text)) ranked = keepIfAny(ranked, (r) => namesCountry(ctx, q, r.candidate));
  // "What did Iran call the operation?": a sentence that names something ("an operation dubbed “Operation…”") answers.
  if (q.naming) ranked = keepIfAny(ranked, (r) => NAMING_PHRASE.test(r.candidate.text));
  // "What model of drone…": a sentence that gives one ("an MQ-9 Reaper drone") answers.
  if (q.modelOf) ranked = keepIfAny(ranked, (r) => designates(q, q.modelOf ?? '', r.candidate.text));
  // "Since when…" asks for a starting point: a sentence that gives one ("…to Iraq since August 2018") goes first,
  // when it scores at least half as well as the best.
  if (SINCE_WHEN.test(question)) {
    const top = ranked[0]?.score ?? 0;
    const giving = ranked.find((r) => r.score >= top * SINCE_SHARE && SINCE_DATE.test(r.candidate.text));
    if (giving) ranked = toFront(ranked, giving);
  }
  // "…after Iraq's invasion of Kuwait in 1990?" asks about 1990: an article from another time that never writes
  // the year is about something else.
  const years = yearsIn(question);
  const aboutByArticle = new Map<number, boolean>();
  const ofYears = (r: Ranked<PassageSentence>) => {
    if (years.length === 0) return true;
    const doc = r.candidate.passage.doc;
    let about = aboutByArticle.get(doc);
    if (about === undefined) aboutByArticle.set(doc, (about = aboutYears(ctx, years, r.candidate.passage)));
    return about;
  };
  ranked = keepIfAny(ranked, ofYears);
  ranked = preferNamesOnTie(ctx, q, ranked);
  ranked = preferKeyWordOnTie(ctx, q, ranked, unmentionedTerms);
  ranked = preferFirstTimeOnTie(ctx, q, ranked);
  // "How much has Wilson Foods paid its creditors under its 1984 plan?": the best sentence tells of the plan but not of
  // the paying; a sentence of its short story (a wire story is about one event) that says the question's verb and
  // holds the amount asked ("…it has paid its creditors 31 mln dlrs plus interest") answers. A long article tells of
  // many events; a name asked for is as often another's beside the verb.
  const best = ranked[0];
  const verbs = QUANTITY_KINDS.has(q.kind) ? questionVerbs(q).filter((v) => !unmentionedTerms.has(v)) : [];
  const short = (b: Ranked<PassageSentence>) => shortStory(ctx, b.candidate.passage) !== null;
  if (verbs.length && best && !verbs.some((v) => holdsTerms(best, [v])) && short(best)) {
    const saying = ranked.find(
      (r) =>
        r.features.type > 0 &&
        sameStory(ctx, r.candidate.passage, best.candidate.passage) &&
        verbs.some((v) => holdsTerms(r, [v])),
    );
    if (saying) ranked = toFront(ranked, saying);
  }
  // "Who took over as chairman…": the best of the first few sentences that says it (the verb, a WordNet synonym, or
  // a succession) answers, before one about the company that does not ("…said its chairman has resigned").
  if (q.whoVerb && ranked[0] && signalsFor(ranked[0]).whoVerbMissing) {
    const saying = ranked.slice(1, WHO_VERB_LOOKAHEAD).find((r) => !signalsFor(r).whoVerbMissing);
    if (saying) ranked = toFront(ranked, saying);
  }
  // "Which bases…": in a near tie, the sentence that names the thing asked for ("bases … at Al-Assad and Irbil")
  // answers; one that only counts it ("two bases in Iraq") does not.
  // Not one that misses the verb a "who took over…" asks about: the sentence that says it stays first.
  if (head)
    ranked = preferOnTie(
      ranked,
      (r) => namedAfter(q, head, r.candidate.text) && !(q.whoVerb && signalsFor(r).whoVerbMissing),
      WHICH_TIE_SHARE,
    );
  // "What kind of truck…": in a near tie, the sentence that says a truck ("a Bongo style truck") tells its kind.
  const kindOf = q.kindOf;
  if (kindOf) ranked = preferOnTie(ranked, (r) => heldTerms(r.candidate).has(kindOf), WHICH_TIE_SHARE);
  // "Which militia did Reuters say…" asks what Reuters said: a sentence that attributes it to another ("LaPorta of
  // Newsweek reported…") gives way to one close behind that names the source ("Reuters claimed…").
  const source = sourceOf(q);
  // Wire copy names the source in full once, then by its last word ("Finance Minister Carl Greenidge said…",
  // "…Greenidge told Reuters"): that word is the source named.
  // A building stands for its body as the source: "the Pentagon spokesman" is the defence department's.
  const named = source.at(-1);
  if (named !== undefined) {
    const said = [named, ...(SEAT_STANDS_FOR.get(named) ?? [])];
    ranked = preferOnTie(ranked, (r) => said.some((t) => holdsTerms(r, [t])), SOURCE_TIE_SHARE);
  }
  // "Who called the march?" asks for someone: a sentence close behind that names a person ("cleric Moqtada al-Sadr
  // convened the march") answers before one that names none ("…following a cleric's call for a turnout").
  if (q.kind === 'name' && WHO_ASKED.test(q.text))
    ranked = preferOnTie(ranked, (r) => namesSomeone(ctx, q, r.candidate), WHO_TIE_SHARE);
  // "Who is Soleimani?", "what is the PMU?": a sentence close behind that says what it is goes first.
  ranked = preferSayingWhat(ctx, q, ranked);
  // "Is ISIS able to fire lots of rockets?" is settled by a sentence about what it names ("…ISIS doesn't have the
  // capability to fire many rockets"), or one in a paragraph about it: those go before the ones that share only its
  // other words. In a near tie, one that says the name itself goes first ("President Trump could address the nation"
  // before "The President had gone into a huddle…").
  if (YES_NO.test(q.text))
    ranked = preferOnTie(
      keepIfAny(ranked, (r) => holdsAName(q, r)),
      (r) => saysAName(q, r),
      WHICH_TIE_SHARE,
    );
  // "Where is Airbus based?": a sentence that gives its seat ("Airbus headquarters in Toulouse") goes first.
  const seatAsked = SEAT_ASKED.test(q.text);
  if (seatAsked) {
    const seat = ranked.slice(0, SEAT_LOOKAHEAD).find((r) => givesSeatOf(q, r.candidate.text));
    if (seat) ranked = toFront(ranked, seat);
  }
  return { ranked, years, ofYears, seatAsked };
}

/** "What did Esper say…": sentences that report someone's words first; in a near tie, those said in the manner asked. */
function preferWordsAsked(
  ctx: AnswerContext,
  q: Question,
  candidates: Ranked<PassageSentence>[],
): { ranked: Ranked<PassageSentence>[]; wordsAsked: boolean; speaker: string | null } {
  let ranked = candidates;
  // "What did Esper say…": a sentence that reports someone's words answers, before one that reports none.
  const wordsAsked = wordsAskedOf(q.text) !== null;
  const speaker = wordsAsked ? speakerAsked(ctx, q) : null;
  if (wordsAsked) ranked = keepIfAny(ranked, (r) => reportsWordsOf(speaker, r));
  // "What did Trump tweet…" asks for the words of a tweet: of sentences close behind one another, the one that says
  // so ("wrote on Twitter") answers before words he told reporters. "Say" is any way of saying.
  const manner = wordsAsked ? mannerAsked(q) : null;
  if (manner) ranked = preferOnTie(ranked, (r) => saysInManner(ctx, manner, r), MANNER_TIE_SHARE);
  return { ranked, wordsAsked, speaker };
}

/**
 * "Who is X?", "what is the PMU?": every sentence naming X holds the whole question, so the ranker's scores part them
 * only by the rest; one that says what X is goes first from this share of the best.
 */
const DEFINITION_TIE_SHARE = 0.8;

/**
 * Of the sentences close behind the best, the one that says best who the person asked about is ("He was head of
 * Iran's elite Quds Force", "…, the deputy commander…"; less, "General Qassem Soleimani") goes first; for initials
 * asked about, the one that spells them out and says what the body is ("the Popular Mobilization Units, a
 * paramilitary unit…"), in an article that writes them.
 */
function preferSayingWhat(
  ctx: AnswerContext,
  q: Question,
  ranked: Ranked<PassageSentence>[],
): Ranked<PassageSentence>[] {
  const person = personAsked(q.text);
  const initials = initialsDefined(q.text);
  const best = ranked[0];
  if ((!person && !initials) || !best) return ranked;
  const written = initials ? writtenIn(initials) : null;
  const says = (r: Ranked<PassageSentence>) =>
    person
      ? introduces(r.candidate.text, person)
      : definesInitials(r.candidate.text, initials ?? '') && written?.(storyText(ctx, r.candidate.passage))
        ? 2
        : 0;
  let top: Ranked<PassageSentence> | undefined;
  let level = says(best);
  for (const r of ranked) {
    if (r.score < best.score * DEFINITION_TIE_SHARE) continue;
    const l = says(r);
    if (l > level) [top, level] = [r, l];
  }
  return top ? toFront(ranked, top) : ranked;
}

/**
 * "Who is Soleimani?", "who was Qassem Soleimani": the surname's term of the person asked about. Not a role or a
 * clause ("who was the prime minister of Iraq", "who is leading the coalition"): no article, small word or -ing.
 */
function personAsked(question: string): string | undefined {
  const named = PERSON_ASKED.exec(question)?.[1];
  if (!named || named.split(/\s+/).some((w) => STOP_WORDS.has(w.toLowerCase()) || /ing$/i.test(w))) return undefined;
  return terms(named).at(-1);
}
const PERSON_ASKED = /^\W*who\s+(?:is|was)\s+([\p{L}'’. -]+?)\s*\??\s*$/iu;
