// How a rendered reply goes out: as reply, edit or update options, and the
// one shape of a short private note. Mentions are off by the client's default
// (client.ts), which discord.js applies to every message; nothing here repeats it.
import {
  MessageFlags,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
} from 'discord.js';
import type { Reply } from './render.js';

/** A short note only the member sees: errors, refusals, "try again". */
export function ephemeral(content: string): InteractionReplyOptions & { flags: MessageFlags.Ephemeral } {
  return { content, flags: MessageFlags.Ephemeral };
}

/** A rendered reply as discord.js reply options. */
export function toReplyOptions(reply: Reply): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    ...(reply.content ? { content: reply.content } : {}),
    embeds: reply.embeds,
    ...(reply.components ? { components: reply.components } : {}),
    ...(reply.private ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** The same, for editing a reply (its visibility was fixed when it was sent or deferred). */
export function toEditOptions(reply: Reply): InteractionEditReplyOptions {
  return {
    content: reply.content ?? '',
    embeds: reply.embeds,
    components: reply.components ?? [],
  };
}

/** The same, for updating the message a button is on (paging in place). */
export function toUpdateOptions(reply: Reply): InteractionUpdateOptions {
  return {
    content: reply.content ?? '',
    embeds: reply.embeds,
    components: reply.components ?? [],
  };
}
