// Search as the user types, for autocomplete: passages by their words (the
// last word typed matches as a prefix), documents by title or id. Answers
// from memory in milliseconds, also over tens of thousands of articles.
import type { Corpus, Passage, SourceDocument } from '../corpus/types.js';
import { termOf, words } from '../nlp/terms.js';
import type { PassageIndex } from './passage-index.js';

/** Longer input is cut: autocomplete is for a few words, and the cost grows with them. */
export const TYPED_MAX_CHARS = 200;
/** A word being typed matches as a prefix from this many characters on; shorter, it expands to too many terms. */
export const PREFIX_MIN_CHARS = 3;

export interface SearchContext {
  corpus: Corpus;
  index: PassageIndex;
}

export interface PassageMatch {
  passage: Passage;
  document: SourceDocument;
  score: number;
  /** Every word typed matched (the last one as a prefix). */
  complete: boolean;
  /** Offset in `passage.text` of the first word that matched, for the excerpt. */
  at: number;
}

interface Typed {
  whole: string[];
  partial: string[];
  /** Lower-case words as typed, for locating the match in the text. */
  raw: string[];
}

/** Index terms of what was typed: finished words whole, the word still being typed as its prefixes. */
export function parseTyped(text: string): Typed {
  const cut = text.slice(0, TYPED_MAX_CHARS);
  const all = words(cut);
  // Input that ends in a space or punctuation has no word in progress.
  const typing = /[\p{L}\p{N}]$/u.test(cut) ? all.pop() : undefined;
  const whole = [...new Set(all.map((w) => termOf(w)).filter((t): t is string => t !== null))];
  const partial: string[] = [];
  if (typing !== undefined && typing.length >= PREFIX_MIN_CHARS) {
    const term = termOf(typing);
    // A stop word being typed ("the") may still become a content word ("theatre"): keep its prefix only when long.
    if (term !== null) partial.push(...new Set([typing.toLowerCase(), term]));
    else if (typing.length >= 4) partial.push(typing.toLowerCase());
  }
  const raw = [...all, ...(typing ? [typing] : [])].map((w) => w.toLowerCase()).filter((w) => w.length >= 2);
  return { whole, partial, raw };
}

/** Passages for what was typed so far, best first. Empty input gives the opening passages of the latest articles. */
export function findPassages(ctx: SearchContext, text: string, limit = 25): PassageMatch[] {
  const typed = parseTyped(text);
  if (typed.whole.length === 0 && typed.partial.length === 0) {
    return latestDocuments(ctx.corpus)
      .slice(0, limit)
      .flatMap((document) => {
        const passage = ctx.corpus.passages[document.passages[0] ?? -1];
        return passage ? [{ passage, document, score: 0, complete: false, at: 0 }] : [];
      });
  }
  return ctx.index.searchPrefix(typed.whole, typed.partial, limit).flatMap((hit) => {
    const passage = ctx.corpus.passages[hit.id];
    const document = passage && ctx.corpus.documents[passage.doc];
    if (!passage || !document) return [];
    const complete =
      typed.whole.every((t) => hit.matched.includes(t)) &&
      (typed.partial.length === 0 || hit.matched.some((m) => typed.partial.some((p) => m.startsWith(p))));
    return [{ passage, document, score: hit.score, complete, at: firstMention(passage.text, typed.raw) }];
  });
}

/**
 * The one passage that typed text clearly asks for, or null: it matches every
 * word, and scores well above the next passage that does (a question that
 * fits many passages equally is not a choice made).
 */
export function clearBestPassage(matches: readonly PassageMatch[], margin = 1.25): PassageMatch | null {
  const [first, second] = matches;
  if (!first?.complete) return null;
  if (!second?.complete) return first;
  return first.score >= second.score * margin ? first : null;
}

/** Where the first typed word occurs in the text (as a word start), or 0. */
function firstMention(text: string, raw: readonly string[]): number {
  const lower = text.toLowerCase();
  let best = -1;
  for (const w of raw) {
    let from = 0;
    for (;;) {
      const i = lower.indexOf(w, from);
      if (i < 0) break;
      if (i === 0 || !/[\p{L}\p{N}]/u.test(lower[i - 1] ?? '')) {
        if (best < 0 || i < best) best = i;
        break;
      }
      from = i + 1;
    }
  }
  return Math.max(0, best);
}

// ---------------------------------------------------------------------------
// Documents

interface TitleWords {
  document: SourceDocument;
  words: string[];
  id: string;
}

const titleCache = new WeakMap<Corpus, TitleWords[]>();
const latestCache = new WeakMap<Corpus, SourceDocument[]>();

/** Title words of every document, newest first (the order results are given in). */
function titleWords(corpus: Corpus): TitleWords[] {
  let cached = titleCache.get(corpus);
  if (!cached) {
    cached = latestDocuments(corpus).map((document) => ({
      document,
      // A listing page is found by any of its stories' titles, as its citations name them.
      words: [document.title, ...(document.stories ?? []).map((s) => s.title)].flatMap((t) =>
        words(t).map((w) => w.toLowerCase()),
      ),
      id: document.id.toLowerCase(),
    }));
    titleCache.set(corpus, cached);
  }
  return cached;
}

/** Documents newest first (undated last), then in corpus order. */
export function latestDocuments(corpus: Corpus): SourceDocument[] {
  let cached = latestCache.get(corpus);
  if (!cached) {
    cached = [...corpus.documents].sort((a, b) =>
      a.date === b.date ? a.index - b.index : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1,
    );
    latestCache.set(corpus, cached);
  }
  return cached;
}

/**
 * Documents whose title has every typed word as a word prefix, or whose id
 * starts with what was typed; titles with more whole-word matches first,
 * then newest first. Empty input gives the latest documents.
 */
export function findDocuments(corpus: Corpus, text: string, limit = 25): SourceDocument[] {
  const cut = text.slice(0, TYPED_MAX_CHARS).trim().toLowerCase();
  if (!cut) return latestDocuments(corpus).slice(0, limit);
  const wanted = words(cut).map((w) => w.toLowerCase());
  // One pass in newest-first order, one bucket per number of whole-word
  // matches (an id match ranks above all), each kept to `limit`: no sort.
  const buckets: SourceDocument[][] = Array.from({ length: wanted.length + 2 }, () => []);
  const top = buckets.length - 1;
  for (const t of titleWords(corpus)) {
    if ((buckets[top]?.length ?? 0) >= limit) break;
    let exact = -1;
    if (t.id.startsWith(cut)) exact = top;
    else if (wanted.length > 0) {
      exact = 0;
      for (const w of wanted) {
        if (t.words.includes(w)) exact++;
        else if (!t.words.some((tw) => tw.startsWith(w))) {
          exact = -1;
          break;
        }
      }
    }
    const bucket = exact >= 0 ? buckets[exact] : undefined;
    if (bucket && bucket.length < limit) bucket.push(t.document);
  }
  return buckets.reverse().flat().slice(0, limit);
}
