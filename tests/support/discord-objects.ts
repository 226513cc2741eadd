// Real discord.js objects built from typed API data, as Skyra's tests do
// (skyra-project/skyra, tests/mocks/MockInstances.ts): a Client that never
// connects, and a Guild with roles, channels, threads and members patched in
// through discord.js's own constructors, so permission maths is discord.js's.
import {
  ChannelType,
  Client,
  ClientUser,
  PermissionFlagsBits,
  type APIChannel,
  type APIGuild,
  type APIGuildMember,
  type APIOverwrite,
  type APIRole,
  type APIThreadChannel,
  type APIUser,
  type Guild,
  type GuildBasedChannel,
  type GuildMember,
  type Snowflake,
} from 'discord.js';

export const P = PermissionFlagsBits;

export const bits = (...flags: bigint[]): string => String(flags.reduce((a, b) => a | b, 0n));

/** What an ordinary member may do. */
export const MEMBER_BITS = bits(
  P.ViewChannel,
  P.SendMessages,
  P.SendMessagesInThreads,
  P.EmbedLinks,
  P.AttachFiles,
  P.ReadMessageHistory,
  P.AddReactions,
  P.UseApplicationCommands,
);

type Cached<T> = { _add(data: unknown, cache?: boolean): T };

export function user(id: Snowflake, username: string, bot = false): APIUser {
  return { id, username, discriminator: '0', global_name: null, avatar: null, ...(bot ? { bot: true } : {}) };
}

export function role(id: Snowflake, name: string, permissions: string, position: number, botId?: Snowflake): APIRole {
  return {
    id,
    name,
    permissions,
    position,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    managed: botId !== undefined,
    mentionable: false,
    flags: 0 as APIRole['flags'],
    ...(botId ? { tags: { bot_id: botId } } : {}),
  };
}

export function overwrite(id: Snowflake, type: 'role' | 'member', allow: string, deny: string): APIOverwrite {
  return { id, type: type === 'role' ? 0 : 1, allow, deny };
}

export function textChannel(
  id: Snowflake,
  guildId: Snowflake,
  name: string,
  overwrites: APIOverwrite[] = [],
  type: ChannelType.GuildText | ChannelType.GuildAnnouncement = ChannelType.GuildText,
): APIChannel {
  return {
    id,
    type,
    guild_id: guildId,
    name,
    position: 0,
    parent_id: null,
    permission_overwrites: overwrites,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

export function otherChannel(
  id: Snowflake,
  guildId: Snowflake,
  name: string,
  type: ChannelType.GuildVoice | ChannelType.GuildCategory | ChannelType.GuildForum | ChannelType.GuildStageVoice,
): APIChannel {
  return { id, type, guild_id: guildId, name, position: 0, parent_id: null, permission_overwrites: [] } as APIChannel;
}

export function thread(
  id: Snowflake,
  guildId: Snowflake,
  parentId: Snowflake,
  name: string,
  { locked = false, type = ChannelType.PublicThread } = {},
): APIThreadChannel {
  return {
    id,
    type,
    guild_id: guildId,
    parent_id: parentId,
    name,
    owner_id: '1',
    message_count: 0,
    member_count: 1,
    rate_limit_per_user: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: '2020-01-01T00:00:00.000Z',
      locked,
    },
    applied_tags: [],
  } as unknown as APIThreadChannel;
}

export function member(u: APIUser, roles: Snowflake[] = []): APIGuildMember {
  return {
    user: u,
    roles,
    joined_at: '2020-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0 as APIGuildMember['flags'],
    nick: null,
    avatar: null,
    premium_since: null,
  };
}

/** A client that never logs in, whose user is `botUser`. */
export function offlineClient(botUser: APIUser): Client {
  const client = new Client({ intents: [] });
  // The constructor is internal (protected in the typings): what the READY payload would call.
  const Ctor = ClientUser as unknown as new (client: Client, data: APIUser) => ClientUser;
  client.user = new Ctor(client, botUser);
  return client;
}

export interface GuildData {
  id: Snowflake;
  ownerId: Snowflake;
  roles: APIRole[];
  channels: APIChannel[];
  threads?: APIThreadChannel[];
  members: APIGuildMember[];
}

/** A Guild patched in through the client's own manager, as GUILD_CREATE would. */
export function addGuild(client: Client, g: GuildData): Guild {
  const data = {
    id: g.id,
    name: 'Test guild',
    icon: null,
    owner_id: g.ownerId,
    unavailable: false,
    member_count: g.members.length,
    features: [],
    emojis: [],
    stickers: [],
    roles: g.roles,
    channels: g.channels,
    threads: g.threads ?? [],
    members: g.members,
    presences: [],
    voice_states: [],
    joined_at: '2020-01-01T00:00:00.000Z',
  } as unknown as APIGuild;
  return (client.guilds as unknown as Cached<Guild>)._add(data);
}

export function channelOf(guild: Guild, id: Snowflake): GuildBasedChannel {
  const c = guild.channels.cache.get(id);
  if (!c) throw new Error(`no channel ${id}`);
  return c;
}

export function memberOf(guild: Guild, id: Snowflake): GuildMember {
  const m = guild.members.cache.get(id);
  if (!m) throw new Error(`no member ${id}`);
  return m;
}
