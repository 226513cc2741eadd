// May this member make the bot post in that channel? Checked on both sides
// before anything is sent: the member must be able to view and send there
// themselves (the bot never writes where its user could not), and the bot
// must be able to view, send and embed. Pure: decides from discord.js
// objects, sends nothing.
import {
  ChannelType,
  PermissionFlagsBits,
  PermissionsBitField,
  type GuildBasedChannel,
  type GuildMember,
} from 'discord.js';
import { permissionName } from './permission-errors.js';

/** Channels a quote may be posted in: text, announcement, threads. Not voice, stage, category, forum or media roots. */
export const POSTABLE_CHANNEL_TYPES: ReadonlySet<ChannelType> = new Set([
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

export interface PostTarget {
  /** The guild the command ran in; null in DMs. */
  guildId: string | null;
  /** The channel to post in; null when Discord did not resolve it and it is not cached. */
  channel: GuildBasedChannel | null;
  /**
   * The member's permissions in that channel as Discord computed them (a
   * resolved channel option's `permissions`, or the interaction member's
   * for the channel it ran in). Preferred: it includes timeouts and owner rights.
   */
  memberPermissions: Readonly<PermissionsBitField> | null;
  /** The member, to compute permissions from roles and overwrites when Discord sent none. */
  member: GuildMember | null;
  /** The bot's permissions there as Discord computed them (app_permissions, for the channel the command ran in). */
  botPermissions: Readonly<PermissionsBitField> | null;
  /** The bot's member, to compute its permissions from its roles and the channel's overwrites. */
  me: GuildMember | null;
  /** For a private thread: whether the member is in it (fetched before the check); absent or null otherwise. */
  threadMember?: boolean | null;
}

export type PostRefusal =
  | { reason: 'not-in-guild' }
  | { reason: 'unknown-channel' }
  | { reason: 'other-guild'; channelId: string }
  | { reason: 'channel-type'; channelId: string; type: ChannelType }
  | { reason: 'member-unknown'; channelId: string }
  | { reason: 'member'; channelId: string; missing: string[] }
  | { reason: 'bot-unknown'; channelId: string }
  | { reason: 'bot'; channelId: string; missing: string[] }
  | { reason: 'thread-locked'; channelId: string }
  | { reason: 'thread-private'; channelId: string };

export type PostCheck = { ok: true; channel: GuildBasedChannel } | ({ ok: false } & PostRefusal);

/** Names as Discord's client shows them, for messages. */
function missing(have: Readonly<PermissionsBitField>, needed: readonly bigint[]): string[] {
  return needed.filter((p) => !have.has(p)).map(permissionName);
}

/** What a member needs to write in a channel (threads have their own send permission). */
export function memberNeeds(channel: GuildBasedChannel): bigint[] {
  const send = channel.isThread() ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
  return [PermissionFlagsBits.ViewChannel, send];
}

/** What the bot needs to post a quote embed there. */
export function botNeeds(channel: GuildBasedChannel): bigint[] {
  return [...memberNeeds(channel), PermissionFlagsBits.EmbedLinks];
}

export function checkPostTarget(target: PostTarget): PostCheck {
  const { channel } = target;
  if (target.guildId === null) return { ok: false, reason: 'not-in-guild' };
  if (!channel) return { ok: false, reason: 'unknown-channel' };
  const channelId = channel.id;
  if (channel.guildId !== target.guildId) return { ok: false, reason: 'other-guild', channelId };
  if (!POSTABLE_CHANNEL_TYPES.has(channel.type))
    return { ok: false, reason: 'channel-type', channelId, type: channel.type };

  // The member first: this is the security property.
  const memberPermissions = target.memberPermissions ?? (target.member ? channel.permissionsFor(target.member) : null);
  if (!memberPermissions) return { ok: false, reason: 'member-unknown', channelId };
  const memberMissing = missing(memberPermissions, memberNeeds(channel));
  if (memberMissing.length) return { ok: false, reason: 'member', channelId, missing: memberMissing };

  const botPermissions = target.botPermissions ?? (target.me ? channel.permissionsFor(target.me) : null);
  if (!botPermissions) return { ok: false, reason: 'bot-unknown', channelId };
  const botMissing = missing(botPermissions, botNeeds(channel));
  if (botMissing.length) return { ok: false, reason: 'bot', channelId, missing: botMissing };

  // A private thread: only its members, or those who manage threads, may write there (issue 15).
  if (
    channel.type === ChannelType.PrivateThread &&
    target.threadMember !== true &&
    !memberPermissions.has(PermissionFlagsBits.ManageThreads)
  )
    return { ok: false, reason: 'thread-private', channelId };

  // A locked thread takes messages only from those who may manage threads: both sides again.
  const manage = PermissionFlagsBits.ManageThreads;
  if (channel.isThread() && channel.locked && !(memberPermissions.has(manage) && botPermissions.has(manage)))
    return { ok: false, reason: 'thread-locked', channelId };
  return { ok: true, channel };
}

/** A permission set from a bitfield string, as Discord sends it. */
export function permissionsFrom(bits: string | bigint): Readonly<PermissionsBitField> {
  return new PermissionsBitField(BigInt(bits)).freeze();
}
