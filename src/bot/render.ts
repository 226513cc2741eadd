// Everything the bot shows, rendered in one place: answers, not-found notes
// and errors as Discord message payloads within Discord's limits.
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import type { AskResult, Citation } from '../answer/compose.js';
import { EXCERPT_CHARS } from '../answer/excerpt.js';
import { truncate } from '../util/text.js';
import { fitContent, fitEmbed, LIMITS } from './limits.js';
import { highlighted, safeText } from './markdown.js';
import { passageTitle } from '../corpus/stories.js';

export const COLORS = { answer: 0x2b6cb0, notFound: 0xb7791f, error: 0xc53030 } as const;

/** What a reply is made of; `private` replies are ephemeral. */
export interface Reply {
  content?: string;
  embeds: APIEmbed[];
  /** Button rows; their state lives in each custom_id. */
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  private: boolean;
}

export function citationTitle(c: Citation): string {
  return `[${c.n}] ${passageTitle(c.document, c.passage)} · ${c.document.date ?? 'undated'} · ¶${c.passage.paragraph}`;
}

function citationField(c: Citation): { name: string; value: string } {
  const ex = c.excerpt;
  return {
    // Cut before escaping: escaping is slow on long text and only lengthens it.
    name: truncate(safeText(truncate(citationTitle(c), 200)), LIMITS.fieldName),
    value: highlighted(
      ex.text,
      ex.highlights,
      Math.min(LIMITS.fieldValue, EXCERPT_CHARS + 120),
      ex.cutBefore ? '…' : '',
    ),
  };
}

function footerText(stats: { passages: number; documents: number; ms: number }): string {
  const ms = stats.ms < 10 ? stats.ms.toFixed(1) : Math.round(stats.ms).toString();
  return `Searched ${stats.passages.toLocaleString('en-US')} passages in ${stats.documents.toLocaleString('en-US')} articles · ${ms} ms`;
}

export function renderAsk(result: AskResult, isPrivate: boolean): Reply {
  const title = safeText(truncate(result.question || 'Your question', LIMITS.embedTitle - 10));
  switch (result.kind) {
    case 'answer': {
      const description =
        (result.lead ? `**${safeText(result.lead)}** ` : '') +
        result.sentences.map((s) => `${safeText(s.text)} [${s.citation}]`).join(' ');
      const embed = fitEmbed({
        title,
        description,
        color: COLORS.answer,
        fields: result.citations.slice(0, 5).map(citationField),
        footer: { text: footerText(result.stats) },
      });
      return { embeds: [embed], private: isPrivate };
    }
    case 'not-found': {
      const lines = [`I couldn't find an answer in the articles. ${safeText(result.message)}`];
      if (result.suggestions.length)
        lines.push('', `Words the articles do use: ${result.suggestions.map((s) => `**${safeText(s)}**`).join(', ')}`);
      lines.push('', 'Try other words, or ask about a person, place or event the articles cover.');
      const embed = fitEmbed({
        title,
        description: lines.join('\n'),
        color: COLORS.notFound,
        footer: { text: footerText(result.stats) },
      });
      return { embeds: [embed], private: isPrivate };
    }
    case 'invalid':
      return renderError(result.message);
  }
}

/** A short ephemeral note: what happened and what to do. */
export function renderError(message: string): Reply {
  // Cut before escaping: escaping is slow on long text and only lengthens it.
  return {
    content: fitContent(safeText(truncate(message, LIMITS.content))),
    embeds: [],
    private: true,
  };
}

export const SORRY =
  'Sorry, something went wrong while answering. Please try again in a moment; if it keeps happening, tell the server admins.';

export const STALE_BUTTON =
  'This button no longer works (it belongs to an older message or version of the bot). Run the command again for fresh buttons.';

export const STILL_INDEXING =
  'Newsdesk has just started and is still indexing the articles; this works in a minute or so. (/ask questions asked now are answered as soon as the index is ready.)';

export const SHUTTING_DOWN =
  'Newsdesk is restarting and could not take this one. Please run the command again in a minute.';

/** Ephemeral: which permission the bot lacks, where, and who can fix it. */
export function renderMissingPermission(permissions: string[], channelId: string | null): Reply {
  const list = permissions.map((p) => `**${safeText(truncate(p, 60))}**`).join(', ');
  // A channel mention never pings; it shows as a link to the channel.
  const where = channelId && /^\d+$/.test(channelId) ? `in <#${channelId}>` : 'here';
  const content =
    `I couldn't do that: I'm missing the ${list} permission${permissions.length > 1 ? 's' : ''} ${where}. ` +
    `A server admin can allow ${permissions.length > 1 ? 'them' : 'it'} for the Newsdesk role in that channel's settings (Edit Channel → Permissions), then try again.`;
  return { content: fitContent(content), embeds: [], private: true };
}
