// The shape of a slash command module: its definition and its handler.
import type {
  ChatInputCommandInteraction,
  InteractionReplyOptions,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { Engine } from '../engine.js';
import type { Logger } from '../log.js';
import type { Reply } from './render.js';

export interface BotContext {
  engine: Engine;
  log: Logger;
}

export interface SlashCommand {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
}

/** A rendered reply as discord.js reply options; never pings. */
export function toReplyOptions(reply: Reply): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    ...(reply.content ? { content: reply.content } : {}),
    embeds: reply.embeds,
    allowedMentions: { parse: [] },
    ...(reply.private ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
