// Body text → cleaned paragraphs, each with a map back to source offsets.
// Handles three layouts: one paragraph per line (web copy), blank-line
// separated paragraphs, and hard-wrapped text where a paragraph is opened by
// an indent (wire copy, ~70 columns).
import { isCapitalsHeadline } from './boilerplate.js';
import { MappedText } from './mapped-text.js';

interface Line {
  text: string;
  start: number;
}

function lines(text: string, offset: number): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ text: text.slice(start, end).replace(/\r$/, ''), start: offset + start });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/** A line that opens a paragraph by its indent (wire copy), or a list item or heading (Markdown). */
const INDENTED = /^(?: {2,}|\t)\S/;
const ITEM = /^\s*[-*+•]\s|^#{1,6}\s/;

/**
 * Hard-wrapped text has many lines of similar, moderate length; or, in short
 * wire items and tables, short lines where an indent opens each paragraph and
 * unindented lines carry one on, or a line carries on in lower case from one
 * that did not end a sentence. Web copy has one long line per paragraph; a
 * list of short lines is neither.
 */
export function isHardWrapped(all: readonly Line[]): boolean {
  const filled = all.filter((l) => l.text.trim().length > 0);
  if (filled.length < 4) return false;
  const longest = Math.max(...filled.map((l) => l.text.length));
  if (longest > 100) return false;
  const wrapped = filled.filter((l) => l.text.trim().length >= 30).length;
  if (wrapped / filled.length >= 0.6) return true;
  let indented = false;
  let carried = false;
  for (const [i, l] of all.entries()) {
    const prev = all[i - 1]?.text.trim() ?? '';
    if (INDENTED.test(l.text) && !ITEM.test(l.text)) indented = true;
    if (!prev || ITEM.test(l.text)) continue;
    if (/^\p{Ll}/u.test(l.text) && !/[.!?:]["”’']?$/u.test(prev)) return true;
    // Line 0 may be a headline over an unindented first paragraph: no evidence.
    if (i > 1 && /^[^\s#]/.test(l.text)) carried = true;
  }
  return indented && carried;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;
// Runs of white space, and any single white space that is not a plain space.
const SPACES = /\s{2,}|[^\S ]/g;
// "respond.The rocket" and "time.”Reuters": a sentence end glued to the next
// sentence. Only after a lower-case letter, digit or closing bracket, and only
// before a capitalised word, so "U.S.", "Jan. 3" and "p.m." are left alone.
const GLUED = /(?<=[\p{Ll}\d%)\]][.!?]["”’']?)(?=["“‘']?\p{Lu}\p{Ll})/gu;

/** Collapse white space, drop control characters and repair glued sentences. */
export function cleanParagraph(source: MappedText): MappedText {
  return source
    .replace(CONTROL, () => '')
    .replace(SPACES, () => ' ')
    .replace(GLUED, () => ' ')
    .trim();
}

/** A line that goes on with the sentence `prev` left open. */
function carriesOn(prev: string, text: string): boolean {
  return /^\p{Ll}/u.test(text) && /[\p{L}\d,]$/u.test(prev.trim());
}

/** Split a document body into cleaned paragraphs. `offset` is where the body starts in the file. */
export function splitParagraphs(body: string, offset: number): MappedText[] {
  const all = lines(body, offset);
  const wrapped = isHardWrapped(all);
  const groups: Line[][] = [];
  let current: Line[] = [];
  const close = () => {
    if (current.length) groups.push(current);
    current = [];
  };
  let seen = 0;
  let blank = false;
  for (const line of all) {
    const text = line.text.trim();
    if (text === '') {
      blank = true;
      continue;
    }
    // A blank line closes the paragraph, unless wire copy carries a sentence on across it
    // ("Sweden's Nordbanken banking group" / "" / "said it would postpone…"): the next line
    // opens in lower case and the last one ended no sentence.
    if (blank && !(wrapped && carriesOn(current[current.length - 1]?.text ?? '', text))) close();
    blank = false;
    seen++;
    // In wrapped copy an indent opens a paragraph (the sign-off " Reuter" has one space), as does a list item.
    const opens =
      !wrapped ||
      /^\s/.test(line.text) ||
      ITEM.test(line.text) ||
      (seen === 2 && groups.length === 0 && isCapitalsHeadline(current[0]?.text ?? '') && !isCapitalsHeadline(text));
    if (opens) close();
    current.push(line);
  }
  close();
  return groups.map((group) => {
    // Join the group's lines; each newline becomes a space, mapped to itself.
    const first = group[0] as Line;
    const last = group[group.length - 1] as Line;
    const raw = body.slice(first.start - offset, last.start - offset + last.text.length);
    return cleanParagraph(MappedText.of(raw, first.start));
  });
}
