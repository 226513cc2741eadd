// One source file → a document and its passages.
import { createHash } from 'node:crypto';
import { datePassages, type DatablePassage } from './passage-dates.js';
import { analyze, WIRE_DATELINE, type AnalyzedSentence } from '../nlp/analyze.js';
import { words } from '../nlp/terms.js';
import { truncate } from '../util/text.js';
import { endsStory, isBoilerplate, isCaption, isHeadline } from './boilerplate.js';
import type { MappedText } from './mapped-text.js';
import { splitParagraphs } from './paragraphs.js';
import type { ParsedPassage, SentenceInfo, Story } from './types.js';

/** Longest passage, in characters; longer paragraphs are split between sentences. */
export const MAX_PASSAGE_CHARS = 600;
const TITLE_CHARS = 90;
/** Share of a passage's 5-word shingles already seen in its document that makes it a repeat. */
const REPEAT_SHARE = 0.6;
/** Fewest words for a passage to be the same text as another whatever the titles (see isRepeat). */
const MIN_SHARED_WORDS = 10;

export class CorpusFileError extends Error {}

const DATE_LINE = /^\uFEFF?[ \t]*date:?[ \t]+(\S+)[ \t]*(?:\r?\n)?/i;

/** The publication date from an optional first line ` date YYYY-MM-DD`, and where the body starts. */
export function parseDateLine(raw: string): { date: string | null; bodyStart: number } {
  const m = DATE_LINE.exec(raw);
  if (!m) return { date: null, bodyStart: 0 };
  const value = m[1] ?? '';
  if (!isCalendarDate(value)) throw new CorpusFileError(`bad date line "${truncate(value, 40)}": expected YYYY-MM-DD`);
  return { date: value, bodyStart: m[0].length };
}

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}


export interface ParsedDocument {
  title: string;
  date: string | null;
  passages: Omit<ParsedPassage, 'id' | 'doc'>[];
  repeats: number;
  /** A listing page's further stories (SourceDocument.stories). */
  stories: Story[];
}

type DraftPassage = Omit<ParsedPassage, 'id' | 'doc' | 'dates'> & DatablePassage;

/**
 * Parse a document. `seen` holds hashes of passages already in the corpus, so
 * the same text in two files is indexed once.
 */
export function parseDocument(id: string, raw: string, seen: Set<string>, markdown = false): ParsedDocument {
  const { date, bodyStart } = parseDateLine(raw);
  const body = raw.slice(bodyStart);
  let all = splitParagraphs(body, bodyStart);
  if (markdown) all = all.map(stripMarkdown);
  // One analysis per paragraph, shared by headline detection, the title and the passages.
  const analysed = new Map<MappedText, AnalyzedSentence[]>();
  const sentencesOf = (p: MappedText) => {
    let s = analysed.get(p);
    if (!s) analysed.set(p, (s = analyze(p.text)));
    return s;
  };

  let title: string | null = null;
  const firstReal = all.findIndex((p) => !isBoilerplate(p.text));
  const first = all[firstReal];
  if (first && isHeadline(first.text, sentencesOf(first).length)) {
    title = truncate(first.text, TITLE_CHARS);
    all = all.filter((p) => p !== first);
  }
  // ¶n is the paragraph as a reader counts them in the file, the headline aside:
  // furniture ("Updated: …", a "Year" table label) is counted, then dropped.
  const numbered = all.map((para, i) => ({ para, paragraph: i + 1 }));
  const paragraphs = numbered.filter((p) => !isBoilerplate(p.para.text));
  // The title a headline does not give: the first sentence of news (a photo caption aside), without a wire dateline.
  const leadTitle = (of: typeof paragraphs): string | null => {
    const lead = of.find((p) => !isCaption(p.para.text)) ?? of[0];
    const head = lead ? sentencesOf(lead.para)[0] : undefined;
    const sentence = lead && head ? lead.para.text.slice(head.start, head.end).replace(WIRE_DATELINE, '') : '';
    return sentence ? truncate(sentence, TITLE_CHARS) : null;
  };
  title ??= leadTitle(paragraphs) ?? id;
  const stories = storyBreaks(numbered).map((from, i, all): Story => {
    const to = all[i + 1] ?? Infinity;
    return { from, title: leadTitle(paragraphs.filter((p) => p.paragraph >= from && p.paragraph < to)) ?? title };
  });

  const drafts: DraftPassage[] = [];
  const shingles = new Set<string>();
  let repeats = 0;
  for (const { para, paragraph } of paragraphs) {
    const parts = chunk(para.text, sentencesOf(para));
    for (const [p, part] of parts.entries()) {
      if (isRepeat(part.text, title, shingles, seen)) {
        repeats++;
        continue;
      }
      const { start, end } = para.source(part.from, part.to);
      const key = parts.length > 1 ? `${id}:${paragraph}.${p + 1}` : `${id}:${paragraph}`;
      drafts.push({
        key,
        paragraph,
        part: p + 1,
        text: part.text,
        start,
        end,
        sentences: part.sentences,
        timeSpans: part.timeSpans,
      });
    }
  }

  const dates = datePassages(drafts, date);
  // Time spans served the date tagger; they are not kept.
  const passages = drafts.map(({ timeSpans: _, ...p }, i) => ({ ...p, dates: dates[i] ?? [] }));

  return { title, date, passages, repeats, stories };
}

