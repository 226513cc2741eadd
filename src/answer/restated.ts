// A best sentence that only says the question (names no one, nor the holder of the role or anything new; gives no
// figure, cause or count of the very word asked) gives way to one of its article that answers, and vouches for it.
import { sameStory, heldTerms, type AnswerContext, type PassageSentence } from './context.js';
import { shortStory } from './candidates.js';
import { asksSomeone, namesNew, namesSomeone, opensWithName, otherOffice } from './people.js';
import { givesReason, type Ranked } from './ranker.js';
import { MIN_COVERAGE } from './signals.js';
import { headedBy, holdsOffice, roleAtBodyAsked, roleHeld, TOP_OFFICES, WHO_ASKED } from './office-holder.js';
import { onNamedDay } from './times-asked.js';
import { numbersOne, roleOfAnother } from './naming.js';
import { countsSameEvent, inItsStead, saysOtherWords, toFront } from './preferences.js';
import { holdsAskedKind, spanOwned } from './asked-kind.js';
import type { Searched } from './question-search.js';

/** The ranked sentences, and the one that says the question for the first, which gives the answer. */
export interface Restating {
  ranked: Ranked<PassageSentence>[];
  restated: Ranked<PassageSentence> | null;
}

/** The ranked sentences after the one naming who or what is asked went first. */
export interface NamedFirst extends Restating {
  /** The sentence names the holder of the office asked about ("Who heads NATO?"). */
  namesHolder: (s: PassageSentence) => boolean;
  /** The sentence that gave only the role, and the next one, naming the person, that went first. */
  roleSaid: Ranked<PassageSentence> | null;
  personNamed: Ranked<PassageSentence> | null;
}

/** The holder of the office asked about first; else one naming who or what is asked in the stead of the best. */
export function namedInItsStead(
  ctx: AnswerContext,
  { q, headAsked }: Searched,
  candidates: Ranked<PassageSentence>[],
): NamedFirst {
  let ranked = candidates;
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
  return { ranked, restated, namesHolder, roleSaid, personNamed };
}

/** The kinds whose answer may say little of the question, vouched for by a sentence near it that says it. */
const VOUCHED_KINDS: ReadonlySet<string> = new Set(['reason', 'money', 'number', 'percent']);

/** One of its article giving the kind, cause or count asked in the stead of a best sentence that gives none. */
export function kindInItsStead(
  ctx: AnswerContext,
  { q, dated }: Searched,
  saysOfQuestion: (r: Ranked<PassageSentence>) => number,
  given: Restating,
): Restating {
  let { ranked, restated } = given;
  // The best sentence does not hold the kind asked for ("how much…" and no amount): the best one of its article
  // that does answers in its stead ("Chambers said it expects the agreement to generate 12 mln dlrs a year").
  // For a question naming a day, the best one on that day, in any article.
  const first = ranked[0];
  if (first && !holdsAskedKind(q, first.candidate.text, first.features, ctx.vectors, first.candidate.words)) {
    const sameEvent = countsSameEvent(q, first);
    // A span is someone's or something's: "How long has Khazali been in charge of Asaib Ahl al-Haq?" is not answered by
    // one of the article that names neither ("…after almost three months of protests").
    const holds = (r: Ranked<PassageSentence>) =>
      holdsAskedKind(q, r.candidate.text, r.features, ctx.vectors, r.candidate.words) &&
      sameEvent(r) &&
      spanOwned(q, r);
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
  } else if (first && q.kind === 'reason' && !givesReason(q, first.candidate.text)) {
    // "What will Cadema use the proceeds for?": the best sentence tells of the offering; one of its article that
    // gives a cause or a purpose and says more of the question ("Proceeds will be used to fund clinical trials")
    // answers in its stead.
    const have = heldTerms(first.candidate);
    const giving = inItsStead(
      ctx,
      ranked,
      first,
      (r) =>
        givesReason(q, r.candidate.text) &&
        q.terms.some((t) => !q.named.has(t) && !have.has(t) && heldTerms(r.candidate).has(t)),
    );
    if (giving) {
      ranked = toFront(ranked, giving);
      restated ??= first;
    }
  } else if (first && VOUCHED_KINDS.has(q.kind) && saysOfQuestion(first) < MIN_COVERAGE) {
    // The cause ranks first but says little of the question ("Proceeds will be used to fund clinical trials"): the
    // sentence of its paragraph, or the one before, that says the question ("Cadema … entered a letter of intent … for
    // an offering") vouches for it, as a sentence told before its cause does. A sum the same ("The total value of the
    // order … is 350 mln dlrs" after "International Lease Finance Corp is negotiating with Airbus…"). In a short
    // story, its lead vouches as well: the story is about what the lead says.
    const lead = shortStory(ctx, first.candidate.passage)?.[0];
    const near = (r: Ranked<PassageSentence>) =>
      sameStory(ctx, r.candidate.passage, first.candidate.passage) &&
      (Math.abs(r.candidate.passage.id - first.candidate.passage.id) <= 1 || r.candidate.passage.id === lead);
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
  return { ranked, restated };
}
