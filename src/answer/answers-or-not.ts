// Whether the best sentence answers: its signals against their limits, and a check of each thing the question asks
// that it must say; else whether the article the question names by its headline does, and why nothing answers.
import { sentenceWords, type SentenceWords } from '../nlp/sentence-words.js';
import { terms } from '../nlp/terms.js';
import { heldTerms, rarestTerm, storyText, type AnswerContext, type PassageSentence } from './context.js';
import { NAME_HEAD_TERMS } from './question.js';
import { occasionsAsked, onlyPossibleFigures, toldOnlyAhead } from './planned.js';
import { decisionUntold, outcomeUntold, signingUntold, winUntold } from './outcome.js';
import { figureWithheld, headWithheld, nameWithheld } from './withheld.js';
import { asksSomeone, namesNew, namesSomeone, nationalityHeld, otherOffice, roleCountryBeside } from './people.js';
import { holdsAmount, type Ranked } from './ranker.js';
import { counts } from './counting.js';
import {
  type AnswerSignals,
  articleNamed,
  MAX_NAMED_MISSING,
  MAX_NAMED_MISSING_NAMING,
  MIN_ARTICLE_COVERAGE_NAME_MISSING,
  articleSaysTooLittle,
  MIN_COVERAGE,
  MIN_EVENT_FOR_DATE,
  MIN_PREDICATE,
  MIN_PREDICATE_WITH_UNMENTIONED,
  TABLE_KINDS,
  unknownCompanies,
} from './signals.js';
import {
  namesByFullName,
  PREDECESSOR_ASKED,
  roleHeld,
  SUCCESSOR_ASKED,
  tellsHolder,
  tellsPredecessor,
  tellsSuccession,
} from './office-holder.js';
import {
  actUntold,
  becomingUntold,
  endingUntold,
  givesTime,
  onlyMonthAsked,
  onNamedDay,
  MONTH_TERMS,
  publishedBeforeDayAsked,
  publishedBeforeMonthAsked,
} from './times-asked.js';
import { lexicalVerbs } from './question-words.js';
import { NAMING_PHRASE, namesOne, tellsOnlyUnnamed } from './naming.js';
import {
  authorshipUntold,
  CHANGE_ASKED,
  COUNTRY_ASKED,
  educationUntold,
  foundingUntold,
  productsUntold,
  figureAskedUntold,
  fillsAskedSlot,
  givesSeatOf,
  holdsAName,
  holdsAskedKind,
  kindUntold,
  namesCountry,
  QUANTITY_KINDS,
  reasonGiven,
  thingAskedUntold,
  YES_NO,
} from './asked-kind.js';
import { reportsWordsOf, topicNameUnsaid, topicUntold } from './words-asked.js';
import type { Searched } from './question-search.js';
import type { Ranking } from './ranking.js';

export interface Decision {
  answers: boolean;
  /** The ranked sentences; when the article the question names answers, its passage's. */
  ranked: Ranked<PassageSentence>[];
  /** The best sentence, that answers or not. */
  leader: Ranked<PassageSentence> | undefined;
}

