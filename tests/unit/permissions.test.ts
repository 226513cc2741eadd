// Who may make the bot post where: real discord.js Guild, Role, channel and
// member objects built from API data, and the bot's permissions computed by
// discord.js from roles and channel overwrites.
import { ChannelType, PermissionsBitField, type Guild } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPostTarget, permissionsFrom, type PostTarget } from '../../src/bot/permissions.js';
import {
  addGuild,
  bits,
  channelOf,
  member,
  MEMBER_BITS,
  memberOf,
  offlineClient,
  otherChannel,
  overwrite,
  P,
  role,
  textChannel,
  thread,
  user,
} from '../support/discord-objects.js';

const G = '200000000000000001';
const OTHER_GUILD = '200000000000000002';
const BOT = '100000000000000001';
const READER = '100000000000000002';
const EDITOR = '100000000000000003';
const OWNER = '100000000000000009';
const BOT_ROLE = '300000000000000001';
const EDITOR_ROLE = '300000000000000002';
const C = {
  general: '400000000000000001',
  announcements: '400000000000000002',
  noEmbeds: '400000000000000003',
  hidden: '400000000000000004',
  voice: '400000000000000005',
  category: '400000000000000006',
  forum: '400000000000000007',
  thread: '400000000000000008',
  lockedThread: '400000000000000009',
  news: '400000000000000010',
  elsewhere: '400000000000000011',
};
const SEND = bits(P.SendMessages);

let guild: Guild;

beforeAll(() => {
  const client = offlineClient(user(BOT, 'newsdesk', true));
  guild = addGuild(client, {
    id: G,
    ownerId: OWNER,
    roles: [
      role(G, '@everyone', MEMBER_BITS, 0),
      role(BOT_ROLE, 'Newsdesk', MEMBER_BITS, 1, BOT),
      role(EDITOR_ROLE, 'Editors', MEMBER_BITS, 2),
    ],
    channels: [
      textChannel(C.general, G, 'general'),
      // Members may read but not send; the bot's role and editors may send.
      textChannel(C.announcements, G, 'announcements', [
        overwrite(G, 'role', '0', SEND),
        overwrite(BOT_ROLE, 'role', SEND, '0'),
        overwrite(EDITOR_ROLE, 'role', SEND, '0'),
      ]),
      textChannel(C.noEmbeds, G, 'no-embeds', [overwrite(BOT_ROLE, 'role', '0', bits(P.EmbedLinks))]),
      textChannel(C.hidden, G, 'hidden', [overwrite(BOT, 'member', '0', bits(P.ViewChannel))]),
      textChannel(C.news, G, 'news', [], ChannelType.GuildAnnouncement),
      otherChannel(C.voice, G, 'voice', ChannelType.GuildVoice),
      otherChannel(C.category, G, 'category', ChannelType.GuildCategory),
      otherChannel(C.forum, G, 'forum', ChannelType.GuildForum),
    ],
    threads: [
      thread(C.thread, G, C.general, 'a thread'),
      thread(C.lockedThread, G, C.general, 'locked', { locked: true }),
    ],
    members: [
      member(user(BOT, 'newsdesk', true), [BOT_ROLE]),
      member(user(READER, 'reader')),
      member(user(EDITOR, 'editor'), [EDITOR_ROLE]),
    ],
  });
  // A channel of another server, known to the client.
  addGuild(client, {
    id: OTHER_GUILD,
    ownerId: OWNER,
    roles: [role(OTHER_GUILD, '@everyone', MEMBER_BITS, 0)],
    channels: [textChannel(C.elsewhere, OTHER_GUILD, 'elsewhere')],
    members: [],
  });
});

/** As /post sees it: Discord's computed permissions for the member when given, the bot's computed here. */
function target(channelId: string, over: Partial<PostTarget> = {}): PostTarget {
  const channel = guild.client.channels.cache.get(channelId);
  return {
    guildId: G,
    channel: channel && 'guildId' in channel ? channel : null,
    memberPermissions: permissionsFrom(MEMBER_BITS),
    member: memberOf(guild, READER),
    botPermissions: null,
    me: guild.members.me,
    ...over,
  };
}

