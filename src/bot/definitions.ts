// Slash command definitions as plain typed JSON, apart from the code that runs
// them, so the deploy script registers them without loading the corpus.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { QUESTION_MAX_CHARS } from '../answer/clean-question.js';
import { DATE_QUERY_MAX_CHARS } from '../timeline/date-query.js';

export const askDefinition = {
  type: ApplicationCommandType.ChatInput,
  name: 'ask',
  description: 'Ask a question about the news articles; get a short answer with cited excerpts',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question, e.g. "Who runs the company?" or "How much did prices rise?"',
      required: true,
      min_length: 1,
      max_length: QUESTION_MAX_CHARS,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      description: 'Only you see the answer (default: everyone in the channel sees it)',
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const timelineDefinition = {
  type: ApplicationCommandType.ChatInput,
  name: 'timeline',
  description: 'What happened on a day or between two days, from the articles; no date gives an overview',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'date',
      description: 'A day (YYYY-MM-DD, 17 May 2024, Friday 17 May), a month (YYYY-MM) or a range (day..day)',
      autocomplete: true,
      max_length: DATE_QUERY_MAX_CHARS,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'to',
      description: 'End of a range (same formats as date)',
      autocomplete: true,
      max_length: DATE_QUERY_MAX_CHARS,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      description: 'Only you see the timeline (default: everyone in the channel sees it)',
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /reload: rebuild the index now. Only for members who may manage the server (the handler checks too). */
export const reloadDefinition = {
  type: ApplicationCommandType.ChatInput,
  name: 'reload',
  description: 'Re-read the articles folder now and report what changed (server managers only)',
  contexts: [InteractionContextType.Guild],
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const postDefinition = {
  type: ApplicationCommandType.ChatInput,
  name: 'post',
  description: 'Share a passage from the articles in a channel, with its source',
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'passage',
      description: 'Type a few words of the passage, then pick it from the list',
      required: true,
      autocomplete: true,
      min_length: 1,
      max_length: 200,
    },
    {
      type: ApplicationCommandOptionType.Channel,
      name: 'channel',
      description: 'Where to post it (default: this channel)',
      channel_types: [
        ChannelType.GuildText,
        ChannelType.GuildAnnouncement,
        ChannelType.PublicThread,
        ChannelType.PrivateThread,
        ChannelType.AnnouncementThread,
      ],
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'comment',
      description: 'A few words of your own, shown above the quote',
      max_length: 300,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const sourcesDefinition = {
  type: ApplicationCommandType.ChatInput,
  name: 'sources',
  description: 'List the articles I answer from: title, date and number of passages',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'page',
      description: 'Page to open (default: 1)',
      min_value: 1,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const readDefinition = {
  type: ApplicationCommandType.ChatInput,
  name: 'read',
  description: 'Read an article passage by passage, in context',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'document',
      description: 'Type a few words of the title, then pick the article from the list',
      required: true,
      autocomplete: true,
      min_length: 1,
      max_length: 200,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'paragraph',
      description: 'Paragraph to open at (default: the first)',
      min_value: 1,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  askDefinition,
  timelineDefinition,
  postDefinition,
  sourcesDefinition,
  readDefinition,
  reloadDefinition,
];

/** /reload for BOT_OWNERS when commands are global: in a direct message with the bot only, so no server sees it. */
export const ownerReloadDefinition = {
  ...reloadDefinition,
  description: 'Re-read the articles folder now and report what changed (bot owners only)',
  contexts: [InteractionContextType.BotDM],
  default_member_permissions: undefined,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * The commands to register (issue 15): in the home server (DISCORD_GUILD_ID), every command; globally,
 * /reload only for BOT_OWNERS in DMs, never in every server the bot is in.
 */
export function definitionsFor(scope: { guildId: string | undefined; owners: readonly string[] }) {
  if (scope.guildId) return commandDefinitions;
  const global = commandDefinitions.filter((d) => d.name !== reloadDefinition.name);
  return scope.owners.length > 0 ? [...global, ownerReloadDefinition] : global;
}
