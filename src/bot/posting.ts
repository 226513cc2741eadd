// Posting on a member's behalf, the one path /post and the Post buttons share:
// check both sides' permissions, then the member's cooldown, then send, then
// confirm privately with a link. Nothing is sent when a check fails.
import {
  DiscordAPIError,
  MessageFlags,
  ChannelType,
  RESTJSONErrorCodes,
  type ButtonInteraction,
  type Message,
  type ChatInputCommandInteraction,
  type GuildBasedChannel,
  type APIEmbed,
} from 'discord.js';
import { type BotContext } from './command.js';
import { toEditOptions, toReplyOptions } from './reply-options.js';
import { isPermissionError } from './permission-errors.js';
import { checkPostTarget, type PostTarget } from './permissions.js';
import { renderCooldown, renderPosted, renderPostFailed, renderPostRefusal } from './render-post.js';

type Interaction = ChatInputCommandInteraction | ButtonInteraction;

export interface OutgoingMessage {
  content?: string;
  embeds: APIEmbed[];
}

/** Who the member is, for "shared by": their server nickname, else their display name. */
export function sharedByName(interaction: Interaction): string {
  const m = interaction.member;
  if (m && 'displayName' in m) return m.displayName;
  if (m && 'nick' in m && m.nick) return m.nick;
  return interaction.user.globalName ?? interaction.user.username;
}

/** The post target for the channel the interaction happened in. */
export function currentChannelTarget(interaction: Interaction): PostTarget {
  const channel = interaction.channel;
  return {
    guildId: interaction.guildId,
    channel: channel && !channel.isDMBased() ? channel : null,
    memberPermissions: interaction.memberPermissions,
    member: interaction.inCachedGuild() ? interaction.member : null,
    botPermissions: interaction.appPermissions,
    me: interaction.guild?.members.me ?? null,
  };
}

/**
 * Post `build()` to the target channel for this member, or tell them why not.
 * `what` names the thing posted in the log line.
 */
export async function postFor(
  interaction: Interaction,
  ctx: BotContext,
  target: PostTarget,
  build: () => OutgoingMessage,
  what: Record<string, unknown>,
): Promise<void> {
  const where = {
    event: 'post',
    interactionId: interaction.id,
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: target.channel?.id ?? null,
    ...what,
  };
  const threadMember = await privateThreadMember(target, interaction.user.id);
  const check = checkPostTarget({ ...target, threadMember });
  if (!check.ok) {
    ctx.log.info({ ...where, refused: check.reason }, 'post refused');
    await interaction.reply(toReplyOptions(renderPostRefusal(check)));
    return;
  }
  const verdict = ctx.postCooldown.take(interaction.user.id);
  if (!verdict.ok) {
    const limit = ctx.postCooldown.limit ?? { posts: 0, windowMs: 0 };
    ctx.log.info({ ...where, refused: 'cooldown', retryAfterMs: verdict.retryAfterMs }, 'post refused');
    await interaction.reply(toReplyOptions(renderCooldown(verdict.retryAfterMs, limit.posts, limit.windowMs)));
    return;
  }
  // Sending can be slow (rate limits): acknowledge within Discord's 3 s first.
  try {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  } catch (err) {
    ctx.postCooldown.giveBack(interaction.user.id);
    throw err;
  }
  const channel: GuildBasedChannel = check.channel;
  let message: Message;
  try {
    if (!channel.isSendable()) throw new Error(`channel ${channel.id} is not sendable`);
    message = await channel.send({ ...build() });
  } catch (err) {
    // Nothing was posted: the attempt does not count against the member's cooldown.
    ctx.postCooldown.giveBack(interaction.user.id);
    const code = err instanceof DiscordAPIError && typeof err.code === 'number' ? err.code : undefined;
    const reason = isPermissionError(err)
      ? 'permissions'
      : code === RESTJSONErrorCodes.UnknownChannel
        ? 'gone'
        : 'other';
    ctx.log.warn({ ...where, err, code }, 'post failed');
    await interaction.editReply(toEditOptions(renderPostFailed(channel.id, reason)));
    return;
  }
  // Posted: the slot stays taken even if the confirmation below fails (issue 15).
  ctx.log.info({ ...where, messageId: message.id }, 'posted');
  await interaction.editReply(toEditOptions(renderPosted(message.url, channel.id)));
}

/**
 * For a private thread: is the member in it? Seeing a private thread's id is
 * not being in it; Discord's own rule is membership or Manage Threads. Null
 * when the channel is not a private thread.
 */
export async function privateThreadMember(target: PostTarget, userId: string): Promise<boolean | null> {
  const channel = target.channel;
  if (!channel?.isThread() || channel.type !== ChannelType.PrivateThread) return null;
  if (channel.members.cache.has(userId)) return true;
  try {
    await channel.members.fetch({ member: userId, cache: false });
    return true;
  } catch (err) {
    // 10007 Unknown Member (or any refusal): not shown to be a member, so not allowed.
    if (err instanceof DiscordAPIError) return false;
    throw err;
  }
}
