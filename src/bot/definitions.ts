// Slash command definitions as plain typed JSON, apart from the code that runs
// them, so the deploy script registers them without loading the corpus.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
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
      description: 'Your question, e.g. "Who leads the mission?" or "How many troops are there?"',
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
      description:
        'A day (2020-01-03, Jan 3 2020, Friday 3 January), a month (2020-01) or a range (2020-01-03..2020-01-08)',
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

export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  askDefinition,
  timelineDefinition,
  reloadDefinition,
];
