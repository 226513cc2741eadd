// Corpus and user text shown in Discord: markdown escaped so it reads as
// written, mentions defused so it can never ping (belt and braces on top of
// the client's allowedMentions: { parse: [] }).
import { escapeMarkdown } from 'discord.js';
import { truncate } from '../util/text.js';

/** Escape Discord markdown and break @everyone, @here and <@…> mentions with a zero-width space. */
export function safeText(text: string): string {
  return withoutMentions(
    escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }),
  );
}

/** A member's own text (a comment) keeps its markdown; only mentions are broken, so nothing can ping. */
export function withoutMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
}

/**
 * Plain text with [start, end) spans in bold, escaped, at most `max`
 * characters. Cuts the plain text first (escaping only lengthens it), then
 * shortens until the escaped result fits.
 */
export function highlighted(text: string, spans: [number, number][], max: number, prefix = ''): string {
  let budget = max;
  for (;;) {
    const plain = truncate(text, Math.max(1, budget - prefix.length));
    let out = prefix;
    let at = 0;
    for (const [s, e] of spans) {
      if (s < at || e > plain.length) continue;
      out += safeText(plain.slice(at, s)) + '**' + safeText(plain.slice(s, e)) + '**';
      at = e;
    }
    out += safeText(plain.slice(at));
    if (out.length <= max || budget <= 1) return out.length <= max ? out : truncate(out, max);
    budget -= out.length - max + 8;
  }
}
