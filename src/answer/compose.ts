// A question → the answer: 1–3 sentences (≤ 400 characters, 560 for a near tie) with citation
// markers, and the passages they cite.
import type { Passage, SourceDocument } from '../corpus/types.js';
import { sentenceWords } from '../nlp/sentence-words.js';
import { termSpans } from '../nlp/terms.js';
import { truncate } from '../util/text.js';
import { MONTH_NAMES } from '../util/calendar-names.js';
import { longDay, parseIsoDay } from '../dates/calendar.js';
import { datesInQuestion, pastBeyond, whenLead } from './answer-dates.js';
import { cleanQuestion, QUESTION_MAX_CHARS, withoutRequest } from './clean-question.js';
import { excerpt, type Excerpt } from './excerpt.js';
import { FURTHER_LIMIT, furtherIds } from './further.js';
import { NAME_HEAD_TERMS, parseQuestion } from './question.js';
import { occasionsAsked, toldOnlyAhead } from './planned.js';
import { figureWithheld } from './withheld.js';
import {
  heldTerms,
  newestArticleDay,
  sameStory,
  storyText,
  type AnswerContext,
  type PassageSentence,
} from './context.js';
import {
  asksSomeone,
  NAME_CAPITAL_SHARE,
  nameLead,
  namesNew,
  namesSomeone,
  opensWithName,
  otherOffice,
} from './people.js';
import { givesCause, holdsAmount, type Ranked } from './ranker.js';
import { EXPANSION_WEIGHT, expansionsFor, PHRASE_SIMILARITY } from './expand.js';
import {
  type AnswerSignals,
  articleNamed,
  MAX_NAMED_MISSING,
  MAX_NAMED_MISSING_NAMING,
  MIN_ARTICLE_COVERAGE_NAME_MISSING,
  MIN_COVERAGE,
  MIN_EVENT_FOR_DATE,
  MIN_PREDICATE,
  MIN_PREDICATE_WITH_UNMENTIONED,
  MIN_UNMENTIONED_SHARE,
  signalsOf,
  TABLE_KINDS,
  unknownCompanies,
} from './signals.js';
import { closestMatch, namesThing, phrasalMeanings, phraseWords, standIns, unmentioned } from './question-words.js';
import {
  asksHead,
  HEAD_ASKING,
  headedBy,
  holdsOffice,
  namesByFullName,
  roleAtBodyAsked,
  roleHeld,
  SUCCESSOR_ASKED,
  tellsSuccession,
  TOP_OFFICES,
  WHO_ASKED,
  WHO_VERB_LOOKAHEAD,
} from './office-holder.js';
import {
  aboutYears,
  articleBoostFor,
  givesTime,
  monthsIn,
  onNamedDay,
  preferNamedDays,
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
  rolesOf,
  withDatedPassages,
  withNextParagraphs,
  withReferringParagraphs,
} from './candidates.js';
import {
  designates,
  namedAfter,
  names,
  namesOne,
  NAMING_PHRASE,
  numbersOne,
  roleOfAnother,
  tellsOnlyUnnamed,
} from './naming.js';
import {
  countsSameEvent,
  holdsTerms,
  inItsStead,
  keepIfAny,
  preferKeyWordOnTie,
  preferNamesOnTie,
  preferOnTie,
  saysOtherWords,
  SOURCE_TIE_SHARE,
  toFront,
  WHICH_TIE_SHARE,
  WHO_TIE_SHARE,
} from './preferences.js';
import {
  BASED_ON,
  CHANGE_ASKED,
  COUNTRY_ASKED,
  givesSeatOf,
  holdsAName,
  holdsAskedKind,
  kindUntold,
  namesCountry,
  NUMBER_KINDS,
  reasonGiven,
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
  WORDS_ASKED,
} from './words-asked.js';
import { ANSWER_STRETCH_CHARS, chooseSentences, MARKER_CHARS, withoutHeadline } from './answer-text.js';

export const MAX_CITATIONS = 5;

/** Further passages are cited when they score at least this share of the best passage. */
const CITE_SHARE = 0.35;
/** Hits of the question's search: candidates, citations, and further sources after them. */
const SEARCH_HITS = 20 + MAX_CITATIONS;

