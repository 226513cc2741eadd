// Discord's message limits, and an embed fitter that enforces all of them,
// including the two the builders don't check: the 6,000 total and content.
import type { APIEmbed } from 'discord.js';
import { truncate } from '../util/text.js';

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Characters that count toward the 6,000 limit. */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0)
  );
}

/**
 * Cut every part of an embed to its limit, then drop fields from the end
 * (and finally shorten the description) until the whole fits 6,000.
 * Field names and values may not be empty.
 */
export function fitEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.author) };
  if (out.fields)
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.fieldName) || '\u200b',
      value: truncate(f.value, LIMITS.fieldValue) || '\u200b',
    }));
  while (embedLength(out) > LIMITS.embedTotal && out.fields?.length) out.fields = out.fields.slice(0, -1);
  const over = embedLength(out) - LIMITS.embedTotal;
  if (over > 0 && out.description)
    out.description = truncate(out.description, Math.max(1, out.description.length - over));
  return out;
}

export function fitContent(text: string): string {
  return truncate(text, LIMITS.content);
}