/** Whether the best of the ranked sentences answers (its signals go to `trace`). */
export function answersOrNot(
  ctx: AnswerContext,
  s: Searched,
  ranking: Ranking,
  trace?: (signals: AnswerSignals) => void,
): Decision {
  const { q, hits, unknown, headAsked } = s;
  const { signalsFor, roleSaid, personNamed, namesHolder } = ranking;
  let { ranked } = ranking;
  const leader = ranked[0];
  // What the question asks of the person, the sentence that gave the role says (the one naming them may not).
  const said = roleSaid && leader === personNamed ? signalsFor(roleSaid) : null;
  const signals = leader
    ? {
        ...signalsFor(leader),
        ...(said ? { predicate: said.predicate, predicateAsMeant: said.predicateAsMeant } : {}),
        unmentioned: unknown.share,
        type: leader.features.type,
        kind: q.kind,
        near: leader.features.answerNear,
      }
    : null;
  if (signals && trace) trace(signals);
  // "Which article of the UN Charter did Zarif invoke?": a sentence with the question's names that names the thing
  // asked for ("…under Article 51 of UN Charter") answers, though it says the verb otherwise ("in self-defense").
  // "Who is the head of NATO?" the same, by a sentence that names someone with NATO's top office beside it, or says
  // who runs the body ("Kataib Hezbollah is run by…").
  const namesAsked =
    leader !== undefined &&
    ((q.whichHead !== undefined && namesOne(q, q.whichHead, leader.candidate.text)) ||
      (headAsked && namesHolder(leader.candidate)));
  // The leading sentence's article, which several checks below read.
  const leaderArticle = leader ? storyText(ctx, leader.candidate.passage) : '';
  let answers = leaderAnswers(ctx, s, ranking, { leader, signals, namesAsked, leaderArticle });
  if (leader && !answers && !q.modelOf) {
    // The question may name an article rather than a fact in it ("Hechinger Co 4th qtr net"):
    // then that article's own passage answers, though its sentences (a table of figures) share no words.
    // Not a model asked for ("what model of drone…"): a title naming the drone strike gives none.
    const named = articleNamed(ctx, q, hits.slice(0, 3));
    // Only for what a table gives (figures, or what happened), and a sum or a count only where it holds one: "How much did TDK
    // invest in the venture?" is not answered by the passage of "TDK, ALLEN-BRADLEY SET UP JOINT VENTURE" that gives
    // none, nor "Who is the chairman of Tofutti Brands?" by "TOFUTTI BRANDS CHANGES FISCAL YEAR".
    const text = named !== null ? (ctx.corpus.passages[named]?.text ?? '') : '';
    // Read once, and only for a sum or a count asked.
    let sw: SentenceWords | undefined;
    const passageWords = () => (sw ??= sentenceWords(text));
    const sumAsked = q.kind === 'money' || q.kind === 'percent';
    if (
      named !== null &&
      TABLE_KINDS.has(q.kind) &&
      (!sumAsked || holdsAmount(q, passageWords(), CHANGE_ASKED.test(q.text))) &&
      // "How many…" the same: a passage that counts nothing of what is asked gives no count.
      (q.counted === undefined ||
        counts(q.counted, passageWords(), text, ctx.vectors, [], new Set(q.terms), q.countVerb, q.countDone)) &&
      // Nor an article published before the time asked, which cannot report it.
      !publishedBeforeAsked(s.question, ctx.corpus.documents[ctx.corpus.passages[named]?.doc ?? -1]?.date)
    ) {
      ranked = ranked.filter((r) => r.candidate.passage.id === named);
      answers = ranked.length > 0;
    }
  }
  return { answers, ranked, leader };
}

/** What the checks read of the best sentence. */
interface Leading {
  leader: Ranked<PassageSentence> | undefined;
  signals: AnswerSignals | null;
  /** It names the thing asked for, or the holder of the office asked about. */
  namesAsked: boolean;
  leaderArticle: string;
}

