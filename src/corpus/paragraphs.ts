// Body text → cleaned paragraphs, each with a map back to source offsets.
// Handles three layouts: one paragraph per line (web copy), blank-line
// separated paragraphs, and hard-wrapped text where a paragraph is opened by
// an indent (wire copy, ~70 columns).
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

/**
 * Hard-wrapped text has many lines of similar, moderate length. Web copy has
 * one long line per paragraph; a list of short lines is neither.
 */
export function isHardWrapped(all: readonly Line[]): boolean {
  const filled = all.filter((l) => l.text.trim().length > 0);
  if (filled.length < 4) return false;
  const longest = Math.max(...filled.map((l) => l.text.length));
  if (longest > 100) return false;
  const wrapped = filled.filter((l) => l.text.trim().length >= 30).length;
  return wrapped / filled.length >= 0.6;
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
  for (const line of all) {
    if (line.text.trim() === '') {
      close();
      continue;
    }
    if (!wrapped || /^(\s{2,}|\t)/.test(line.text)) close();
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