export interface Citation {
  n: number;
  passage: Passage;
  document: SourceDocument;
  excerpt: Excerpt;
}

export interface SearchStats {
  passages: number;
  documents: number;
  ms: number;
}

export type AskResult =
  | {
      kind: 'answer';
      question: string;
      /** The answer with citation markers, e.g. "… troops there. [1]" */
      answer: string;
      /** For "when" questions, the date the answer resolves to: "On Tuesday 7 January 2020 (Tuesday evening):". */
      lead?: string;
      /** The same, sentence by sentence, each with the number of the citation it rests on. */
      sentences: { text: string; citation: number }[];
      citations: Citation[];
      /** Passage ids of further sources ("More sources"), from the same search, best first. */
      further?: number[];
      /** Query terms, for highlighting. */
      terms: string[];
      stats: SearchStats;
    }
  | { kind: 'not-found'; question: string; message: string; suggestions: string[]; stats: SearchStats }
  | { kind: 'invalid'; question: string; message: string };

/** What is wrong with a question before any search (empty, too long); null when it can be asked. */
export function invalidQuestion(raw: string): Extract<AskResult, { kind: 'invalid' }> | null {
  const question = cleanQuestion(raw);
  if (!question)
    return { kind: 'invalid', question, message: 'The question is empty. Ask about something in the articles.' };
  if (question.length > QUESTION_MAX_CHARS)
    return {
      kind: 'invalid',
      question: truncate(question, 80),
      message: `The question is ${question.length.toLocaleString('en-US')} characters long; the limit is ${QUESTION_MAX_CHARS}. Ask about one thing at a time.`,
    };
  return null;
}

