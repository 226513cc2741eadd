// Slash command definitions as plain typed JSON, apart from the code that runs
// them, so the deploy script registers them without loading the corpus.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { QUESTION_MAX_CHARS } from '../answer/clean-question.js';

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
  postDefinition,
  sourcesDefinition,
  readDefinition,
];