/** The best sentence answers: its signals pass their limits, and it says each thing the question asks. */
function leaderAnswers(
  ctx: AnswerContext,
  { q, question, dated, unknown, expansions, headAsked }: Searched,
  { ranked, fromElsewhere, restated, saysOfQuestion, ofYears, roleSaid, wordsAsked, speaker, seatAsked }: Ranking,
  { leader, signals, namesAsked, leaderArticle }: Leading,
): boolean {
  return (
    leader !== undefined &&
    signals !== null &&
    signals.namedMissing < (fromElsewhere ? MAX_NAMED_MISSING_NAMING : MAX_NAMED_MISSING) &&
    // A name the article lacks weighs little alone; with under half the question in the article, it is about
    // something else ("…the ozone protocol in Montreal in September" of a chip pact signed "last September").
    // Words the sentence says otherwise are in it too ("resuming operations" for "restarted operations"), when it
    // says some of what is asked in the question's own words: near words alone make any sentence of the names fit.
    !(
      !fromElsewhere &&
      signals.namedMissing > 0 &&
      Math.max(signals.articleCoverage, signals.event > 0 ? signals.coverage + signals.soft : 0) <
        MIN_ARTICLE_COVERAGE_NAME_MISSING
    ) &&
    // Not for a question naming a day ("What happened on January 5?"): the day, not its words, finds the article.
    !(dated === null && articleSaysTooLittle(q.kind, signals.articleCoverage)) &&
    signals.unknownNames === 0 &&
    unknownCompanies(ctx, q) === 0 &&
    (unknown.share === 0 || signals.predicate >= MIN_PREDICATE_WITH_UNMENTIONED || q.kind === 'reason' || namesAsked) &&
    // A day's events, and a cause given in the sentence after the event ("Moody's cited…"), hold little of it.
    // Its two-word verbs read as meant: a sentence that does not say "took over" does not say who took over.
    (Math.min(signals.predicate, signals.predicateAsMeant) >= MIN_PREDICATE ||
      q.kind === 'reason' ||
      dated !== null ||
      namesAsked) &&
    !signals.whoVerbMissing &&
    // "Who is the Canadian general…": the person named must be said to be Canadian.
    nationalityHeld(q, leader.candidate) &&
    roleCountryBeside(q, leader.candidate.text) &&
    // "Who replaced Soleimani…" asks for a successor: a sentence that tells none ("He was head of the Quds Force") does
    // not say who, as for "who took over".
    !(SUCCESSOR_ASKED.test(q.text) && !tellsSuccession(leader.candidate.text)) &&
    // "Who was Britain's Chancellor of the Exchequer before Nigel Lawson?" asks for a predecessor: a sentence about
    // Lawson that tells of no one before him does not say who.
    !(PREDECESSOR_ASKED.test(q.text) && !tellsPredecessor(leader.candidate.text)) &&
    (holdsAskedKind(q, leader.candidate.text, leader.features, ctx.vectors, leader.candidate.words) ||
      namesByFullName(ctx, q, leader.candidate)) &&
    // "When did X resign?" is answered by a sentence dated on the resignation, which says "resign": a sentence
    // about X dated on the day it was said ("Weinberger said today…") dates something else.
    !(q.kind === 'date' && (signals.event < MIN_EVENT_FOR_DATE || signals.verbMissing)) &&
    // "When is the meeting…" is answered by a sentence that says when: one without a date gives none.
    !(q.kind === 'date' && dated === null && !givesTime(leader.candidate, q.terms)) &&
    !(q.kind === 'date' && dated === null && onlyMonthAsked(q.text, leader.candidate)) &&
    !(q.kind === 'date' && becomingUntold(q.text, leader.candidate.text)) &&
    !(q.kind === 'date' && endingUntold(q.text, leader.candidate.text)) &&
    !(q.kind === 'date' && actUntold(q.text, lexicalVerbs(q), leader.candidate.text)) &&
    // "Did the Army end up buying Rapier missiles?" of "The Army has been considering buying…": what came of it is
    // not told.
    !outcomeUntold(q.text, () => lexicalVerbs(q), leader.candidate.text) &&
    // "Who won the bidding war for RJR Nabisco?" of a sentence that tells no win.
    !winUntold(q.text, leader.candidate.text) &&
    // "Did the Federal Cartel Office approve the takeover?" of "…lodged an application … for approval": no ranked
    // sentence of the leader's article tells a decision made, either way.
    !untoldInArticle(ranked, leader, (text) => decisionUntold(q.text, text)) &&
    // "When did Reagan and Gorbachev sign the INF treaty?": no sentence of the leader's article that ranks tells a
    // signing ("…the telex was signed by Carlos Hernandez" may follow the sentence that leads).
    !untoldInArticle(ranked, leader, (text) => signingUntold(q.text, text)) &&
    // "Who led the August 1987 coup attempt…" of a February article: it cannot report what came after it. The
    // question as asked: the days it names ("…on December 31, 1987") are not among the words searched.
    !publishedBeforeAsked(question, ctx.corpus.documents[leader.candidate.passage.doc]?.date) &&
    // "What net loss did Calumet report for the quarter?" of "In the same year-ago period the company reported net
    // income of…": a figure the sentence sets in the year before tells of another period than the one asked.
    // The same where the sentence's figures all follow "year-ago" ("…down from the comparable year-ago quarter, when
    // Salomon earned 117 mln dlrs").
    !(QUANTITY_KINDS.has(q.kind) && figuresOfYearBefore(leader.candidate.text) && !EARLIER_ASKED.test(q.text)) &&
    // The sentence that names the answer may say little of the question when one of its article restates it.
    (signals.coverage + signals.soft >= MIN_COVERAGE ||
      (restated !== null && saysOfQuestion(restated) >= MIN_COVERAGE) ||
      (dated !== null && onNamedDay(ctx, leader, dated) !== null)) &&
    ofYears(leader) &&
    // "What caused the explosion…" is answered by a cause: the sentence, or the rest of its paragraph after it, gives one.
    (q.kind !== 'reason' || reasonGiven(ranked, leader, q)) &&
    (!asksSomeone(q) || (namesSomeone(ctx, q, leader.candidate) && !otherOffice(ctx, q, leader.candidate.text))) &&
    roleHeld(ctx, q, roleSaid ?? leader) &&
    // "Who runs Greenery Rehabilitation Group?" of "…the facilities are operated by Greenery Rehabilitation": no
    // sentence of its article names someone as holding an office or leading; the answer cannot say who.
    (!headAsked || namesAsked || saidInArticle(ranked, leader, (c) => tellsHolder(ctx, q, c))) &&
    // "Which national underwriting firm signed…" of an article that says only "a national underwriting firm". Not a
    // country: one is named without the word ("backers apart from Britain"), and the country check below reads names.
    // "Who was the Iraqi paramilitary chief killed…" of one that says only "an Iraqi paramilitary chief", the same.
    !(
      q.kind === 'name' &&
      (q.whichHead ?? q.whoHead) !== undefined &&
      !namesAsked &&
      !COUNTRY_ASKED.test(q.text) &&
      tellsOnlyUnnamed(q.whichHead ?? q.whoHead ?? '', leaderArticle, q.named)
    ) &&
    (!YES_NO.test(q.text) || holdsAName(q, leader)) &&
    !(q.kindOf !== undefined && kindUntold(q, q.kindOf, leader.candidate.text)) &&
    // "What were the naval drills called?" asks for a name given: a sentence that gives none ("Iran is holding naval
    // drills with Russia") does not say what they were called.
    !(q.naming === true && !NAMING_PHRASE.test(leader.candidate.text)) &&
    // "What did Esper say…" is answered by words someone reports, not by what Esper was seen doing.
    (!wordsAsked || reportsWordsOf(speaker, leader)) &&
    !topicUntold(q.text, leader.candidate.text) &&
    // "What did Stoltenberg say about Canada's troops?" is answered by his words on Canada, not on NATO's next steps.
    !(wordsAsked && topicNameUnsaid(q, leader)) &&
    // "What country is Stoltenberg from?" is answered by a sentence that names a country the question does not.
    (!COUNTRY_ASKED.test(q.text) || namesCountry(ctx, q, leader.candidate)) &&
    // "Where is Texaco based?" of "the ruling based on facts…": the word in another sense tells no place.
    !(seatAsked && !givesSeatOf(q, leader.candidate.text)) &&
    // "In which city…", "which two units…" ask for something named: a sentence that names nothing the question does
    // not ("Data General president Edson de Castro said…" for "In which city is Data General holding its exposition")
    // does not say which.
    !(
      q.kind === 'name' &&
      q.whichHead !== undefined &&
      (NAME_HEAD_TERMS.has(q.whichHead) || NAMED_BODIES.has(q.whichHead)) &&
      !namesAsked &&
      !namesNew(ctx, q, leader.candidate) &&
      !namesCountry(ctx, q, leader.candidate)
    ) &&
    // "How much did Pan Am's Atlantic division lose?" of an article that says "did not say how much the Atlantic
    // division lost": a sentence that does not say the division gives another figure.
    !figureWithheld(q, leaderArticle, heldTerms(leader.candidate)) &&
    // "…say in his statement" asks about one made: an article that tells of it only ahead says nothing of it.
    !occasionsAsked(q.text).some((o) => toldOnlyAhead(leaderArticle, o)) &&
    // "From which Iranian city were the missiles fired?" of "…launched from Iran": "from" names nothing new.
    fillsAskedSlot(q, leader.candidate.text) &&
    !placeOnlyAside(ctx, q, leader.candidate) &&
    !(WHERE_ASKED.test(q.text) && !PLACE_SAID.test(leader.candidate.text)) &&
    !educationUntold(q.text, leader.candidate.text) &&
    !authorshipUntold(q.text, leader.candidate.text) &&
    !foundingUntold(q.text, leader.candidate.text) &&
    // "What does DeRose Industries make?": no sentence of the leader's article that ranks tells of making or goods.
    !untoldInArticle(ranked, leader, (text) => productsUntold(q.text, text)) &&
    // "How old is Jens Stoltenberg?": an age is someone's, so the sentence must name whose ("Soleimani, 62" is not his).
    !(q.kind === 'age' && !holdsRarestName(ctx, q, leader.candidate)) &&
    // "How much did Ford's First Nationwide offer for Financial Corp?" of "…Chrysler is buying American Motors for
    // about two billion dlrs": a sum is someone's, and the sentence must say whose.
    !(q.kind === 'money' && !sumOwnerSaid(ctx, q, leader.candidate)) &&
    !(q.kind === 'other' && thingAskedUntold(ctx, q.text, leader.candidate, expansions)) &&
    !(QUANTITY_KINDS.has(q.kind) && figureAskedUntold(ctx, q.text, leader.candidate, expansions)) &&
    // "How many years in prison was Deaver sentenced to?" of "…faces a maximum penalty of 25 years if convicted".
    !(QUANTITY_KINDS.has(q.kind) && onlyPossibleFigures(q.text, leader.candidate.text)) &&
    // "Which central banks bought the 16.1 billion marks…?" of "…the Bundesbank said, without naming the banks".
    !(!namesAsked && nameWithheld(q, leader.candidate.text)) &&
    // The same said in another sentence of the article, of the thing asked: "…one of the world's largest condom
    // maker, which it did not identify".
    !(!namesAsked && saidInArticle(ranked, leader, (c) => headWithheld(q, c.text)))
  );
}

