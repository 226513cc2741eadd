// Paragraphs that are page furniture, not news: link labels, copyright lines,
// editor's notes, update stamps, wire sign-offs, section labels.

/** A link to the rest of a story: on a listing page, what follows is another story. */
const STORY_END = /^(read more|read next|continue reading)\W*$/i;

const FURNITURE: readonly RegExp[] = [
  STORY_END,
  /^(additional information|related( articles| stories| coverage)?|advertisement|share this( article| story)?|sign up\b.*|subscribe\b.*|click here\b.*|see also|more from\b.*)\W*$/i,
  /^©/,
  /\ball rights reserved\b/i,
  /^copyright\b/i,
  /^editor'?s note\s*:/i,
  /^(updated|published|posted|last updated|first published)\s*:?.{0,60}\d.{0,30}$/i,
  /^reuters?\W*$/i,
  /^\(?(reporting|writing|editing|additional reporting) by\b[^.]*\)?\.?$/i,
];

/** Whether a paragraph is a link to the rest of a story (furniture too). */
export function endsStory(paragraph: string): boolean {
  return STORY_END.test(paragraph.trim());
}

export function isBoilerplate(paragraph: string): boolean {
  const p = paragraph.trim().replace(/[’]/g, "'");
  if (p.length === 0) return true;
  if (FURNITURE.some((re) => re.test(p))) return true;
  // A lone word with no sentence punctuation is a section label ("world").
  return /^[\p{L}&-]+$/u.test(p);
}

/** A photo caption ends with a credit in brackets: "(U.S. Army/Spc. A. Garcia)", "(REUTERS/…)". */
export function isCaption(paragraph: string): boolean {
  return /\((?:[^()]*\/[^()]*|(?:photo|image|picture|credit|file photo)\b[^()]*)\)\s*$/i.test(paragraph);
}

/**
 * A headline: short, one line of words, one sentence (`sentences`, as the
 * sentence splitter counts them: "U.K. MONEY MARKET GIVEN HELP" is one), no
 * sentence end at the end.
 */
export function isHeadline(paragraph: string, sentences: number): boolean {
  const words = paragraph.split(/\s+/).length;
  if (words < 2 || words > 25 || paragraph.length > 200) return false;
  if (sentences > 1) return false;
  if (/[.!?:;,"”]$/.test(paragraph) && !isCapitalsHeadline(paragraph)) return false;
  return !isCaption(paragraph);
}

/** A headline set in capitals, as wire copy has them ("STANDARD OIL <SRD> TO FORM FINANCIAL UNIT"). */
export function isCapitalsHeadline(line: string): boolean {
  const text = line.trim();
  if (text.split(/\s+/).length < 2 || /[:;,]$/.test(text)) return false;
  const upper = (text.match(/\p{Lu}/gu) ?? []).length;
  const lower = (text.match(/\p{Ll}/gu) ?? []).length;
  return upper >= 4 && lower <= upper * 0.2;
}
