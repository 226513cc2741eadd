// When Discord refuses the bot (50001 Missing Access, 50013 Missing
// Permissions), work out which permission it lacks and where, so the member
// can be told exactly what a server admin has to change.
import { DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes, type PermissionsBitField } from 'discord.js';

export interface MissingPermission {
  /** Permission names as Discord's UI shows them, e.g. "Send Messages". */
  permissions: string[];
  /** The channel the request was about, when there was one. */
  channelId: string | null;
}

const NAMES: [bigint, string][] = [
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.SendMessagesInThreads, 'Send Messages in Threads'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
  [PermissionFlagsBits.AttachFiles, 'Attach Files'],
  [PermissionFlagsBits.ReadMessageHistory, 'Read Message History'],
  [PermissionFlagsBits.AddReactions, 'Add Reactions'],
  [PermissionFlagsBits.ManageMessages, 'Manage Messages'],
];

export function permissionName(flag: bigint): string {
  return NAMES.find(([f]) => f === flag)?.[1] ?? `permission ${flag}`;
}

export function isPermissionError(err: unknown): err is DiscordAPIError {
  return (
    err instanceof DiscordAPIError &&
    (err.code === RESTJSONErrorCodes.MissingAccess || err.code === RESTJSONErrorCodes.MissingPermissions)
  );
}

/** What a request needs, judged from its method, route and body. */
export function requiredFor(method: string, url: string, body: unknown): bigint[] {
  const route = url.replace(/^.*?\/api(?:\/v\d+)?/, '');
  const need: bigint[] = [PermissionFlagsBits.ViewChannel];
  const json = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  if (/^\/channels\/\d+\/messages\/\d+\/reactions/.test(route)) need.push(PermissionFlagsBits.AddReactions);
  else if (/^\/channels\/\d+\/messages\/?$/.test(route) && method.toUpperCase() === 'POST') {
    need.push(PermissionFlagsBits.SendMessages);
    if (Array.isArray(json.embeds) && json.embeds.length > 0) need.push(PermissionFlagsBits.EmbedLinks);
    if (Array.isArray(json.attachments) && json.attachments.length > 0) need.push(PermissionFlagsBits.AttachFiles);
  } else if (/^\/channels\/\d+\/messages/.test(route) && method.toUpperCase() === 'GET')
    need.push(PermissionFlagsBits.ReadMessageHistory);
  else if (/^\/channels\/\d+\/messages\/\d+$/.test(route) && method.toUpperCase() === 'DELETE')
    need.push(PermissionFlagsBits.ManageMessages);
  else if (/^\/channels\/\d+\/threads/.test(route)) need.push(PermissionFlagsBits.SendMessagesInThreads);
  else need.push(PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks);
  return need;
}

/**
 * The permissions the bot lacks for the failed request. `actual` is the bot's
 * permissions in that channel when known (the interaction's app_permissions,
 * or the guild cache): then only those really missing are named.
 */
export function describeMissing(
  err: DiscordAPIError,
  fallbackChannelId: string | null,
  actual: (channelId: string) => Readonly<PermissionsBitField> | null,
): MissingPermission {
  const channelId = /\/channels\/(\d+)/.exec(err.url)?.[1] ?? fallbackChannelId;
  let need = requiredFor(err.method, err.url, err.requestBody.json);
  if (err.code === RESTJSONErrorCodes.MissingAccess) need = [PermissionFlagsBits.ViewChannel];
  const have = channelId ? actual(channelId) : null;
  const missing = have ? need.filter((p) => !have.has(p)) : [];
  return { permissions: (missing.length ? missing : need).map(permissionName), channelId };
}