/** Whether some ranked sentence of the leading sentence's article is one `said` looks for. */
function saidInArticle(
  ranked: readonly Ranked<PassageSentence>[],
  leader: Ranked<PassageSentence>,
  said: (candidate: PassageSentence) => boolean,
): boolean {
  const doc = leader.candidate.passage.doc;
  return ranked.some((r) => r.candidate.passage.doc === doc && said(r.candidate));
}

/** Whether no ranked sentence of the leading sentence's article tells what `untold` finds missing. */
function untoldInArticle(
  ranked: readonly Ranked<PassageSentence>[],
  leader: Ranked<PassageSentence>,
  untold: (text: string) => boolean,
): boolean {
  return !saidInArticle(ranked, leader, (c) => !untold(c.text));
}

/**
 * Bodies of business known by their names, as a city or a company is: "Which banks are Hawkeye's principal
 * creditors?" is not answered by "…a debt restructuring package with its principal creditors".
 */
const NAMED_BODIES: ReadonlySet<string> = new Set(
  terms('bank firm airline carrier insurer lender creditor underwriter broker brokerage bidder buyer exchange'),
);

/** A sentence that opens in the year before: "In the year-ago period…", "In the year-earlier second quarter…". */
const YEAR_AGO_FIRST =
  /^\W*(?:in|for|during)\s+the\s+(?:same\s+)?(?:year[- ]ago|year[- ]earlier|prior[- ]year|previous[- ]year)\b/iu;
