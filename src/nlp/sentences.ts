// Sentence boundaries: wink's sentence splitter, repaired where news copy
// fools it. wink ends a sentence at "<IBM." of a ticker, inside a quotation,
// before a lower-case word, and after "U.S." whatever follows; and it runs
// "3 p.m. He left" together. Every boundary after an abbreviation is decided
// here from the word that follows (its part of speech, from wink in context
// or wink-lexicon): a clause opener ("The", "It", "In 1986, the company…")
// starts a sentence, a name or a common word that carries on the phrase
// ("U.S. Treasury", "U.S. And Canada" in Reuters' capitalised copy) does not.
// This is the one splitter: passages, answers, the timeline, titles and
// headline detection all take their sentences from analyze(), which calls it.
import { lexiconTags } from './lexicon.js';

/** wink's tokens of a text, with their parts of speech and [start, end) character offsets. */
export interface TokenView {
  readonly text: readonly string[];
  readonly pos: readonly string[];
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/**
 * Titles: they stand before a name and never end a sentence there, even when
 * the name is a common word ("Dr. No"). Before a number ("No. 5", "Jan. 3")
 * no abbreviation ends a sentence.
 */
const BEFORE_NAME = new Set(
  (
    'mr mrs ms messrs dr gen gens sen sens rep reps gov lt col sgt capt cmdr adm maj brig cpl pvt prof rev hon ' +
    'st mt ft fr supt insp det'
  ).split(' '),
);
/**
 * Abbreviations wink's model lacks, so it splits off their dot as a full stop:
 * company forms and titles seen in wire copy ("Bell Plc.", "Rev. Jackson"), and
 * given names written short in firms' names ("Alex. Brown and Sons", "Wm.
 * Wrigley Jr. Co"; "He met Alex. The talks…" still ends at "Alex.").
 */
const UNKNOWN_TO_WINK = new Set(
  'plc bros bhd dept govt assn adm maj rev cmdr supt wm chas jas jos thos geo benj edw robt saml alex'.split(' '),
);
/** Conjunctions that join words inside a phrase and so do not open a sentence after an abbreviation. */
const JOINING = new Set(['and', 'or', 'nor', '&']);

/** Longest fronted phrase before its comma, in tokens ("In the first quarter of 1987,"). */
const FRONTED_TOKENS = 8;
/** Longest quotation or bracketed aside kept whole; longer ones may hold several sentences. */
const MAX_QUOTE = 400;
const MAX_ASIDE = 200;

/** Penn tag (wink-lexicon) → universal part of speech (wink). */
function universal(tag: string): string {
  if (tag === 'NNP' || tag === 'NNPS') return 'PROPN';
  if (tag.startsWith('NN')) return 'NOUN';
  if (tag.startsWith('VB')) return 'VERB';
  if (tag.startsWith('JJ')) return 'ADJ';
  if (tag.startsWith('RB') || tag === 'WRB') return 'ADV';
  if (tag === 'DT' || tag === 'PDT' || tag === 'WDT') return 'DET';
  if (tag.startsWith('PRP') || tag.startsWith('WP') || tag === 'EX') return 'PRON';
  if (tag === 'IN') return 'ADP';
  if (tag === 'CC') return 'CCONJ';
  if (tag === 'MD') return 'AUX';
  if (tag === 'CD') return 'NUM';
  if (tag === 'TO') return 'PART';
  return 'X';
}

/**
 * A token's part of speech where a capital letter may mislead wink: a word wink
 * calls a proper noun is a common word when wink-lexicon knows it as one
 * ("Treasury", "Officials", "The"), and a name when the lexicon does not know it.
 */
function wordClass(tokens: TokenView, i: number): string {
  const pos = tokens.pos[i] ?? 'X';
  if (pos !== 'PROPN' && pos !== 'X') return pos;
  const tags = lexiconTags((tokens.text[i] ?? '').toLowerCase());
  return tags?.[0] ? universal(tags[0]) : 'PROPN';
}

const isWordStart = (t: string) => /^[\p{L}\d]/u.test(t);
const isFullStop = (t: string) => t === '.' || t === '!' || t === '?' || t === '...' || t === '…';

/**
 * The abbreviation (lower case, no final dot) that token `i` ends, or null: a
 * token wink keeps with its dot ("U.S.", "Inc.", "F.", "p.m."), or a full stop
 * glued to initials or to a word wink does not know as an abbreviation ("Plc" ".").
 * wink's tokenizer keeps "F.N." whole until it has met "F.N" as a word; after
 * that it splits off the dot, so both forms are read alike here.
 */
function abbreviationAt(tokens: TokenView, i: number): string | null {
  const t = tokens.text[i] ?? '';
  if (t.length >= 2 && t.endsWith('.') && /\p{L}/u.test(t)) return t.slice(0, -1).toLowerCase();
  if (t === '.' && i > 0 && tokens.start[i] === tokens.end[i - 1]) {
    const word = tokens.text[i - 1] ?? '';
    const lower = word.toLowerCase();
    if (/^(?:\p{L}\.)*\p{Lu}$/u.test(word) || UNKNOWN_TO_WINK.has(lower) || BEFORE_NAME.has(lower)) return lower;
  }
  return null;
}

/**
 * After a fronted phrase ("In 1986, …", "However, …"), whether a main clause
 * follows the comma: more than a short reporting tail ("Over chip trade,
 * officials said.", which in Reuters' capitalised copy trails "the U.S.").
 */
function clauseAfterComma(tokens: TokenView, from: number): boolean {
  const n = tokens.text.length;
  let j = -1;
  for (let k = from; k < n && k < from + FRONTED_TOKENS; k++) {
    const t = tokens.text[k] ?? '';
    if (t === ',') {
      j = k;
      break;
    }
    if (isFullStop(t) || t === ';') return false;
  }
  if (j === -1) return false;
  let words = 0;
  let lastPos = '';
  for (let k = j + 1; k < n; k++) {
    const t = tokens.text[k] ?? '';
    if (isFullStop(t) || t === ';') break;
    if (isWordStart(t)) {
      words++;
      lastPos = tokens.pos[k] ?? '';
    }
  }
  return words >= 5 || (words >= 2 && lastPos !== 'VERB');
}

/** Whether a sentence ends after abbreviation `abbr`, given the word after it (token `w`). */
function endsAfterAbbreviation(tokens: TokenView, abbr: string, w: number, sentenceStart: boolean): boolean {
  const next = tokens.text[w] ?? '';
  // A lone "U.S." is no sentence: an abbreviation opening a sentence belongs to it.
  if (sentenceStart) return false;
  // A ticker or an aside after a name belongs to it: "Baxter Inc. <BAX.N>", "Acme Inc. (ACME)".
  if (next === '<' || next === '(') return false;
  // Lower case carries the sentence on; so does a number ("Jan. 3", "No. 5", "U.S. 1986 sales").
  if (!/^\p{Lu}/u.test(next)) return false;
  if (BEFORE_NAME.has(abbr)) return false;
  const cls = wordClass(tokens, w);
  switch (cls) {
    case 'DET':
    case 'PRON':
      return true;
    case 'CCONJ':
      return !JOINING.has(next.toLowerCase());
    case 'ADP':
    case 'SCONJ':
    case 'ADV':
      return clauseAfterComma(tokens, w + 1);
    default:
      // A name ("U.S. Treasury", "John F. Kennedy"), a noun, verb or adjective that carries the phrase on.
      return false;
  }
}

/** Character spans that no sentence boundary may fall inside: tickers, decimals, short quotations and asides. */
function protectedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // A ticker, also one closed by mistake with ")" as wire copy has a few ("<HPC.N)"), and a decimal.
  for (const m of text.matchAll(/<[^<>\n]{1,40}>|<[\w.&-]{1,20}\)|\d[\d,]*\.\d+/g))
    spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(/\([^()]{1,200}\)|\[[^[\]]{1,200}\]/g))
    if (m[0].length <= MAX_ASIDE) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(/“[^“”]{1,400}”/g))
    if (m[0].length <= MAX_QUOTE) spans.push([m.index, m.index + m[0].length]);
  // Straight quotes: an opening one follows a space or the start, a closing one follows a non-space.
  let open = -1;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    const before = i > 0 ? (text[i - 1] ?? '') : ' ';
    const after = text[i + 1] ?? ' ';
    const opening = /[\s([{\-–—]/.test(before) && /\S/.test(after);
    if (opening) open = i;
    else if (open !== -1) {
      if (i - open < MAX_QUOTE) spans.push([open, i + 1]);
      open = -1;
    }
  }
  return spans;
}

/** Whether a sentence may start at token `b`: not in lower case, not with a closing mark. */
function canStart(text: string, tokens: TokenView, b: number): boolean {
  const t = tokens.text[b] ?? '';
  const glued = b > 0 && tokens.start[b] === tokens.end[b - 1];
  if (/^[)\]}>,;:%”’]/.test(t)) return false;
  if (glued && /^["']/.test(t)) return false;
  const rest = text.slice(tokens.start[b] ?? 0, (tokens.start[b] ?? 0) + 8).replace(/^["“‘'([\s]+/u, '');
  return !/^\p{Ll}/u.test(rest);
}

/**
 * Sentences of `text` as [first, last] token indices: wink's sentences with
 * their boundaries after abbreviations decided anew, and boundaries inside a
 * ticker, a number, a quotation or an aside, or before a lower-case word or a
 * closing mark, removed.
 */
export function repairSentences(
  text: string,
  tokens: TokenView,
  winkSentences: readonly (readonly [number, number])[],
): [number, number][] {
  const n = tokens.text.length;
  if (n === 0) return [];
  const starts = new Uint8Array(n);
  for (const [first] of winkSentences) if (first > 0 && first < n) starts[first] = 1;
  let sentenceStart = 0;
  for (let i = 1; i < n; i++) {
    const abbr = abbreviationAt(tokens, i - 1);
    if (abbr !== null && /^[\p{L}\d<(]/u.test(tokens.text[i] ?? '')) {
      const first = (tokens.text[i - 1] ?? '') === '.' ? i - 2 : i - 1;
      starts[i] = endsAfterAbbreviation(tokens, abbr, i, first <= sentenceStart) ? 1 : 0;
    }
    if (starts[i]) sentenceStart = i;
  }
  // Most paragraphs are one sentence: the spans are found only when a boundary needs checking.
  let spans: [number, number][] | undefined;
  const inside = (offset: number) => (spans ??= protectedSpans(text)).some(([s, e]) => s < offset && offset < e);
  const out: [number, number][] = [];
  let first = 0;
  for (let i = 1; i < n; i++) {
    if (!starts[i]) continue;
    if (!canStart(text, tokens, i) || inside(tokens.start[i] ?? 0)) continue;
    out.push([first, i - 1]);
    first = i;
  }
  out.push([first, n - 1]);
  return out;
}
