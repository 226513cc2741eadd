// Small text helpers shared by the core and the front-ends.

/**
 * Cut `text` to at most `max` characters, on a word boundary where one is
 * near, ending with "…". Never splits a surrogate pair.
 */
export function truncate(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  if (max <= ellipsis.length) return ellipsis.slice(0, Math.max(0, max));
  let cut = max - ellipsis.length;
  const space = text.lastIndexOf(' ', cut);
  // Prefer a word boundary unless it throws away more than a third.
  if (space > cut * 0.66) cut = space;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return text.slice(0, cut).replace(/[\s,;:–—-]+$/u, '') + ellipsis;
}

/** A word list written as whitespace-separated `a:b` pairs ("iraqi:iraq tehran:iran") → its pairs. */
export function wordPairs(list: string): [string, string][] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]);
}

/** `text` with the characters a regular expression reads as syntax escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