/** The year before, anywhere in a sentence. */
const YEAR_AGO =
  /\b(?:year[- ]ago|year[- ]earlier|a\s+year\s+(?:ago|earlier|before)|prior[- ]year|previous[- ]year)\b/iu;

/** The sentence sets its figures in the year before: it opens there, or writes no digit until it names it. */
function figuresOfYearBefore(text: string): boolean {
  if (YEAR_AGO_FIRST.test(text)) return true;
  const m = YEAR_AGO.exec(text);
  return m !== null && !/\d/.test(text.slice(0, m.index)) && /\d/.test(text.slice(m.index));
}

/** A question that asks of an earlier period itself ("a year earlier", "last year", "the prior quarter"). */
const EARLIER_ASKED =
  /\b(?:year[- ]ago|year[- ]earlier|a\s+year\s+(?:before|earlier)|last\s+year|previous|prior|ago)\b/iu;

/** "Where…" asks for a place. */
const WHERE_ASKED = /^\W*where\b/iu;
/**
 * Words that say where: a preposition of place, a seat ("Miami-based", "headquarters"), or an adverb of place. A
 * sentence with none ("Novell said its CXI unit has introduced … gateway products") tells no place.
 */
const PLACE_SAID =
  /\b(?:in|at|near|inside|outside|from|into|onto|across|off|around|throughout|between|within|along|beside|beyond|toward|towards|to|on|over|under|via|through)\b|-based\b|\bheadquarter|\b(?:here|there|abroad|overseas|nationwide|worldwide|locally|offshore|onshore|home)\b/iu;
