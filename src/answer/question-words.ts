// The question's words as the articles say them: words no article uses (declined, or searched by a near word),
// abbreviations and clipped words, acronyms an article spells out, two-word verbs by their meaning, typos matched.
import type { PassageHit } from '../search/passage-index.js';
import { termOf, terms, words } from '../nlp/terms.js';
import { editDistance } from '../util/edit-distance.js';
import type { Question } from './question.js';
import type { AnswerContext } from './context.js';
import { EXPANSION_WEIGHT, EXPANSIONS_PER_TERM, twoWordVerbs, type Expansion } from './expand.js';
import type { TermVectors } from '../nlp/word-vectors.js';
import { lexiconTags } from '../nlp/lexicon.js';
import { wink } from '../nlp/wink.js';
import { OFFICE_TERMS } from './roles.js';

/**
 * A word the articles lack is still spoken of when a corpus word sits this close to it in the vectors ("soldiers" by
 * "troops", "demonstrations" by "protests" 0.73, "worry" by "concern" 0.70). At 0.8 those two were "never
 * mentioned"; at 0.7 no question of the opened sets, answerable or not, lost its answer or its decline (antonyms are
 * left out by `neighbours`).
 */
const NEAR_SYNONYM = 0.7;
/**
 * A word the articles lack also finds its WordNet relatives they use (a synonym, or the same root in another part
 * of speech: "trainers" → "training", "directs" → "Director") at this similarity: GloVe puts such pairs apart
 * (0.3-0.5), as they fill different slots in a sentence, and nothing else in the corpus stands in for the word.
 */
const RELATIVE_MIN = 0.3;

/**
 * Particles that make a verb mean something else ("take over", "set up", "turn out"), unlike a preposition after a
 * verb that keeps its sense ("call for", "talk about"): only then is the verb alone no evidence of the phrase.
 */
export const PHRASAL_PARTICLE = /^(?:over|up|down|out|off|away|back)$/i;

/**
 * The kind of thing asked for ("which city", "what sort of vehicle", "who is the chairman"): what the answer names, not
 * what the question says of it.
 */
export function kindAsked(q: Question): ReadonlySet<string | undefined> {
  return new Set([q.whichHead, q.whoHead, q.kindOf, q.modelOf]);
}

/** A function word an acronym may pass over, and the space after it. */
const SKIPPED_WORD = '(?:(?:of|on|for|and|the|in|at|to)\\s+)?';

/**
 * An acronym the story spells out ("BOJ": "Bank of Japan"): its letters begin consecutive words in one of `passages`
 * (the answering sentence's story).
 */
export function spelledOut(term: string, passages: readonly number[], ctx: AnswerContext): boolean {
  const pattern = spelledPattern(term);
  if (!pattern) return false;
  return passages.some((id) => pattern.test(ctx.corpus.passages[id]?.text ?? ''));
}