/** Fewest "Read more" links that make a page a listing of stories: one alone is an article's inline link. */
const LISTING_LINKS = 2;

/** A paragraph that opens a story on a listing page: a photo caption, or a wire dateline ("BAGHDAD (Reuters) -"). */
function opensStory(text: string): boolean {
  return isCaption(text) || WIRE_DATELINE.test(text);
}

/**
 * Where a further story begins, on a page of several "Read more" links: at the first paragraph of news after a link
 * that follows some news, when that paragraph opens a story. A link at the page's end, or before any news, divides
 * nothing; nor does an article's link to a related story, alone or followed by more of the article.
 */
function storyBreaks(numbered: readonly { para: MappedText; paragraph: number }[]): number[] {
  const links = numbered.filter((p) => endsStory(p.para.text)).length;
  if (links < LISTING_LINKS) return [];
  const breaks: number[] = [];
  let news = false;
  let ended = false;
  for (const { para, paragraph } of numbered) {
    if (isBoilerplate(para.text)) {
      ended ||= news && endsStory(para.text);
      continue;
    }
    if (ended && opensStory(para.text)) breaks.push(paragraph);
    news = true;
    ended = false;
  }
  return breaks;
}

interface Chunk {
  from: number;
  to: number;
  text: string;
  sentences: SentenceInfo[];
  timeSpans: [number, number][];
}

/** A paragraph's text and its sentences → passages of whole sentences, each at most MAX_PASSAGE_CHARS. */
function chunk(text: string, analysed: readonly AnalyzedSentence[]): Chunk[] {
  const sentences = analysed.flatMap((s) => splitLong(text, s));
  const out: Chunk[] = [];
  let group: typeof sentences = [];
  const close = () => {
    const head = group[0];
    const tail = group[group.length - 1];
    if (head && tail) {
      const from = head.start;
      out.push({
        from,
        to: tail.end,
        text: text.slice(from, tail.end),
        sentences: group.map((s) => ({ start: s.start - from, end: s.end - from, kinds: s.kinds, proper: s.proper })),
        // A run-on sentence split in parts repeats its spans: keep each once, inside this chunk.
        timeSpans: [...new Set(group.flatMap((s) => s.timeSpans))]
          .filter(([a, b]) => a >= from && b <= tail.end)
          .map(([a, b]): [number, number] => [a - from, b - from]),
      });
    }
    group = [];
  };
  for (const s of sentences) {
    const head = group[0];
    if (head && s.end - head.start > MAX_PASSAGE_CHARS) close();
    group.push(s);
  }
  close();
  return out;
}

/** A run-on "sentence" longer than a passage is cut between words. */
function splitLong(text: string, s: AnalyzedSentence): AnalyzedSentence[] {
  if (s.end - s.start <= MAX_PASSAGE_CHARS) return [s];
  const out: AnalyzedSentence[] = [];
  let start = s.start;
  while (s.end - start > MAX_PASSAGE_CHARS) {
    let cut = text.lastIndexOf(' ', start + MAX_PASSAGE_CHARS);
    if (cut <= start) cut = start + MAX_PASSAGE_CHARS;
    out.push({ ...s, start, end: cut });
    start = cut;
    while (text[start] === ' ') start++;
  }
  out.push({ ...s, start, end: s.end });
  return out;
}

/**
 * A passage repeats earlier text when the same text is already in the corpus,
 * or when most of its 5-word shingles already occurred in its document (a
 * quoted tweet that the article also paraphrases). A short passage is the same
 * text only under the same title: table rows read alike for different
 * companies ("Qtly div 35 cts vs 35 cts prior", "Record March 14").
 */
function isRepeat(text: string, title: string, docShingles: Set<string>, corpusSeen: Set<string>): boolean {
  const w = words(text).map((x) => x.toLowerCase());
  const key = w.length >= MIN_SHARED_WORDS ? w.join(' ') : `${title.toLowerCase()}\n${w.join(' ')}`;
  const exact = createHash('sha1').update(key).digest('base64');
  if (corpusSeen.has(exact)) return true;
  const grams: string[] = [];
  for (let i = 0; i + 5 <= w.length; i++) grams.push(w.slice(i, i + 5).join(' '));
  if (grams.length === 0 && w.length) grams.push(w.join(' '));
  const old = grams.filter((g) => docShingles.has(g)).length;
  if (grams.length && old / grams.length >= REPEAT_SHARE) return true;
  corpusSeen.add(exact);
  for (const g of grams) docShingles.add(g);
  return false;
}

const MD_HEADING = /^#{1,6}\s+/g;
const MD_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const MD_EMPHASIS = /(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1/g;
const MD_LIST = /^(?:[-*+]|\d+\.)\s+/g;

function stripMarkdown(p: MappedText): MappedText {
  return p
    .replace(MD_HEADING, () => '')
    .replace(MD_LIST, () => '')
    .replace(MD_LINK, (m) => m[1] ?? '')
    .replace(MD_EMPHASIS, (m) => m[2] ?? '')
    .trim();
}
