// The question's one search (its words, their expansions, the titles a head stands for): the hits that give the answer,
// its citations and further sources; the refusal of a word no article uses; the question's terms as the hits say them.
import type { PassageHit } from '../search/passage-index.js';
import { withDatedPassages } from './candidates.js';
import type { AnswerContext } from './context.js';
import { EXPANSION_WEIGHT, expansionsFor, PHRASE_SIMILARITY, type Expansion } from './expand.js';
import { asksHead, HEAD_ASKING, TOP_OFFICES } from './office-holder.js';
import {
  closestMatch,
  NONE_UNMENTIONED,
  phrasalMeanings,
  phraseWords,
  standIns,
  rankedStandIns,
  type Unmentioned,
  unmentioned,
} from './question-words.js';
import type { Reading } from './read-question.js';
import { articleNamed, MIN_UNMENTIONED_SHARE } from './signals.js';
import { articleBoostFor } from './times-asked.js';

export const MAX_CITATIONS = 5;
/** Hits of the question's search: candidates, citations, and further sources after them. */
const SEARCH_HITS = 20 + MAX_CITATIONS;

/** The question searched: `q` now holds its terms as the hits say them, less what it says of its article. */
export interface Searched extends Reading {
  /** "Who heads the Bundesbank?": the role word stands for the body's top office. */
  headAsked: boolean;
  /** The search's hits. */
  searched: PassageHit[];
  /** The same, with the passages of the days the question names. */
  hits: PassageHit[];
  /** The question's words no article uses, nor any synonym of them. */
  unknown: Unmentioned;
  unmentionedTerms: Set<string>;
  phrasal: ReturnType<typeof phrasalMeanings>;
  /** The question words' synonyms and stand-ins that the search also looked for. */
  expansions: Expansion[];
}

/** The question searched; or, when nothing can answer it, why not. */
export function searchQuestion(ctx: AnswerContext, read: Reading): Searched | string {
  const { question, dated } = read;
  let q = read.q;
  const expansions = expansionsFor(q, ctx.vectors);
  expansions.push(...standIns(ctx, q, expansions));
  const nearest = rankedStandIns(ctx, q, expansions);
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
        expansions: [...expansions, ...nearest],
        ...(articleBoost ? { articleBoost } : {}),
        // Its role word counts no more than the titles it stands for: "head" is in many more passages ("former
        // Bank of Japan head", "head of the bank's credit department") than name the governor.
        ...(role ? { termWeights: new Map([[role, titleWeight]]) } : {}),
      })
    : [];
  const hits = dated ? withDatedPassages(ctx, searched, dated) : searched;
  if (hits.length === 0) return 'Nothing in the articles matches the question.';
  // A word the question turns on that no article uses, nor any synonym of it ("Where was he buried?"):
  // the articles never speak of it, and a passage about the rest would answer another question.
  // Unless the question names an article by its headline: then it asks what that article says.
  const unknown = dated ? NONE_UNMENTIONED : unmentioned(ctx, q, expansions);
  if (
    ((unknown.share >= MIN_UNMENTIONED_SHARE &&
      // One such word in a question whose other content words are there is a word the articles say otherwise
      // ("Which article did Zarif invoke?"); a question of names and that word is about it ("Where was X born?").
      // So are several when none names a thing: verbs and adjectives ("the highest figure floated") are the asker's
      // wording more often than a topic the articles lack ("the passenger plane", "the funeral").
      (!unknown.rest || (unknown.words.length > 1 && unknown.thing))) ||
      // Whatever its share, when it is the thing to be named ("Which passenger plane…").
      unknown.asked) &&
    articleNamed(ctx, q, hits.slice(0, 3)) === null
  )
    return `The articles never mention ${unknown.words.map((w) => `“${w}”`).join(' or ')} (nor a word that means the same).`;
  const unmentionedTerms = new Set(unknown.terms);
  const phrasal = phrasalMeanings(q, ctx.vectors);
  const matched = new Set(hits.flatMap((h) => h.matched));
  const saidAs = phraseWords(expansions, hits, matched);
  // A word no article uses is ranked as the nearest corpus word that the search found in place of it.
  for (const e of nearest) if (matched.has(e.term) && !saidAs.has(e.for)) saidAs.set(e.for, e.term);
  // What the question says of its article ("…in the report on NATO expanding its mission") found the article; the
  // sentence is chosen, and checked, on what it asks. Its names stay: the article must hold them. An adverb of the
  // asker's that no article uses ("basically") is left out the same way.
  const context = new Set([...(q.articleContext ?? []), ...unknown.asides]);
  q = {
    ...q,
    terms: q.terms
      .filter((t) => !context.has(t) || q.named.has(t))
      .map((t) => saidAs.get(t) ?? closestMatch(t, matched)),
    named: new Set([...q.named].map((t) => closestMatch(t, matched))),
    ...(q.names ? { names: q.names.map((name) => name.map((t) => closestMatch(t, matched))) } : {}),
  };
  return { ...read, q, headAsked, searched, hits, unknown, unmentionedTerms, phrasal, expansions };
}
