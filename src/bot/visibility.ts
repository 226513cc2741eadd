// Who sees a reply (issue 15): a public reply goes out only where the member
// could write themselves, and only within their share of public replies
// (PUBLIC_REPLIES); otherwise it is shown to them alone, with a note saying why.
import { PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Cooldown } from './cooldown.js';
import type { Reply } from './render.js';

export type Visibility =
  | { private: false; /** Return the public slot when the reply could not be sent. */ giveBack: () => void }
  | { private: true; note?: string };

export const NOT_WRITABLE_NOTE =
  "Only you can see this: you can't send messages in this channel, so I didn't answer publicly.";

export function overLimitNote(posts: number, windowMs: number): string {
  const window = windowMs % 60_000 === 0 ? `${windowMs / 60_000} min` : `${Math.round(windowMs / 1000)} s`;
  return `Only you can see this: public replies are limited to ${posts} per member per ${window}.`;
}

/** May the member write in the channel the interaction came from? DMs: yes (the reply is theirs alone anyway). */
export function memberMayWriteHere(interaction: ChatInputCommandInteraction | ButtonInteraction): boolean {
  if (!interaction.inGuild()) return true;
  const perms = interaction.memberPermissions;
  // Discord sends the member's permissions in this channel with every guild interaction; none means we can't tell.
  if (!perms) return false;
  const inThread = interaction.channel?.isThread() ?? false;
  const send = inThread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
  return perms.has(PermissionFlagsBits.ViewChannel) && perms.has(send);
}

/** How a reply the member asked to be public (or private) goes out. */
export function replyVisibility(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  askedPrivate: boolean,
  publicReplies: Cooldown,
): Visibility {
  if (askedPrivate) return { private: true };
  if (!memberMayWriteHere(interaction)) return { private: true, note: NOT_WRITABLE_NOTE };
  // Only replies others can see count; a DM is between the member and the bot.
  if (!interaction.inGuild()) return { private: false, giveBack: () => undefined };
  const userId = interaction.user.id;
  const verdict = publicReplies.take(userId);
  if (!verdict.ok) {
    const limit = publicReplies.limit ?? { posts: 0, windowMs: 0 };
    return { private: true, note: overLimitNote(limit.posts, limit.windowMs) };
  }
  return { private: false, giveBack: () => publicReplies.giveBack(userId) };
}

/** The reply as the visibility says: private when it must be, with the note above it. */
export function applyVisibility(reply: Reply, visibility: Visibility): Reply {
  if (!visibility.private) return reply;
  const note = visibility.note;
  return {
    ...reply,
    private: true,
    ...(note ? { content: reply.content ? `${note}\n${reply.content}` : note } : {}),
  };
}
