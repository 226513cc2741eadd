// Text → index terms. The same function serves indexing and questions, so a
// question word and a corpus word meet only if they reduce to the same term:
// lower case, folded punctuation, stop words dropped, Porter2 stem.
import porter2 from 'wink-porter2-stemmer';
import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js';
import { DEMONYMS } from './demonyms.js';
import { STOP_WORDS } from './stopwords.js';
import { wordPairs } from '../util/text.js';
import { spellTitlesBeforeNames } from './titles.js';
import { lexiconTags } from './lexicon.js';

const stemCache = new Map<string, string>();
// The vocabulary of a corpus is bounded, but questions are not: cap the cache.
const STEM_CACHE_MAX = 200_000;

// Porter2 conflations that hurt news search most: "United (States)" is not a
// "unit", and "news" is not "new". (Lucene calls this a stemmer override.)
const STEM_OVERRIDES: ReadonlyMap<string, string> = new Map([
  ['united', 'united'],
  ['unite', 'united'],
  ['unites', 'united'],
  ['news', 'news'],
]);

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = STEM_OVERRIDES.get(word) ?? porter2(word);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

// Irregular verb forms to their base ("led" → "lead", "sent" → "send"), which
// no suffix stemmer can do: wink-lexicon's list of common irregular verbs.
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries(irregularVerbs));

/**
 * The verb an irregular form stands for, when a verb is what the word most often is (wink-lexicon's commonest tag):
 * "drug", "crew", "wound", "ground" and "rent" are nouns first, not pasts of "drag", "crow", "wind", "grind", "rend".
 * Read as verbs they took the word vectors of those verbs, and "wound" missed "wounded".
 */
function irregularBase(lower: string): string | undefined {
  const base = IRREGULAR.get(lower);
  if (base === undefined) return undefined;
  const commonest = lexiconTags(lower)?.[0];
  return commonest === undefined || commonest.startsWith('VB') || commonest === 'MD' ? base : undefined;
}

// Curly quotes and dashes as ASCII, so "Iran’s" and "Iran's" tokenise alike.
export function foldPunctuation(text: string): string {
  return text.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');
}

const ACRONYM = /\b(?:\p{Lu}\.){2,}/gu; // U.S. → US, U.N. → UN
const POSSESSIVE = /(\p{L})'s\b/gu;
// "the United States" is the "US" of the same article: one word, so that it is one term (see COUNTRY_ACRONYMS).
const UNITED_STATES = /\bUnited\s+States\b|\bUNITED\s+STATES\b/g;
const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/**
 * Words with their case, in order: short titles before a name spelled out ("Gen." → "General": the word a reader
 * asks by), acronyms joined, possessives dropped, hyphenated words split later.
 */
export function words(text: string): string[] {
  const folded = spellTitlesBeforeNames(foldPunctuation(text))
    .replace(ACRONYM, (m) => m.replace(/\./g, ''))
    .replace(UNITED_STATES, 'US')
    .replace(POSSESSIVE, '$1');
  const out: string[] = [];
  for (const m of folded.matchAll(WORD)) {
    const contracted = CONTRACTED.exec(m[0]);
    if (contracted) {
      out.push(CONTRACTED_VERB[(contracted[1] ?? '').toLowerCase()] ?? '', 't');
      continue;
    }
    for (const part of m[0].split(/[-']/)) if (part) out.push(part);
  }
  return out;
}

/**
 * "won't", "don't": the part before the apostrophe is no word of its own, and read as one it is another ("won" is the
 * past of "win": "there won't be any address" answered "Who won the election?"; "Don" a name).
 */
const CONTRACTED = /^(won|don)'t$/i;
const CONTRACTED_VERB: Readonly<Record<string, string>> = { won: 'will', don: 'do' };

/**
 * One word → its index term, or null for a stop word. An all-capitals word of
 * two or more letters ("US", "IT") is an acronym, not a stop word — unless the
 * whole text is in capitals, as wire headlines are (`shouting`).
 */
export function termOf(word: string, shouting = false): string | null {
  if (shouting) return computeTermOf(word, true);
  let t = termCache.get(word);
  if (t === undefined) {
    t = computeTermOf(word, false);
    if (termCache.size >= STEM_CACHE_MAX) termCache.clear();
    termCache.set(word, t);
  }
  return t;
}

/**
 * Country acronyms → the term of the country's name (and its demonym, see DEMONYMS): "US", "U.S.", "USA",
 * "United States" and "American" meet as one term. Only in capitals, where "US" is no pronoun.
 */
const COUNTRY_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['us', 'america'],
  ['usa', 'america'],
  ['uk', 'britain'],
  ['ussr', 'soviet'],
]);

// Words → terms, as stems are cached: indexing meets the same words over and over.
const termCache = new Map<string, string | null>();

function computeTermOf(word: string, shouting: boolean): string | null {
  const lower = word.toLowerCase();
  const acronym = !shouting && word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
  // "US" and "American troops" are the same country: a question says one, the article the other.
  if ((acronym || shouting) && COUNTRY_ACRONYMS.has(lower)) return COUNTRY_ACRONYMS.get(lower) as string;
  if (!acronym && STOP_WORDS.has(lower)) return null;
  if (lower.length === 1 && !/\d/.test(lower)) return null;
  // Digits are kept as they are: "240mm", "2020", "1,750" → "1", "750".
  if (/\d/.test(lower)) return lower;
  return stem(irregularBase(lower) ?? DEMONYMS.get(lower) ?? lower);
}

/** True when a text has no lower-case letters to speak of (a wire headline). */
export function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (ch >= 'a' && ch <= 'z') lower++;
    else if (ch >= 'A' && ch <= 'Z') upper++;
  }
  return upper > 8 && lower < upper * 0.2;
}

/** Text → index terms, in order, repeats kept. */
export function terms(text: string): string[] {
  const shouting = isShouting(text);
  const out: string[] = [];
  for (const w of words(text)) {
    const t = termOf(w, shouting);
    if (t !== null) out.push(t);
  }
  return out;
}

/** Where the words whose terms are in `wanted` sit in `text`: [start, end) spans, in order. */
export function termSpans(text: string, wanted: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = [];
  if (wanted.size === 0) return spans;
  const shouting = isShouting(text);
  // Folding swaps single characters for single characters, so offsets hold.
  for (const m of foldPunctuation(text).matchAll(WORD)) {
    // "won't": no word of the question's ("will", "not") is highlighted in it.
    if (CONTRACTED.test(m[0])) continue;
    let at = m.index;
    for (const part of m[0].split(/([-'])/)) {
      if (part && part !== '-' && part !== "'") {
        const t = termOf(part, shouting);
        if (t !== null && wanted.has(t)) spans.push([at, at + part.length]);
      }
      at += part.length;
    }
  }
  return spans;
}

/**
 * Pairs written "a:b c:d…" (a space inside a word written "_") as a map from each left word's term to its right
 * word's, both as the pipeline makes them. A pair where either side is not one term is left out: a question's
 * names are matched term by term. For the capitals and the US states.
 */
export function termPairs(list: string): Map<string, string> {
  return new Map(
    wordPairs(list).flatMap(([left, right]) => {
      const [a, b] = [terms(left.replace(/_/g, ' ')), terms(right.replace(/_/g, ' '))];
      return a.length === 1 && b.length === 1 ? [[a[0], b[0]] as [string, string]] : [];
    }),
  );
}