export function ask(ctx: AnswerContext, raw: string, trace?: (signals: AnswerSignals) => void): AskResult {
  const t0 = performance.now();
  const invalid = invalidQuestion(raw);
  if (invalid) return invalid;
  const shown = cleanQuestion(raw);
  // "Can you tell me who…": the question inside the request is what is read; the reply shows it as asked.
  const question = withoutRequest(shown);
  const stats = () => ({
    passages: ctx.corpus.passages.length,
    documents: ctx.corpus.documents.length,
    ms: performance.now() - t0,
  });
  const dated = ctx.timeline ? datesInQuestion(question, ctx.timeline) : null;
  // The words that name a day are matched through the timeline, not as search terms.
  const searchText = dated ? dated.rest : question;
  const store = ctx.sentences;
  let q = parseQuestion(searchText, store ? (t) => (store.capitalShare(t) ?? 0) >= NAME_CAPITAL_SHARE : undefined);
  const notFound = (message: string): AskResult => ({
    kind: 'not-found',
    question: shown,
    message,
    suggestions: ctx.index.suggest(question),
    stats: stats(),
  });
  if (q.terms.length === 0 && !dated)
    return notFound('The question has no words to search for (only very common words).');
  const newest = newestArticleDay(ctx);
  // Not a day the timeline holds events on ("What happened on January 9?" after the last article: what was planned).
  const beyond = newest && !dated ? pastBeyond(question, newest) : null;
  const newestDay = beyond && newest ? parseIsoDay(newest) : null;
  if (beyond && newestDay)
    return notFound(`The articles end on ${longDay(newestDay)}: they cannot tell what happened in ${beyond}.`);

  const expansions = expansionsFor(q, ctx.vectors);
  expansions.push(...standIns(ctx, q, expansions));
  // "Who heads the Bundesbank?" is answered by "Bundesbank President Karl Otto Poehl": its role word stands for the
  // body's top office, whose titles are searched for as a WordNet word is for a two-word verb.
  const headAsked = q.kind === 'name' && asksHead(q);
  const role = headAsked ? q.terms.find((t) => HEAD_ASKING.has(t)) : undefined;
  // The titles' weight, which the role word itself takes in the search too.
  const titleWeight = EXPANSION_WEIGHT * PHRASE_SIMILARITY;
  if (role)
    for (const t of TOP_OFFICES)
      if (!q.terms.includes(t) && ctx.index.stats.df.has(t))
        expansions.push({ term: t, weight: titleWeight, for: role });
  // The one search: the answer, its citations and the further sources all come from these hits.
  const articleBoost = articleBoostFor(ctx, question);
  const searched = q.terms.length
    ? ctx.index.search(q.query, SEARCH_HITS, {
        expansions,
        ...(articleBoost ? { articleBoost } : {}),
        // Its role word counts no more than the titles it stands for: "head" is in many more passages ("former
        // Bank of Japan head", "head of the bank's credit department") than name the governor.
        ...(role ? { termWeights: new Map([[role, titleWeight]]) } : {}),
      })
    : [];
  const hits = dated ? withDatedPassages(ctx, searched, dated) : searched;
  if (hits.length === 0) return notFound('Nothing in the articles matches the question.');
  // A word the question turns on that no article uses, nor any synonym of it ("Where was he buried?"):
  // the articles never speak of it, and a passage about the rest would answer another question.
  // Unless the question names an article by its headline: then it asks what that article says.
  const unknown = dated ? { words: [], terms: [], share: 0, rest: true } : unmentioned(ctx, q, expansions);
  if (
    unknown.share >= MIN_UNMENTIONED_SHARE &&
    // One such word in a question whose other content words are there is a word the articles say otherwise
    // ("Which article did Zarif invoke?"); a question of names and that word is about it ("Where was X born?").
    // So are several when none names a thing: verbs and adjectives ("the highest figure floated") are the asker's
    // wording more often than a topic the articles lack ("the passenger plane", "the funeral").
    (!unknown.rest || (unknown.words.length > 1 && unknown.words.some(namesThing))) &&
    articleNamed(ctx, q, hits.slice(0, 3)) === null
  )
    return notFound(
      `The articles never mention ${unknown.words.map((w) => `“${w}”`).join(' or ')} (nor a word that means the same).`,
    );
  const unmentionedTerms = new Set(unknown.terms);
  const phrasal = phrasalMeanings(q, ctx.vectors);
  const matched = new Set(hits.flatMap((h) => h.matched));
  const saidAs = phraseWords(expansions, hits, matched);
  // What the question says of its article ("…in the report on NATO expanding its mission") found the article; the
  // sentence is chosen, and checked, on what it asks. Its names stay: the article must hold them.
  const context = new Set(q.articleContext);
  q = {
    ...q,
    terms: q.terms
      .filter((t) => !context.has(t) || q.named.has(t))
      .map((t) => saidAs.get(t) ?? closestMatch(t, matched)),
    named: new Set([...q.named].map((t) => closestMatch(t, matched))),
    ...(q.names ? { names: q.names.map((name) => name.map((t) => closestMatch(t, matched))) } : {}),
  };

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
  if (COUNTRY_ASKED.test(q.text)) ranked = keepIfAny(ranked, (r) => namesCountry(q, r.candidate));
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
  if (source.length) ranked = preferOnTie(ranked, (r) => holdsTerms(r, source.slice(-1)), SOURCE_TIE_SHARE);
  // "Who called the march?" asks for someone: a sentence close behind that names a person ("cleric Moqtada al-Sadr
  // convened the march") answers before one that names none ("…following a cleric's call for a turnout").
  if (q.kind === 'name' && WHO_ASKED.test(q.text))
    ranked = preferOnTie(ranked, (r) => namesSomeone(ctx, q, r.candidate), WHO_TIE_SHARE);
  // "Where is Airbus based?": a sentence that gives its seat ("Airbus headquarters in Toulouse") goes first.
  const seatAsked = SEAT_ASKED.test(q.text);
  if (seatAsked) {
    const seat = ranked.slice(0, SEAT_LOOKAHEAD).find((r) => givesSeatOf(q, r.candidate.text));
    if (seat) ranked = toFront(ranked, seat);
  }
  // "Who is the head of NATO?", "who heads NATO?": whoever holds the body's top office, named beside it ("Jens
  // Stoltenberg, NATO Secretary-General"), answers before a sentence that says "head" of another body or of one of its
  // departments, or names NATO and no one at its head, however many words it shares. "Who is the chairman of
  // Texaco?" the same, with that office: "Texaco Inc chairman Alfred DeCrane", not another company's chairman.
  const offices = headAsked ? TOP_OFFICES : roleAtBodyAsked(q);
  // Or, for its head, a sentence that says who runs it ("Kataib Hezbollah is run by Abu Mahdi al-Muhandis").
  const namesHolder = (s: PassageSentence) =>
    offices !== null && (holdsOffice(ctx, q, s, offices) || (headAsked && headedBy(q, s.text)));
  const holder = offices ? ranked.find((r) => namesHolder(r.candidate)) : undefined;
  if (holder) ranked = toFront(ranked, holder);
  // The sentence that gave only the role then says the question for the one that names the person (`restated`).
  let roleSaid: Ranked<PassageSentence> | null = null;
  let personNamed: Ranked<PassageSentence> | null = null;
  // "The Governor of the Central Bank … urged…. Abdoulaye Fadiga told reporters…": wire copy gives the role, then the
  // name that opens the next sentence. A best sentence that names no one is answered by that one.
  if (q.kind === 'name' && WHO_ASKED.test(q.text) && ranked[0] && !namesSomeone(ctx, q, ranked[0].candidate)) {
    const best = ranked[0].candidate;
    // The sentence after it: later in its paragraph, else the next paragraph's first.
    const after = (r: Ranked<PassageSentence>) =>
      r.candidate.passage.id === best.passage.id
        ? r.candidate.start > best.start
        : r.candidate.passage.id === best.passage.id + 1 && sameStory(ctx, r.candidate.passage, best.passage);
    const order = (r: Ranked<PassageSentence>) => r.candidate.passage.id * 1e6 + r.candidate.start;
    const next = ranked
      .filter(after)
      .reduce<Ranked<PassageSentence> | undefined>((a, r) => (!a || order(r) < order(a) ? r : a), undefined);
    if (next && opensWithName(q, next.candidate.text) && namesSomeone(ctx, q, next.candidate)) {
      roleSaid = ranked[0];
      personNamed = next;
      ranked = toFront(ranked, next);
    }
  }
  // "Which firm lead-managed the bond?" asks for a name: a best sentence that names nothing the question does not
  // restates it ("Kyushu Electric will issue a 20 billion Euroyen bond"); one of its article that names something
  // new and says two of the question's other words ("Lead manager is Nomura International Inc.") answers.
  let restated: Ranked<PassageSentence> | null = roleSaid;
  // "Who is the managing underwriter for Thrifty's offering?": a best sentence that says no underwriter (the offering
  // itself) restates the question; one of its article that holds the role and names someone new ("Alex. Brown and
  // Sons Inc will be managing underwriter") answers.
  if (q.whoHead !== undefined && roleSaid === null && ranked[0] && !roleHeld(ctx, q, ranked[0])) {
    const best = ranked[0];
    const holder = inItsStead(
      ctx,
      ranked,
      best,
      (r) =>
        roleHeld(ctx, q, r) &&
        !roleOfAnother(q, q.whoHead ?? '', r.candidate.text) &&
        (asksSomeone(q)
          ? namesSomeone(ctx, q, r.candidate) && !otherOffice(ctx, q, r.candidate.text)
          : namesNew(ctx, q, r.candidate)),
    );
    if (holder) {
      ranked = toFront(ranked, holder);
      restated = best;
    }
  }
  if (q.kind === 'name' && !WHO_ASKED.test(q.text) && ranked[0] && !namesNew(ctx, q, ranked[0].candidate)) {
    const best = ranked[0];
    const naming = inItsStead(ctx, ranked, best, (r) => namesNew(ctx, q, r.candidate) && saysOtherWords(q, r));
    if (naming) {
      ranked = toFront(ranked, naming);
      restated = best;
    }
  }
  // "Which article of the EC treaty…": a best sentence that designates none ("…a breach of EC regulations") gives way
  // to one of its article that does and says two of the question's other words ("a breach of article 85 of the EC
  // treaty").
  const whichHead = q.whichHead;
  if (whichHead !== undefined && ranked[0] && !numbersOne(whichHead, ranked[0].candidate.text)) {
    const best = ranked[0];
    const designating = inItsStead(
      ctx,
      ranked,
      best,
      (r) => numbersOne(whichHead, r.candidate.text) && saysOtherWords(q, r),
    );
    if (designating) {
      ranked = toFront(ranked, designating);
      restated = best;
    }
  }
  // "What did Esper say…": a sentence that reports someone's words answers, before one that reports none.
  const wordsAsked = WORDS_ASKED.test(q.text);
  const speaker = wordsAsked ? speakerAsked(ctx, q) : null;
  if (wordsAsked) ranked = keepIfAny(ranked, (r) => reportsWordsOf(speaker, r));
  // "What did Trump tweet…" asks for the words of a tweet: of sentences close behind one another, the one that says
  // so ("wrote on Twitter") answers before words he told reporters. "Say" is any way of saying.
  const manner = wordsAsked ? mannerAsked(q) : null;
  if (manner) ranked = preferOnTie(ranked, (r) => saysInManner(ctx, manner, r), MANNER_TIE_SHARE);
  // The best sentence does not hold the kind asked for ("how much…" and no amount): the best one of its article
  // that does answers in its stead ("Chambers said it expects the agreement to generate 12 mln dlrs a year").
  // For a question naming a day, the best one on that day, in any article.
  const first = ranked[0];
  if (first && !holdsAskedKind(q, first.candidate.text, first.features, ctx.vectors, first.candidate.words)) {
    const sameEvent = countsSameEvent(q, first);
    const holds = (r: Ranked<PassageSentence>) =>
      holdsAskedKind(q, r.candidate.text, r.features, ctx.vectors, r.candidate.words) && sameEvent(r);
    // Else one of its article: a sentence that gives the figure with an earlier one for comparison ("rose to 7.20 pct
    // from 7.15 pct the week before") is dated by the comparison, yet tells of the article's day.
    const instead =
      (dated ? ranked.find((r) => onNamedDay(ctx, r, dated) !== null && holds(r)) : undefined) ??
      inItsStead(ctx, ranked, first, holds);
    if (instead) {
      ranked = toFront(ranked, instead);
      // The best sentence found the article and says the question; the one in its stead gives the figure.
      restated ??= first;
    }
  } else if (first && q.kind === 'reason' && !givesCause(first.candidate.text)) {
    // "What will Cadema use the proceeds for?": the best sentence tells of the offering; one of its article that
    // gives a cause or a purpose and says more of the question ("Proceeds will be used to fund clinical trials")
    // answers in its stead.
    const have = heldTerms(first.candidate);
    const giving = inItsStead(
      ctx,
      ranked,
      first,
      (r) =>
        givesCause(r.candidate.text) &&
        q.terms.some((t) => !q.named.has(t) && !have.has(t) && heldTerms(r.candidate).has(t)),
    );
    if (giving) {
      ranked = toFront(ranked, giving);
      restated ??= first;
    }
  } else if (first && q.kind === 'reason' && saysOfQuestion(first) < MIN_COVERAGE) {
    // The cause ranks first but says little of the question ("Proceeds will be used to fund clinical trials"): the
    // sentence of its paragraph, or the one before, that says the question ("Cadema … entered a letter of intent … for
    // an offering") vouches for it, as a sentence told before its cause does.
    const near = (r: Ranked<PassageSentence>) =>
      sameStory(ctx, r.candidate.passage, first.candidate.passage) &&
      Math.abs(r.candidate.passage.id - first.candidate.passage.id) <= 1;
    restated ??= ranked.find((r) => r !== first && near(r) && saysOfQuestion(r) >= MIN_COVERAGE) ?? null;
  } else if (
    first &&
    q.counted &&
    !holdsAskedKind(q, first.candidate.text, first.features, null, first.candidate.words)
  ) {
    // "How many trucks did GM build": a count of a word only like the one asked ("395,294 cars") gives way to a
    // sentence of its article that counts the very word ("…and 144,959 trucks"): the vectors put kinds of a thing close.
    const exact = inItsStead(ctx, ranked, first, (r) =>
      holdsAskedKind(q, r.candidate.text, r.features, null, r.candidate.words),
    );
    if (exact) {
      ranked = toFront(ranked, exact);
      restated ??= first;
    }
  }
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
  let answers =
    leader !== undefined &&
    signals !== null &&
    signals.namedMissing < (fromElsewhere ? MAX_NAMED_MISSING_NAMING : MAX_NAMED_MISSING) &&
    // A name the article lacks weighs little alone; with under half the question in the article, it is about
    // something else ("…the ozone protocol in Montreal in September" of a chip pact signed "last September").
    !(!fromElsewhere && signals.namedMissing > 0 && signals.articleCoverage < MIN_ARTICLE_COVERAGE_NAME_MISSING) &&
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
    // "Who replaced Soleimani…" asks for a successor: a sentence that tells none ("He was head of the Quds Force") does
    // not say who, as for "who took over".
    !(SUCCESSOR_ASKED.test(q.text) && !tellsSuccession(leader.candidate.text)) &&
    (holdsAskedKind(q, leader.candidate.text, leader.features, ctx.vectors, leader.candidate.words) ||
      namesByFullName(ctx, q, leader.candidate)) &&
    // "When did X resign?" is answered by a sentence dated on the resignation, which says "resign": a sentence
    // about X dated on the day it was said ("Weinberger said today…") dates something else.
    !(q.kind === 'date' && (signals.event < MIN_EVENT_FOR_DATE || signals.verbMissing)) &&
    // "When is the meeting…" is answered by a sentence that says when: one without a date gives none.
    !(q.kind === 'date' && dated === null && !givesTime(leader.candidate)) &&
    // The sentence that names the answer may say little of the question when one of its article restates it.
    (signals.coverage + signals.soft >= MIN_COVERAGE ||
      (restated !== null && saysOfQuestion(restated) >= MIN_COVERAGE) ||
      (dated !== null && onNamedDay(ctx, leader, dated) !== null)) &&
    ofYears(leader) &&
    // "What caused the explosion…" is answered by a cause: the sentence, or the rest of its paragraph after it, gives one.
    (q.kind !== 'reason' || reasonGiven(ranked, leader, q)) &&
    (!asksSomeone(q) || (namesSomeone(ctx, q, leader.candidate) && !otherOffice(ctx, q, leader.candidate.text))) &&
    roleHeld(ctx, q, roleSaid ?? leader) &&
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
    // "What did Esper say…" is answered by words someone reports, not by what Esper was seen doing.
    (!wordsAsked || reportsWordsOf(speaker, leader)) &&
    // "What country is Stoltenberg from?" is answered by a sentence that names a country the question does not.
    (!COUNTRY_ASKED.test(q.text) || namesCountry(q, leader.candidate)) &&
    // "Where is Texaco based?" of "the ruling based on facts…": the word in another sense tells no place.
    !(seatAsked && BASED_ON.test(leader.candidate.text) && !givesSeatOf(q, leader.candidate.text)) &&
    // "In which city…", "which two units…" ask for something named: a sentence that names nothing the question does
    // not ("Data General president Edson de Castro said…" for "In which city is Data General holding its exposition")
    // does not say which.
    !(
      q.kind === 'name' &&
      q.whichHead !== undefined &&
      NAME_HEAD_TERMS.has(q.whichHead) &&
      !namesAsked &&
      !namesNew(ctx, q, leader.candidate) &&
      !namesCountry(q, leader.candidate)
    ) &&
    // "How much did Pan Am's Atlantic division lose?" of an article that says "did not say how much the Atlantic
    // division lost": a sentence that does not say the division gives another figure.
    !figureWithheld(q, leaderArticle, heldTerms(leader.candidate)) &&
    // "…say in his statement" asks about one made: an article that tells of it only ahead says nothing of it.
    !occasionsAsked(q.text).some((o) => toldOnlyAhead(leaderArticle, o));
  if (leader && !answers && !q.modelOf) {
    // The question may name an article rather than a fact in it ("Hechinger Co 4th qtr net"):
    // then that article's own passage answers, though its sentences (a table of figures) share no words.
    // Not a model asked for ("what model of drone…"): a title naming the drone strike gives none.
    const named = articleNamed(ctx, q, hits.slice(0, 3));
    // Only for what a table gives (figures, or what happened), and a sum only where it holds one: "How much did TDK
    // invest in the venture?" is not answered by the passage of "TDK, ALLEN-BRADLEY SET UP JOINT VENTURE" that gives
    // none, nor "Who is the chairman of Tofutti Brands?" by "TOFUTTI BRANDS CHANGES FISCAL YEAR".
    const text = named !== null ? (ctx.corpus.passages[named]?.text ?? '') : '';
    const sumAsked = q.kind === 'money' || q.kind === 'percent';
    if (
      named !== null &&
      TABLE_KINDS.has(q.kind) &&
      (!sumAsked || holdsAmount(q, sentenceWords(text), CHANGE_ASKED.test(q.text)))
    ) {
      ranked = ranked.filter((r) => r.candidate.passage.id === named);
      answers = ranked.length > 0;
    }
  }
  if (!answers)
    return notFound(
      dated
        ? 'Nothing in the articles is dated on that day and answers the question. Try /timeline for the day.'
        : leader && !ofYears(leader)
          ? `The articles that match are from other years and never mention ${years.join(' or ')}.`
          : unknown.words.length
            ? `The articles never mention ${unknown.words.map((w) => `“${w}”`).join(' or ')} (nor a word that means the same), and nothing else answers the question.`
            : 'The articles mention some of those words, but nothing that answers the question.',
    );

  const chosen = chooseSentences(ranked, new Set(q.terms), NUMBER_KINDS.has(q.kind));
  const termSet = new Set(q.terms);
  const lead =
    q.kind === 'date' && chosen[0]
      ? whenLead(
          chosen[0].candidate.passage,
          chosen[0].candidate.start,
          chosen[0].candidate.start + chosen[0].candidate.text.length,
          termSpans(chosen[0].candidate.passage.text, termSet),
        )
      : q.kind === 'name' && chosen[0]
        ? nameLead(ctx, q, chosen[0].candidate)
        : null;
  // The date that opens a "when" answer counts against the stretch: further sentences give way to it.
  const size = () =>
    (lead ? lead.length + 1 : 0) + chosen.reduce((n, r) => n + r.candidate.text.length + MARKER_CHARS, 0);
  while (chosen.length > 1 && size() > ANSWER_STRETCH_CHARS) chosen.pop();
  const citations: Citation[] = [];
  const cite = (passage: Passage, focus: number): number => {
    const have = citations.find((c) => c.passage.id === passage.id);
    if (have) return have.n;
    const document = ctx.corpus.documents[passage.doc] as SourceDocument;
    citations.push({ n: citations.length + 1, passage, document, excerpt: excerpt(passage.text, focus, termSet) });
    return citations.length;
  };
  const sentences = chosen.map((r) => ({
    text: withoutHeadline(r.candidate.text),
    citation: cite(r.candidate.passage, r.candidate.start),
  }));
  // Further sources: other strong passages, each excerpted at its best sentence.
  const top = hits[0]?.score ?? 1;
  for (const hit of hits) {
    if (citations.length >= MAX_CITATIONS || hit.score < top * CITE_SHARE) break;
    const passage = ctx.corpus.passages[hit.id] as Passage;
    const focus = ranked.find((r) => r.candidate.passage.id === passage.id)?.candidate.start ?? 0;
    cite(passage, focus);
  }
  const answer = (lead ? `${lead} ` : '') + sentences.map((x) => `${x.text} [${x.citation}]`).join(' ');
  return {
    kind: 'answer',
    question: shown,
    answer,
    ...(lead ? { lead } : {}),
    sentences,
    citations,
    further: furtherIds([...hits, ...searched], new Set(citations.map((c) => c.passage.id)), FURTHER_LIMIT),
    terms: q.terms,
    stats: stats(),
  };
}
