// Rendering for posting passages: autocomplete choices, the quote embed a
// channel receives, and the notes the member gets (refusals, cooldown,
// confirmation). All within Discord's limits; nothing can ping.
import { ButtonStyle, ChannelType, ComponentType, type APIEmbed } from 'discord.js';
import type { Passage, SourceDocument } from '../corpus/types.js';
import { documentRef, passageRef, sentenceAt } from '../corpus/refs.js';
import type { PassageMatch } from '../search/autocomplete.js';
import { truncate } from '../util/text.js';
import { encodeCustomId } from './custom-id.js';
import { fitContent, fitEmbed, LIMITS } from './limits.js';
import { highlighted, safeText, withoutMentions } from './markdown.js';
import type { PostRefusal } from './permissions.js';
import { COLORS, type Reply } from './render.js';
import { sentencesOf } from '../corpus/passage-store.js';
import { passageTitle } from '../corpus/stories.js';

export const COMMENT_MAX_CHARS = 300;

/** Plain one-line text for places without markdown (choice names, footers): no control characters or line breaks. */
export function plainLine(text: string): string {
  // Controls, and format characters (zero-width, bidirectional overrides) that could disguise a name.
  return text
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `title · date · ¶n` with the title cut to fit `titleMax`. */
export function sourceLine(document: SourceDocument, passage: Passage, titleMax = 60): string {
  return `${truncate(plainLine(passageTitle(document, passage)), titleMax)} · ${document.date ?? 'undated'} · ¶${passage.paragraph}`;
}

/** An autocomplete choice: `title · date · ¶n — excerpt…`, at most 100 characters; the value is a passage ref. */
export function passageChoice(m: Pick<PassageMatch, 'passage' | 'document' | 'at'>): { name: string; value: string } {
  const head = sourceLine(m.document, m.passage, 34);
  // Start the excerpt at the word that matched, unless it is near the start anyway.
  const from = m.at > 24 ? m.at : 0;
  const body = plainLine(m.passage.text.slice(from));
  const name = truncate(`${head} — ${from > 0 ? '…' : ''}${body}`, LIMITS.choiceName);
  // The value remembers the sentence the name showed, so the quote can lead to it.
  return { name, value: passageRef(m.passage, sentenceAt(m.passage, m.at)) };
}

/** An autocomplete choice for a document: `title · date · n paragraphs`; the value is a document ref. */
export function documentChoice(d: SourceDocument, paragraphs: number): { name: string; value: string } {
  const tail = ` · ${d.date ?? 'undated'} · ${paragraphs} ¶`;
  return { name: truncate(plainLine(d.title), LIMITS.choiceName - tail.length) + tail, value: documentRef(d) };
}

/** A passage longer than this is quoted from just before the sentence that was picked, so that sentence shows. */
export const QUOTE_FULL_CHARS = 400;

/**
 * The quote's text: the passage, with the sentence the member picked in
 * bold. A long passage whose picked sentence lies deep in it starts one
 * sentence before that one ("…"); /read shows the rest.
 */
export function quoteText(passage: Passage, focus = 0): string {
  const focused = focus > 0 ? sentencesOf(passage)[focus] : undefined;
  const before = focus >= 2 ? sentencesOf(passage)[focus - 1] : undefined;
  const start = focused && before && passage.text.length > QUOTE_FULL_CHARS ? before.start : 0;
  const spans: [number, number][] = focused ? [[focused.start - start, focused.end - start]] : [];
  return highlighted(passage.text.slice(start), spans, LIMITS.embedDescription - 200, start > 0 ? '…' : '');
}

/** The message a channel receives: the passage quoted, its source, who shared it, and their comment. */
export function renderQuote(
  passage: Passage,
  document: SourceDocument,
  sharedBy: string,
  comment?: string,
  focus = 0,
): { content?: string; embeds: APIEmbed[] } {
  const embed = fitEmbed({
    title: safeText(truncate(plainLine(passageTitle(document, passage)), 240)),
    description: quoteText(passage, focus),
    color: COLORS.answer,
    fields: [
      { name: 'Published', value: document.date ?? 'undated', inline: true },
      { name: 'Paragraph', value: `¶${passage.paragraph}`, inline: true },
      { name: 'Document', value: safeText(truncate(document.id, 200)), inline: true },
    ],
    footer: { text: `Shared by ${truncate(plainLine(sharedBy), 80) || 'a member'}` },
  });
  const said = comment?.trim() ? memberComment(truncate(comment.trim(), COMMENT_MAX_CHARS)) : '';
  // Labelled as the member's, so it never reads as the bot's own words.
  const text = said
    ? fitContent(`**Comment by ${safeText(truncate(plainLine(sharedBy), 80) || 'a member')}:** ${said}`)
    : undefined;
  return { ...(text ? { content: text } : {}), embeds: [embed] };
}

/**
 * A member's comment keeps its bold and italics, but can't take the bot's
 * voice (issue 15): headings, subtext and block quotes at a line's start, and
 * masked links (a link whose text hides where it goes), are escaped; mentions
 * are defused.
 */
export function memberComment(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^(\s*)(#{1,6}|-#|>>>|>)(?=\s|$)/, '$1\\$2'));
  return withoutMentions(lines.join('\n').replace(/\[([^\]\n]*)\]\(/g, '\\[$1\\]('));
}

/** A private answer reposted for everyone: its embeds as they were, "shared by" in the footer, no buttons. */
export function renderSharedAnswer(embeds: APIEmbed[], sharedBy: string): { embeds: APIEmbed[] } {
  const by = `Shared by ${truncate(plainLine(sharedBy), 80) || 'a member'}`;
  return {
    embeds: embeds
      .slice(0, LIMITS.embedsPerMessage)
      .map((e, i) =>
        fitEmbed({ ...e, ...(i === 0 ? { footer: { text: e.footer?.text ? `${by} · ${e.footer.text}` : by } } : {}) }),
      ),
  };
}

function note(content: string): Reply {
  return { content: fitContent(content), embeds: [], private: true };
}

const CHANNEL_KIND: Partial<Record<ChannelType, string>> = {
  [ChannelType.GuildVoice]: 'a voice channel',
  [ChannelType.GuildStageVoice]: 'a stage channel',
  [ChannelType.GuildCategory]: 'a category',
  [ChannelType.GuildForum]: 'a forum (pick one of its posts instead)',
  [ChannelType.GuildMedia]: 'a media channel (pick one of its posts instead)',
  [ChannelType.GuildDirectory]: 'a directory',
};

const list = (names: string[]): string =>
  names.length <= 1
    ? `**${names[0] ?? ''}**`
    : `${names
        .slice(0, -1)
        .map((n) => `**${n}**`)
        .join(', ')} and **${names.at(-1) ?? ''}**`;

/** Why nothing was posted, and where; channel ids are digits, so `<#id>` is safe and links the channel. */
export function renderPostRefusal(r: PostRefusal): Reply {
  const where = 'channelId' in r ? `<#${r.channelId}>` : 'that channel';
  switch (r.reason) {
    case 'not-in-guild':
      return note('Posting works in a server channel, not in direct messages.');
    case 'unknown-channel':
      return note("I can't see that channel. Pick a text channel of this server, or try again in a minute.");
    case 'other-guild':
      return note('That channel belongs to another server; pick a channel of this one.');
    case 'channel-type':
      return note(
        `Nothing posted: ${where} is ${CHANNEL_KIND[r.type] ?? 'not a text channel'}. Pick a text or announcement channel, or a thread.`,
      );
    case 'member-unknown':
      return note(`Nothing posted: I couldn't check your permissions in ${where}. Try again in a moment.`);
    case 'member':
      return note(
        `Nothing posted: you don't have ${list(r.missing)} in ${where}. I only post where you could post yourself.`,
      );
    case 'bot-unknown':
      return note(`Nothing posted: I couldn't check my own permissions in ${where}. Try again in a moment.`);
    case 'bot':
      return note(
        `Nothing posted: I'm missing ${list(r.missing)} in ${where}. A server admin can give my role View Channel, Send Messages and Embed Links there.`,
      );
    case 'thread-locked':
      return note(`Nothing posted: ${where} is a locked thread. Post in an open thread or channel.`);
    case 'thread-private':
      return note(`Nothing posted: ${where} is a private thread you're not in. Post in a thread you're part of.`);
  }
}

export function renderCooldown(retryAfterMs: number, posts: number, windowMs: number): Reply {
  const secs = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const window = windowMs % 60_000 === 0 ? `${windowMs / 60_000} min` : `${Math.round(windowMs / 1000)} s`;
  return note(
    `Easy there: you can post ${posts} times per ${window}. Try again in ${secs} second${secs === 1 ? '' : 's'}.`,
  );
}

export function renderPosted(url: string, channelId: string): Reply {
  return note(`Posted in <#${channelId}>: ${url}`);
}

/** Discord refused the message although the checks passed (permissions changed in between, or a channel we can't see). */
export function renderPostFailed(channelId: string, reason: 'permissions' | 'gone' | 'other'): Reply {
  const where = `<#${channelId}>`;
  if (reason === 'permissions')
    return note(
      `Nothing posted: Discord says I may not post in ${where}. A server admin can give my role View Channel, Send Messages and Embed Links there.`,
    );
  if (reason === 'gone') return note('Nothing posted: that channel no longer exists.');
  return note(`Nothing posted: Discord did not take the message for ${where}. Please try again in a moment.`);
}

/** Typed text that is not one clear passage: the best candidates, to pick from the list instead. */
export function renderPostCandidates(typed: string, matches: readonly PassageMatch[]): Reply {
  if (matches.length === 0)
    return note(
      `Nothing in the articles matches "${safeText(truncate(plainLine(typed), 80))}". Type a few words of the passage and pick it from the list.`,
    );
  const lines = matches.slice(0, 5).map((m, i) => `${i + 1}. ${safeText(passageChoice(m).name)}`);
  return note(
    [
      `"${safeText(truncate(plainLine(typed), 80))}" fits several passages; nothing posted. Pick one from the list as you type:`,
      ...lines,
    ].join('\n'),
  );
}

export const POST_BUTTON = { kind: 'rpost', label: 'Post' } as const;

/** A "Post" button for a passage, to share it in the current channel. */
export function postButton(passage: Passage, label = 'Post here') {
  return {
    type: ComponentType.Button as const,
    style: ButtonStyle.Success as const,
    label,
    custom_id: encodeCustomId(POST_BUTTON.kind, [passageRef(passage)]),
  };
}