/** A sentence that opens with a clause of its own, set apart by a comma ("While the attack near Kirkuk…, Iran is…"). */
const ASIDE_FIRST = /^\W*(?:while|although|though|whereas|as)\b([^,]{3,}),\s*(.+)$/isu;

/**
 * "Where are Iran's naval drills taking place?" of "While the rocket attack near Kirkuk could lead to a crisis, Iran
 * is holding naval drills with Russia and China…": the place named is the opening clause's, about another event; the
 * clause that tells of what is asked names none.
 */
function placeOnlyAside(ctx: AnswerContext, q: Searched['q'], c: PassageSentence): boolean {
  if (!WHERE_ASKED.test(q.text)) return false;
  const m = ASIDE_FIRST.exec(c.text);
  if (!m) return false;
  const [aside, main] = [m[1] ?? '', m[2] ?? ''];
  const asked = q.terms.filter((t) => !q.named.has(t));
  const inMain = new Set(terms(main));
  const inAside = new Set(terms(aside));
  // The clause after the comma is the one that tells what is asked.
  if (asked.filter((t) => inMain.has(t)).length <= asked.filter((t) => inAside.has(t)).length) return false;
  return namesNew(ctx, q, { ...c, text: aside }) && !namesNew(ctx, q, { ...c, text: main });
}

/**
 * The sentence names (or refers to) the question's rarest name, by any of its words ("Soleimani" for "Qassem
 * Soleimani"); true for a question that names none.
 */
function holdsRarestName(ctx: AnswerContext, q: Searched['q'], c: PassageSentence): boolean {
  const rarest = rarestTerm(ctx, q.named);
  return rarest === undefined || nameOf(q, rarest).some((t) => heldTerms(c).has(t));
}

/** The words of the question's name that holds `term` ("qassem soleimani" for "soleimani"), or the term alone. */
function nameOf(q: Searched['q'], term: string): readonly string[] {
  return q.names?.find((name) => name.includes(term)) ?? [term];
}

/**
 * Whether the sentence's sum can be of the question's rarest name (its owner): the sentence says the name (or refers
 * to it), its article's headline does ("JAMES HARDIE NET PROFIT RISES" over "The building products group reported net
 * earnings…"), or, saying another of the question's names ("The Navy settled the claims…"), its paragraph does.
 */
function sumOwnerSaid(ctx: AnswerContext, q: Searched['q'], c: PassageSentence): boolean {
  // A month or a year names when, not whose ("…win its contract … in late April 1987").
  const owners = [...q.named].filter((t) => !MONTH_TERMS.has(t) && !/\d/.test(t));
  const rarest = rarestTerm(ctx, owners);
  if (rarest === undefined) return true;
  const name = nameOf(q, rarest);
  const have = heldTerms(c);
  if (name.some((t) => have.has(t))) return true;
  const headline = new Set(terms(ctx.corpus.documents[c.passage.doc]?.title ?? ''));
  if (name.some((t) => headline.has(t))) return true;
  const paragraph = new Set(terms(c.passage.text));
  return owners.some((t) => have.has(t)) && name.some((t) => paragraph.has(t));
}

/** Why nothing answers, as the reply says it. */
export function whyNotAnswered(
  { dated, unknown }: Searched,
  { years, ofYears }: Ranking,
  leader: Ranked<PassageSentence> | undefined,
): string {
  return dated
    ? 'Nothing in the articles is dated on that day and answers the question. Try /timeline for the day.'
    : leader && !ofYears(leader)
      ? `The articles that match are from other years and never mention ${years.join(' or ')}.`
      : unknown.words.length
        ? `The articles never mention ${unknown.words.map((w) => `“${w}”`).join(' or ')} (nor a word that means the same), and nothing else answers the question.`
        : 'The articles mention some of those words, but nothing that answers the question.';
}

/** Whether an article published on `published` came out before the month, or the day, the question names. */
function publishedBeforeAsked(question: string, published: string | null | undefined): boolean {
  return publishedBeforeMonthAsked(question, published) || publishedBeforeDayAsked(question, published);
}
