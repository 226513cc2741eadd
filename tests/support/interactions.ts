// Real discord.js interactions (ChatInputCommandInteraction, ButtonInteraction,
// AutocompleteInteraction) built from API payloads on an offline client, as the
// gateway would deliver them, with their reply methods recording instead of
// calling Discord. Used with the guilds of discord-objects.ts.
import {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  InteractionType,
  MessageFlags,
  type Client,
} from 'discord.js';
import { MEMBER_BITS } from './discord-objects.js';

export interface Sent {
  kind: 'reply' | 'deferReply' | 'editReply' | 'followUp' | 'update' | 'deferUpdate' | 'respond';
  options: Record<string, unknown>;
}

export type Recorded<T> = T & { sent: Sent[] };

let seq = 900_000_000_000_000_000n;
const nextId = () => String(seq++);

export interface Where {
  guildId?: string | null;
  channelId?: string;
  channelType?: number;
  userId?: string;
  /** The member's permissions in the channel, as Discord computes them; default an ordinary member's. */
  permissions?: string;
  appPermissions?: string;
}

function base(where: Where, type: InteractionType, data: unknown, extra: Record<string, unknown> = {}) {
  const userId = where.userId ?? '100000000000000002';
  const guildId = where.guildId === undefined ? '200000000000000001' : where.guildId;
  const channelId = where.channelId ?? '400000000000000001';
  const u = { id: userId, username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null };
  return {
    id: nextId(),
    application_id: '100000000000000001',
    type,
    token: `interaction-token-${nextId()}`,
    version: 1,
    channel_id: channelId,
    channel: { id: channelId, type: where.channelType ?? 0, ...(guildId ? { guild_id: guildId } : {}) },
    app_permissions: where.appPermissions ?? MEMBER_BITS,
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    ...(guildId
      ? {
          guild_id: guildId,
          guild_locale: 'en-US',
          member: {
            user: u,
            roles: [],
            joined_at: '2020-01-01T00:00:00.000Z',
            permissions: where.permissions ?? MEMBER_BITS,
            deaf: false,
            mute: false,
            flags: 0,
          },
        }
      : { user: u }),
    data,
    ...extra,
  };
}

function record<T extends object>(interaction: T): Recorded<T> {
  const sent: Sent[] = [];
  const i = interaction as unknown as Record<string, unknown>;
  for (const kind of ['reply', 'deferReply', 'editReply', 'followUp', 'update', 'deferUpdate', 'respond'] as const) {
    i[kind] = (options: Record<string, unknown> = {}) => {
      sent.push({ kind, options });
      if (kind === 'reply' || kind === 'update') i.replied = true;
      if (kind === 'deferReply' || kind === 'deferUpdate') i.deferred = true;
      if (kind === 'respond') i.responded = true;
      return Promise.resolve(undefined);
    };
  }
  return Object.assign(interaction, { sent });
}

type Ctor<T> = new (client: Client, data: unknown) => T;

export interface Option {
  name: string;
  type: number;
  value: string | number | boolean;
  focused?: boolean;
}

export function slashCommand(client: Client, name: string, options: Option[] = [], where: Where = {}) {
  const data = { id: nextId(), name, type: 1, options };
  const Cls = ChatInputCommandInteraction as unknown as Ctor<ChatInputCommandInteraction>;
  return record(new Cls(client, base(where, InteractionType.ApplicationCommand, data)));
}

export function autocomplete(client: Client, name: string, options: Option[], where: Where = {}) {
  const data = { id: nextId(), name, type: 1, options };
  const Cls = AutocompleteInteraction as unknown as Ctor<AutocompleteInteraction>;
  return record(new Cls(client, base(where, InteractionType.ApplicationCommandAutocomplete, data)));
}

export interface PressedMessage {
  /** custom_ids of the buttons the message carries (one row). */
  buttons: string[];
  /** Who ran the command that made the message (its interaction metadata); null: none recorded. */
  askedBy: string | null;
  ephemeral?: boolean;
  embeds?: unknown[];
}

export function buttonPress(client: Client, customId: string, on: PressedMessage, where: Where = {}) {
  const message = {
    id: nextId(),
    channel_id: where.channelId ?? '400000000000000001',
    author: { id: '100000000000000001', username: 'newsdesk', discriminator: '0', bot: true, avatar: null },
    content: '',
    embeds: on.embeds ?? [],
    components: [
      {
        type: 1,
        components: on.buttons.map((id, i) => ({ type: 2, style: 2, label: `b${i}`, custom_id: id })),
      },
    ],
    attachments: [],
    timestamp: '2020-01-01T00:00:00.000Z',
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    pinned: false,
    type: 20,
    flags: on.ephemeral ? MessageFlags.Ephemeral : 0,
    ...(on.askedBy
      ? {
          interaction_metadata: {
            id: nextId(),
            type: 2,
            user: { id: on.askedBy, username: 'asker', discriminator: '0', avatar: null },
            authorizing_integration_owners: {},
          },
        }
      : {}),
  };
  const data = { custom_id: customId, component_type: 2 };
  const Cls = ButtonInteraction as unknown as Ctor<ButtonInteraction>;
  return record(new Cls(client, base(where, InteractionType.MessageComponent, data, { message })));
}