describe('checkPostTarget', () => {
  it('allows a member who may send to post in a plain text channel', () => {
    const check = checkPostTarget(target(C.general));
    expect(check.ok).toBe(true);
  });

  it("refuses a channel whose overwrites deny members Send Messages, though the bot's role may send", () => {
    // Discord's permissions for the member in #announcements, as a resolved channel option carries them.
    const denied = permissionsFrom(BigInt(MEMBER_BITS) & ~P.SendMessages);
    const check = checkPostTarget(target(C.announcements, { memberPermissions: denied }));
    expect(check).toMatchObject({ ok: false, reason: 'member', channelId: C.announcements });
    expect(check.ok ? [] : 'missing' in check ? check.missing : []).toEqual(['Send Messages']);
    // The bot itself could have posted there: the refusal is about the member alone.
    const bot = channelOf(guild, C.announcements).permissionsFor(memberOf(guild, BOT));
    expect(bot.has(P.SendMessages)).toBe(true);
  });

  it("computes the member's permissions from roles and overwrites when Discord sent none", () => {
    const reader = checkPostTarget(target(C.announcements, { memberPermissions: null }));
    expect(reader).toMatchObject({ ok: false, reason: 'member', missing: ['Send Messages'] });
    const editor = checkPostTarget(
      target(C.announcements, { memberPermissions: null, member: memberOf(guild, EDITOR) }),
    );
    expect(editor.ok).toBe(true);
  });

  it('refuses when neither Discord nor the cache says what the member may do', () => {
    const check = checkPostTarget(target(C.general, { memberPermissions: null, member: null }));
    expect(check).toMatchObject({ ok: false, reason: 'member-unknown' });
  });

  it("refuses when the bot's role is denied Embed Links, naming it", () => {
    const check = checkPostTarget(target(C.noEmbeds));
    expect(check).toMatchObject({ ok: false, reason: 'bot', missing: ['Embed Links'] });
  });

  it('refuses when a member overwrite hides the channel from the bot', () => {
    const check = checkPostTarget(target(C.hidden));
    expect(check).toMatchObject({ ok: false, reason: 'bot' });
    expect(check.ok ? [] : 'missing' in check ? check.missing : []).toContain('View Channel');
  });

  it("uses Discord's app permissions for the bot when given", () => {
    const none = permissionsFrom(bits(P.ViewChannel, P.SendMessages));
    const check = checkPostTarget(target(C.general, { botPermissions: none }));
    expect(check).toMatchObject({ ok: false, reason: 'bot', missing: ['Embed Links'] });
  });

  it('refuses a member without View Channel even if they could send', () => {
    const blind = permissionsFrom(bits(P.SendMessages));
    const check = checkPostTarget(target(C.general, { memberPermissions: blind }));
    expect(check).toMatchObject({ ok: false, reason: 'member', missing: ['View Channel'] });
  });

  it('accepts an announcement channel and a thread, where threads need Send Messages in Threads', () => {
    expect(checkPostTarget(target(C.news)).ok).toBe(true);
    expect(checkPostTarget(target(C.thread)).ok).toBe(true);
    const noThreads = permissionsFrom(BigInt(MEMBER_BITS) & ~P.SendMessagesInThreads);
    const check = checkPostTarget(target(C.thread, { memberPermissions: noThreads }));
    expect(check).toMatchObject({ ok: false, reason: 'member', missing: ['Send Messages in Threads'] });
  });

  it('refuses a locked thread unless both sides may manage threads', () => {
    expect(checkPostTarget(target(C.lockedThread))).toMatchObject({ ok: false, reason: 'thread-locked' });
    const all = permissionsFrom(PermissionsBitField.All);
    expect(checkPostTarget(target(C.lockedThread, { memberPermissions: all, botPermissions: all })).ok).toBe(true);
    // A moderator cannot lend their rights to a bot that lacks them, nor the other way round.
    expect(checkPostTarget(target(C.lockedThread, { memberPermissions: all })).ok).toBe(false);
  });

  it.each([
    ['voice', C.voice, ChannelType.GuildVoice],
    ['category', C.category, ChannelType.GuildCategory],
    ['forum', C.forum, ChannelType.GuildForum],
  ])('refuses a %s channel', (_label, id, type) => {
    expect(checkPostTarget(target(id))).toMatchObject({ ok: false, reason: 'channel-type', type });
  });

  it("refuses another server's channel, and a DM", () => {
    expect(checkPostTarget(target(C.elsewhere))).toMatchObject({ ok: false, reason: 'other-guild' });
    expect(checkPostTarget(target(C.general, { guildId: null }))).toMatchObject({ ok: false, reason: 'not-in-guild' });
    expect(checkPostTarget(target('400000000000000099'))).toMatchObject({ ok: false, reason: 'unknown-channel' });
  });

  it('refuses when the bot cannot know its own permissions', () => {
    expect(checkPostTarget(target(C.general, { me: null }))).toMatchObject({ ok: false, reason: 'bot-unknown' });
  });
});