/** What an acronym's words look like spelled out; null for a term that is no acronym. */
export function spelledPattern(term: string): RegExp | null {
  if (!/^[a-z]{2,6}$/.test(term)) return null;
  // A short function word between may give no letter: "Council on Foreign Relations" is CFR, "Bank of Japan" BOJ.
  // Two letters begin two words of almost any sentence ("the very", "troops were"): a two-letter acronym is spelled
  // out only in capitals ("Trans World"); longer ones in lower case too ("gross domestic product").
  const two = term.length === 2;
  return new RegExp(
    `\\b${[...term].map((c) => `${two ? c.toUpperCase() : c}[\\w'-]*`).join(`\\s+${SKIPPED_WORD}`)}\\b`,
    two ? '' : 'i',
  );
}

/**
 * The question's two-word verbs whose particle changes the verb's sense, verb term → WordNet's words for the phrase
 * ("take" → seize, assume, usurp for "took over"). Such a verb means what those say, not what it does alone: "take"
 * is as near "came" in the vectors as "seize" is to "troops", so only the verb or one of them holds it.
 */
export function phrasalMeanings(q: Question, vectors: TermVectors | null | undefined): Map<string, string[]> {
  const meaning = new Map<string, string[]>();
  if (vectors)
    for (const { verb, key } of twoWordVerbs(q, vectors))
      if (PHRASAL_PARTICLE.test(key.slice(key.indexOf(' ') + 1)))
        meaning.set(verb, [...(meaning.get(verb) ?? []), ...vectors.phraseMeaning(key)]);
  return meaning;
}

/** Each of the question's terms → the word it was typed as (the first, with its case). */
export function typedWords(q: Question): Map<string, string> {
  const typed = new Map<string, string>();
  for (const w of words(q.text)) for (const t of terms(w)) if (!typed.has(t)) typed.set(t, w);
  return typed;
}

/**
 * A word that names a thing: wink tags it a noun where the question uses it ("the stampede"; not "have to obey",
 * "to remove"); else wink-lexicon tags it a noun first, or does not know it (its 13k words hold the common verbs and
 * adjectives; the rare words it lacks are mostly nouns: "stampede", "mourners").
 */
export function namesThing(word: string, inQuestion: ReadonlyMap<string, string> = new Map()): boolean {
  const lower = word.toLowerCase();
  const read = inQuestion.get(lower);
  if (read !== undefined) return read === 'NOUN' || read === 'PROPN';
  const tag = lexiconTags(lower)?.[0];
  // Unless its ending says a participle or an adverb ("unfired", "retaliating", "allegedly"), as a tagger guesses.
  return tag === undefined ? !PARTICIPLE_OR_ADVERB.test(lower) : tag.startsWith('NN');
}
/** The question tagged last, and its tags. */
let lastTagged: { text: string; tags: ReadonlyMap<string, string> } | undefined;

/** Each word of `text` (lower case) → wink's part of speech for it there (the first reading of a repeated word). */
export function partsOfSpeech(text: string): ReadonlyMap<string, string> {
  // One question is tagged by several checks in turn (its unmentioned words, their ranked stand-ins, its verbs).
  if (lastTagged?.text === text) return lastTagged.tags;
  const nlp = wink();
  const doc = nlp.readDoc(text);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's `its` helpers use no `this`
  const pos: string[] = doc.tokens().out(nlp.its.pos);
  const out = new Map<string, string>();
  doc
    .tokens()
    .out()
    .forEach((t: string, i: number) => {
      const lower = t.toLowerCase();
      if (!out.has(lower)) out.set(lower, pos[i] ?? '');
    });
  lastTagged = { text, tags: out };
  return out;
}

/** The endings of a word the lexicon lacks that make it a participle or an adverb, not a noun. */
const PARTICIPLE_OR_ADVERB = /\p{L}{3}(?:ed|ing|ly)$/u;

/** What `unmentioned` finds of the question's words that no article uses. */
export interface Unmentioned {
  /** The words as typed. */
  words: string[];
  terms: string[];
  /** Their share of the question's idf weight. */
  share: number;
  /** The question has other content words (not names, not only verbs). */
  rest: boolean;
  /** One of them names a thing. */
  thing: boolean;
  /** The asker's adverbs no article uses ("basically"), left out of the question. */
  asides: string[];
  /** One is the thing the question asks to be named, or the word before it that says which. */
  asked: boolean;
}

/** Nothing unmentioned. */
export const NONE_UNMENTIONED: Unmentioned = {
  words: [],
  terms: [],
  share: 0,
  rest: true,
  thing: false,
  asides: [],
  asked: false,
};

/**
 * The question's own words (as typed) for its content terms (not names or numbers) that no article uses, nor any
 * of their synonyms or stand-ins (the expansions: WordNet's synonyms and standIns' nearest corpus words), and their
 * share of the question's idf weight.
 */
export function unmentioned(ctx: AnswerContext, q: Question, expansions: readonly Expansion[]): Unmentioned {
  const df = ctx.index.stats.df;
  const stoodIn = new Set(expansions.map((e) => e.for));
  const typed = typedWords(q);
  const unknownTerms = q.terms.filter((t) => !q.named.has(t) && !/\d/.test(t) && !df.has(t) && !stoodIn.has(t));
  if (unknownTerms.length === 0) return NONE_UNMENTIONED;
  const tags = partsOfSpeech(q.text);
  // An adverb no article uses is the asker's ("heard he basically ran it"): no word of the question.
  const asides = unknownTerms.filter((t) => tags.get((typed.get(t) ?? t).toLowerCase()) === 'ADV');
  const missing = new Set(
    unknownTerms.filter(
      // "per the photo caption": a preposition asks for nothing the articles must say.
      (t) => !asides.includes(t) && lexiconTags((typed.get(t) ?? t).toLowerCase())?.[0] !== 'IN',
    ),
  );
  if (missing.size === 0) return { ...NONE_UNMENTIONED, asides };
  const idf = (t: string) => ctx.index.stats.idf(t);
  // The kind of thing asked for ("which city") is what the answer names: it weighs nothing against the missing word.
  const kind = kindAsked(q);
  const total = q.terms.filter((t) => !kind.has(t) || missing.has(t)).reduce((sum, t) => sum + idf(t), 0) || 1;
  const share = [...missing].reduce((sum, t) => sum + idf(t), 0) / total;
  // "Where was Soleimani's funeral held?": when the question's other words are only verbs, a missing thing is what it
  // asks about, as "buried" is in "Where was Soleimani buried?"; "held" says nothing of its own.
  const verbOnly = (t: string) => lexiconTags((typed.get(t) ?? t).toLowerCase())?.[0]?.startsWith('VB') ?? false;
  const others = q.terms.filter((t) => !q.named.has(t) && !/\d/.test(t) && !missing.has(t));
  const missingWords = [...missing].map((t) => typed.get(t) ?? t);
  const thing = missingWords.some((w) => namesThing(w, tags));
  // The kind asked for is no other thing the question speaks of; but beside a missing verb ("Who's the president of
  // Iraq that … criticized?") it says what the question asks, as any other word does.
  const rest = others.some((t) => !verbOnly(t) && !kind.has(t)) || (others.length > 0 && !thing);
  // "Which passenger plane…": the thing that says which of its kind the one to be named is, just before it, is one no
  // article speaks of; no sentence can name it. The kind alone may be the asker's ("which provision…" of "Article
  // 51"), and so may an adjective before it ("which lethal drone…"); not before an office asked for, where it says
  // which office ("who is Iran's supreme leader").
  const ws = words(q.text);
  const asked = ws.some((w, i) => {
    const t = termOf(w);
    const before = ws[i - 1] ?? '';
    return (
      t !== null &&
      kind.has(t) &&
      missing.has(termOf(before) ?? '') &&
      (namesThing(before, tags) || (t === q.whoHead && OFFICE_TERMS.has(t)))
    );
  });
  // "How did oil prices react…", "did oil prices jump…": the subject is what the question is about; when its head is
  // a word no article uses (nor a synonym), no sentence speaks of it, however much of the rest one holds ("attacked oil
  // tankers").
  const subject = subjectHead(q);
  return {
    words: missingWords,
    terms: [...missing],
    share,
    rest,
    thing,
    asides,
    asked: asked || (subject !== undefined && missing.has(subject)),
  };
}

/**
 * A question word no article uses, and no synonym stands in for, is searched as the corpus word the vectors put
 * nearest, when it is that close (NEAR_SYNONYM): the same word that keeps the question from being declined as
 * "never mentioned" ("soldiers" by "troops"). Only the nearest: the next ones are as often the word's opposite
 * number ("civilian") or its topic (on the blind sets, three answered 2 fewer of 256 than one).
 */
export function standIns(ctx: AnswerContext, q: Question, expansions: readonly Expansion[]): Expansion[] {
  const df = ctx.index.stats.df;
  const stoodIn = new Set(expansions.map((e) => e.for));
  const typed = typedWords(q);
  const out: Expansion[] = [];
  for (const t of q.terms) {
    if (q.named.has(t) || /\d/.test(t) || df.has(t) || stoodIn.has(t)) continue;
    // A word typed alone is offered its closest corpus words instead ("did you mean"): nothing else says which.
    const full =
      unabbreviated(ctx, (typed.get(t) ?? t).toLowerCase()) ?? (q.terms.length > 1 ? mistyped(ctx, t) : null);
    if (full) {
      out.push({ term: full, weight: EXPANSION_WEIGHT * ABBREVIATION_SIMILARITY, for: t });
      continue;
    }
    if (!ctx.vectors) continue;
    const relatives = ctx.vectors.synonymsOf(t, EXPANSIONS_PER_TERM, RELATIVE_MIN);
    for (const n of relatives) out.push({ term: n.term, weight: EXPANSION_WEIGHT * n.similarity, for: t });
    if (relatives.length) continue;
    for (const n of ctx.vectors.neighbours(t, 1, NEAR_SYNONYM))
      out.push({ term: n.term, weight: EXPANSION_WEIGHT * n.similarity, for: t });
  }
  return out;
}

/**
 * A word no article uses, nor any synonym or stand-in of it, is still ranked as the corpus word the vectors put
 * nearest when it is this close ("hacking" → "cyber" 0.53): the sentence that says it otherwise is the one about it.
 * Below NEAR_SYNONYM, so only for finding that sentence: the word still counts as never mentioned when the rest of the
 * question is about something else.
 */
const RANKED_STAND_IN = 0.5;

/**
 * For each word `standIns` found none for that names a thing, its nearest corpus word at RANKED_STAND_IN or closer.
 * Not a verb: its nearest words are where it happens ("stationed" → "network", "airport"), not what it means; ranked
 * so, "how many soldiers are stationed in Iraq" lost its answer in 20 of the opened sets.
 */
export function rankedStandIns(ctx: AnswerContext, q: Question, expansions: readonly Expansion[]): Expansion[] {
  if (!ctx.vectors) return [];
  const df = ctx.index.stats.df;
  const stoodIn = new Set(expansions.map((e) => e.for));
  const out: Expansion[] = [];
  const typed = typedWords(q);
  let tags: ReadonlyMap<string, string> | undefined;
  for (const t of q.terms) {
    if (q.named.has(t) || /\d/.test(t) || df.has(t) || stoodIn.has(t)) continue;
    const word = typed.get(t) ?? t;
    if (!namesThing(word, (tags ??= partsOfSpeech(q.text))) && !gerundAfterPreposition(q.text, word)) continue;
    for (const n of ctx.vectors.neighbours(t, 1, RANKED_STAND_IN))
      out.push({ term: n.term, weight: EXPANSION_WEIGHT * n.similarity, for: t });
  }
  return out;
}

/** "…retaliate with hacking": a verb in -ing after a preposition names an activity, as a noun does. */
function gerundAfterPreposition(text: string, word: string): boolean {
  if (!/ing$/i.test(word)) return false;
  const ws = words(text);
  const i = ws.findIndex((w) => w === word);
  return i > 0 && lexiconTags((ws[i - 1] ?? '').toLowerCase())?.[0] === 'IN';
}

/** A typed word this long or longer may be a corpus word with one letter wrong. */
const TYPO_MIN = 5;

/**
 * The corpus term a word no article uses and no word vector knows is one letter away from ("soleiman" →
 * "soleimani"): chat's typos. The commonest such term of the same first two letters; none for a word the vectors know,
 * an English word of its own ("buried" is no typo of "burned").
 */
function mistyped(ctx: AnswerContext, term: string): string | null {
  if (term.length < TYPO_MIN || !/^[a-z]+$/.test(term) || ctx.vectors?.has(term) === true) return null;
  let best: string | null = null;
  let most = 0;
  for (const { term: other, passages } of oneLetterAway(ctx, term, TYPO_MIN).near)
    if (passages > most) {
      best = other;
      most = passages;
    }
  return best;
}

/**
 * The corpus terms of at least `minLength` letters, with the same first two letters, one letter from `term`, and how
 * many passages hold `term` itself: a typo either way, the asker's (`mistyped`) or an article's (a name misspelt once).
 */
export function oneLetterAway(
  ctx: AnswerContext,
  term: string,
  minLength: number,
): { own: number; near: { term: string; passages: number }[] } {
  let own = 0;
  const near: { term: string; passages: number }[] = [];
  for (const found of ctx.index.termsWithPrefix(term.slice(0, 2), Number.MAX_SAFE_INTEGER)) {
    if (found.term === term) own = found.passages;
    else if (found.term.length >= minLength && editDistance(term, found.term, 1) === 1) near.push(found);
  }
  return { own, near };
}

/** A clipped word's least length ("intel", "info", "admin"), and how many letters its full word adds at least. */
const CLIPPED_MIN = 4;
const CLIPPED_ADDS = 3;

/**
 * The corpus term a clipped word no article uses is the start of ("intel" → "intelligence"): the one term whose word
 * begins with it and runs on, when there is just one ("pres" could be "president" or "press": none). No vector test,
 * as for an abbreviation: GloVe knows "intel" as the chip maker. Clippings are words the lexicon does not hold.
 */
function unclipped(ctx: AnswerContext, word: string): string | null {
  // A word of its own ("extra", "count") is not clipped from "extraordinary", "country": only one the lexicon lacks.
  if (word.length < CLIPPED_MIN || !/^[a-z]+$/.test(word) || lexiconTags(word) !== undefined) return null;
  const found = new Set<string>();
  for (const { term } of ctx.index.termsWithPrefix(word.slice(0, CLIPPED_MIN), Number.MAX_SAFE_INTEGER)) {
    const full = ctx.index.surfaceOf(term).toLowerCase();
    if (full.startsWith(word) && full.length >= word.length + CLIPPED_ADDS) found.add(term);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** A word typed short, as chat does ("govt", "dept", "intl", "mgmt"): two letters, then only consonants. */
const ABBREVIATION = /^[a-z]{2}[b-df-hj-np-tv-z]{1,4}$/;
/** How close an abbreviation is taken to be to the word it shortens: the same word. */
const ABBREVIATION_SIMILARITY = 0.9;
/**
 * The vectors must put the two this close: GloVe knows "govt" by "government" (0.47), not "per" by "perhaps" or
 * "best" by "bestow", words whose letters merely fall in order.
 */
const ABBREVIATION_MIN_SIMILARITY = 0.4;

/**
 * The corpus term an abbreviation no article uses shortens: the most common one whose word starts with the same two
 * letters and holds all the others in order ("govt" → "government"), close in the vectors; or null.
 */
export function unabbreviated(ctx: AnswerContext, word: string): string | null {
  if (!ABBREVIATION.test(word)) return unclipped(ctx, word);
  let best: string | null = null;
  let most = 0;
  for (const { term, passages } of ctx.index.termsWithPrefix(word.slice(0, 2), Number.MAX_SAFE_INTEGER)) {
    const full = ctx.index.surfaceOf(term);
    if (full.length < word.length + 2 || passages <= most) continue;
    let at = 2;
    for (let i = 2; i < full.length && at < word.length; i++) if (full[i] === word[at]) at++;
    if (
      at === word.length &&
      (ctx.vectors?.similarity(termOf(word) ?? word, term) ?? 0) >= ABBREVIATION_MIN_SIMILARITY
    ) {
      best = term;
      most = passages;
    }
  }
  return best;
}

/**
 * A two-word verb's term ("set" of "set up") → the synonym the passages say it with ("found"), the one the best hit
 * matched, when the passages never match the verb itself: the sentence is then ranked, and judged, on it.
 */
export function phraseWords(
  expansions: readonly Expansion[],
  hits: readonly PassageHit[],
  matched: ReadonlySet<string>,
) {
  const out = new Map<string, string>();
  const byTerm = new Map(expansions.filter((e) => e.phrase).map((e) => [e.term, e]));
  if (byTerm.size === 0) return out;
  for (const hit of hits)
    for (const m of hit.matched) {
      const e = byTerm.get(m);
      if (e && !matched.has(e.for) && !out.has(e.for)) out.set(e.for, e.term);
    }
  return out;
}

/**
 * A question term as the passages spell it: itself when it matched exactly,
 * else the matched corpus term a typo away ("suleimani" → "soleimani") or that
 * it is a prefix of. A term with no such match stays, and counts as missing.
 */
export function closestMatch(term: string, matched: ReadonlySet<string>): string {
  if (matched.has(term)) return term;
  const allowed = Math.round(term.length * 0.2);
  let best = term;
  let bestDistance = Infinity;
  for (const m of matched) {
    const d = m.startsWith(term) ? 0.5 : editDistance(term, m, allowed);
    if (d <= allowed && d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best;
}

/** Verbs that say little of their own ("made a profit", "took a stake", "said"): the words around them say what. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  terms('make made take took taken get got give gave given go went come came say said tell told put set keep'),
);

/**
 * The question's own verbs, as terms ("Where will the bond be listed?" → list): wink tags them in the question, not
 * names and not the light verbs whose objects say what is done.
 */
export function questionVerbs(q: Question): string[] {
  const tags = partsOfSpeech(q.text);
  const typed = typedWords(q);
  return q.terms.filter(
    (t) => !q.named.has(t) && !LIGHT_VERBS.has(t) && tags.get((typed.get(t) ?? t).toLowerCase()) === 'VERB',
  );
}

/**
 * The question's verbs that wink-lexicon knows as verbs too: not a noun the tagger reads as one after "did" ("When
 * did nickel hit…" → hit, not nickel).
 */
export function lexicalVerbs(q: Question): string[] {
  const typed = typedWords(q);
  return questionVerbs(q).filter(
    (t) => lexiconTags((typed.get(t) ?? t).toLowerCase())?.some((tag) => tag.startsWith('VB')) === true,
  );
}

/** A yes/no question, or "how did X…": the subject follows the helper, and the words after it are read for it. */
const AFTER_HELPER =
  /^\W*(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could|how\s+(?:did|does|do|has|have|had))\s+(.+)$/iu;
/** Words that open a subject and name nothing. */
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those)$/i;

/**
 * The term of the head noun of the subject of "did X…", "how did X…" ("oil prices" → price), when it is a common noun
 * after its modifiers; none for a name ("did Trump…"), a pronoun ("was anyone…"), a subject read past an owner's name
 * to no noun, or one a name qualifies ("the NATO boss"); none for a question of another form.
 */
export function subjectHead(q: Question): string | undefined {
  const subject = AFTER_HELPER.exec(q.text)?.[1];
  if (subject === undefined) return undefined;
  const ws = words(subject);
  const tags = partsOfSpeech(q.text);
  let head: string | undefined;
  for (const [i, w] of ws.entries()) {
    const bare = w.replace(/['’]s$/iu, '');
    if (i === 0 && DETERMINER.test(bare)) continue;
    // The tagger reads a noun right after "did" as a verb ("did oil prices…"): before a noun, it modifies it.
    const next = tags.get((ws[i + 1] ?? '').replace(/['’]s$/iu, '').toLowerCase());
    const read = tags.get(bare.toLowerCase());
    const tag = read === 'VERB' && i === 0 && next === 'NOUN' ? 'ADJ' : read;
    if (tag !== 'NOUN' && tag !== 'PROPN' && tag !== 'ADJ') break;
    // "the NATO boss": a name's own person or part, whom the articles may call otherwise; not a thing of its own.
    if (tag === 'PROPN') return undefined;
    // "the Iraqi parliament's vote": the owner's noun is not the head.
    head = tag === 'NOUN' && bare === w ? bare : undefined;
  }
  const t = head === undefined ? null : termOf(head);
  return t === null || q.named.has(t) ? undefined : t;
}
