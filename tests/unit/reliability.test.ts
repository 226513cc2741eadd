// Issue 15: no member can stall the bot for everyone, or use it where they
// should not. Real discord.js interactions (tests/support/interactions.ts) on
// a real Guild (tests/support/discord-objects.ts), through the real dispatcher.
import path from 'node:path';
import { Writable } from 'node:stream';
import {
  ChannelType,
  DiscordAPIError,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  type Client,
  type Guild,
  type Message,
} from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { botState, type BotContext } from '../../src/bot/command.js';
import { resetReloadCooldown, mayReload } from '../../src/bot/commands/reload.js';
import { Cooldown } from '../../src/bot/cooldown.js';
import { encodeCustomId } from '../../src/bot/custom-id.js';
import { definitionsFor } from '../../src/bot/definitions.js';
import { createInteractionHandler, unknownCommand } from '../../src/bot/interactions.js';
import { checkPostTarget, permissionsFrom } from '../../src/bot/permissions.js';
import { postFor } from '../../src/bot/posting.js';
import { MemberBuckets } from '../../src/bot/rate-limit.js';
import { answerButtons, BUTTON_KINDS } from '../../src/bot/render-browse.js';
import { memberComment, renderQuote } from '../../src/bot/render-post.js';
import { renderReload } from '../../src/bot/render-reload.js';
import { MAX_TIMELINE_PAGE, parseTimelineButton, TIMELINE_BUTTON } from '../../src/bot/render-timeline.js';
import { buildRangeInSlices, TimelinePages } from '../../src/bot/timeline-pages.js';
import { readConfig } from '../../src/runtime/config.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/runtime/log.js';
import type { Reloader } from '../../src/engine/reload.js';
import type { TimelineContext } from '../../src/timeline/events.js';
import {
  addGuild,
  bits,
  channelOf,
  member,
  MEMBER_BITS,
  offlineClient,
  P,
  role,
  textChannel,
  thread,
  user,
} from '../support/discord-objects.js';
import { autocomplete, buttonPress, slashCommand, type Recorded, type Sent } from '../support/interactions.js';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');
const G = '200000000000000001';
const BOT = '100000000000000001';
const READER = '100000000000000002';
const OTHER = '100000000000000003';
const GENERAL = '400000000000000001';
const PRIVATE_THREAD = '400000000000000002';
const STRING = 3;
const BOOLEAN = 5;
const WITHOUT_SEND = String(BigInt(MEMBER_BITS) & ~P.SendMessages);

let client: Client;
let guild: Guild;
let engine: Engine;
const quiet = createLogger('silent');

function context(env: Record<string, string> = {}, extra: Partial<BotContext> = {}): BotContext {
  return {
    engine,
    log: quiet,
    ...botState(readConfig({ DISCORD_GUILD_ID: G, ...env }, false)),
    ...extra,
  };
}

const ask = (question: string, extra: { userId?: string; permissions?: string; private?: boolean } = {}) =>
  slashCommand(
    client,
    'ask',
    [
      { name: 'question', type: STRING, value: question },
      ...(extra.private !== undefined ? [{ name: 'private', type: BOOLEAN, value: extra.private }] : []),
    ],
    { userId: extra.userId ?? READER, ...(extra.permissions ? { permissions: extra.permissions } : {}) },
  );

const flagsOf = (s: Sent | undefined) => Number(s?.options.flags ?? 0);
const textOf = (s: Sent | undefined) => {
  const content = s?.options.content;
  return typeof content === 'string' ? content : '';
};

beforeAll(async () => {
  engine = await Engine.build(CORPUS_DIR);
  client = offlineClient(user(BOT, 'newsdesk', true));
  guild = addGuild(client, {
    id: G,
    ownerId: '100000000000000009',
    roles: [role(G, '@everyone', MEMBER_BITS, 0), role('300000000000000001', 'Newsdesk', MEMBER_BITS, 1, BOT)],
    channels: [textChannel(GENERAL, G, 'general')],
    threads: [thread(PRIVATE_THREAD, G, GENERAL, 'private', { type: ChannelType.PrivateThread })],
    members: [member(user(BOT, 'newsdesk', true), ['300000000000000001']), member(user(READER, 'reader'))],
  });
}, 60_000);

afterEach(() => resetReloadCooldown());

describe('bounded /timeline work', () => {
  it('reads back a button id as strictly as the command: at most 366 days, real dates, a sane page', () => {
    expect(parseTimelineButton(['2020-01-01', '2020-12-31', '3', 'n'])).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
      page: 3,
    });
    // Two centuries, a range past the limit by a day, a non-date, reversed, a huge or negative page, extra fields.
    for (const fields of [
      ['1900-01-01', '2099-12-31', '0', 'n'],
      ['2019-01-01', '2020-01-02', '0', 'n'],
      ['2020-02-30', '2020-03-01', '0', 'n'],
      ['2020-03-01', '2020-02-01', '0', 'n'],
      ['2020-01-01', '2020-01-31', String(MAX_TIMELINE_PAGE + 1), 'n'],
      ['2020-01-01', '2020-01-31', '1e3', 'n'],
      ['2020-01-01', '2020-01-31', '-1', 'p'],
      ['2020-01-01', '2020-01-31', '1', 'n', 'x'],
    ])
      expect(parseTimelineButton(fields), fields.join(':')).toBeNull();
  });

  /** A timeline whose days each take `msPerDay` of synchronous work. */
  function slowTimeline(days: number, msPerDay: number): TimelineContext & { reads: number } {
    const list = Array.from({ length: days }, (_, i) => `2020-01-${String(i + 1).padStart(2, '0')}`);
    const ctx = {
      reads: 0,
      corpus: engine.corpus,
      timeline: {
        between: () => list,
        on: () => {
          ctx.reads++;
          const until = performance.now() + msPerDay;
          while (performance.now() < until);
          return [];
        },
      },
    };
    return ctx as unknown as TimelineContext & { reads: number };
  }

  it('pages a long range in slices: timers run while it is built', async () => {
    const ctx = slowTimeline(30, 3);
    let built = false;
    let timerRanWhileBuilding = false;
    const timer = new Promise<void>((resolve) =>
      setTimeout(() => {
        timerRanWhileBuilding = !built;
        resolve();
      }, 1),
    );
    const result = await buildRangeInSlices(ctx, '2020-01-01', '2020-01-30');
    built = true;
    await timer;
    expect(timerRanWhileBuilding).toBe(true);
    expect(result.workMs).toBeGreaterThanOrEqual(80);
  });

  it('builds a range once however many ask at the same time, and keeps it per index', async () => {
    const ctx = slowTimeline(10, 1);
    const pages = new TimelinePages();
    const all = await Promise.all(Array.from({ length: 5 }, () => pages.get(ctx, '2020-01-01', '2020-01-10')));
    expect(ctx.reads).toBe(10);
    expect(all.filter((b) => b.workMs > 0)).toHaveLength(1);
    expect(pages.ready(ctx, '2020-01-01', '2020-01-10')).toBe(all[0]?.paged);
    // Another index (after a reload) is another cache.
    const other = slowTimeline(10, 0);
    expect(pages.ready(other, '2020-01-01', '2020-01-10')).toBeUndefined();
  });
});

describe('per-member limits', () => {
  it('lets a member use a bucket of work, then says when to come back, per member', () => {
    let now = 0;
    const b = new MemberBuckets({ amount: 100, windowMs: 1000 }, 10, 100, () => now);
    expect(b.take(READER).ok).toBe(true);
    b.charge(READER, 150);
    const verdict = b.take(READER);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.retryAfterMs).toBeGreaterThanOrEqual(500);
    expect(b.take(OTHER).ok).toBe(true);
    now += 600;
    expect(b.take(READER).ok).toBe(true);
  });

  it('answers a member over RATE_LIMIT with an ephemeral slow-down that says when, without doing the work', async () => {
    const ctx = context({ RATE_LIMIT: '20ms/10s' });
    const handle = createInteractionHandler(ctx);
    const replies: Sent[] = [];
    for (let i = 0; i < 4; i++) {
      const i1 = ask('Who was killed near Kirkuk?', { private: true });
      await handle(i1);
      replies.push(...i1.sent);
    }
    const slow = replies.filter((s) => /slow down/i.test(textOf(s)));
    expect(slow.length).toBeGreaterThanOrEqual(2);
    for (const s of slow) {
      expect(flagsOf(s) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
      expect(textOf(s)).toMatch(/<t:\d+:R>/);
    }
    // Another member is not held back by the first one's use.
    const other = ask('Who was killed near Kirkuk?', { userId: OTHER, private: true });
    await handle(other);
    expect(textOf(other.sent[0])).not.toMatch(/slow down/i);
  });

  it('throttles autocomplete per member with a choice that says to pause', async () => {
    const handle = createInteractionHandler(context());
    const answers: Recorded<unknown>[] = [];
    for (let i = 0; i < 15; i++) {
      const a = autocomplete(client, 'timeline', [{ name: 'date', type: STRING, value: '2020-01', focused: true }]);
      await handle(a);
      answers.push(a);
    }
    const throttled = answers.filter((a) =>
      a.sent.some((s) => JSON.stringify(s.options).toLowerCase().includes('pause')),
    );
    expect(throttled.length).toBeGreaterThanOrEqual(4);
    expect(answers.every((a) => a.sent.length === 1 && a.sent[0]?.kind === 'respond')).toBe(true);
  });
});

describe('public only where the member may write', () => {
  it('makes /ask private, with a note, where the member lacks Send Messages', async () => {
    const i = ask('Who was killed near Kirkuk?', { permissions: WITHOUT_SEND });
    await createInteractionHandler(context())(i);
    expect(i.sent[0]?.kind).toBe('reply');
    expect(flagsOf(i.sent[0]) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(textOf(i.sent[0])).toMatch(/can't send messages in this channel/);
  });

  it('makes /timeline private where the member lacks Send Messages', async () => {
    const i = slashCommand(client, 'timeline', [{ name: 'date', type: STRING, value: '2020-01-03' }], {
      permissions: WITHOUT_SEND,
    });
    await createInteractionHandler(context())(i);
    const first = i.sent[0];
    expect(first?.kind === 'reply' || first?.kind === 'deferReply').toBe(true);
    expect(flagsOf(first) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('counts public replies against PUBLIC_REPLIES: past the limit they are private, with a note', async () => {
    const handle = createInteractionHandler(context({ PUBLIC_REPLIES: '2/1m' }));
    const sent: Sent[] = [];
    for (let n = 0; n < 3; n++) {
      const i = ask('Who was killed near Kirkuk?');
      await handle(i);
      sent.push(i.sent[0] as Sent);
    }
    expect(sent.map((s) => flagsOf(s) & MessageFlags.Ephemeral)).toEqual([0, 0, MessageFlags.Ephemeral]);
    expect(textOf(sent[2])).toMatch(/public replies are limited to 2/);
  });
});

describe('/reload for operators', () => {
  const reloadIn = (guildId: string | null, userId: string, manage: boolean) =>
    slashCommand(client, 'reload', [], {
      guildId,
      userId,
      permissions: manage ? bits(BigInt(MEMBER_BITS), PermissionFlagsBits.ManageGuild) : MEMBER_BITS,
    });
  const operators = { homeGuildId: G, owners: new Set([OTHER]) };

  it('allows managers of the home server and BOT_OWNERS anywhere, nobody else', () => {
    expect(mayReload(reloadIn(G, READER, true), operators)).toBe(true);
    expect(mayReload(reloadIn('200000000000000099', READER, true), operators)).toBe(false);
    expect(mayReload(reloadIn(G, READER, false), operators)).toBe(false);
    expect(mayReload(reloadIn('200000000000000099', OTHER, false), operators)).toBe(true);
    expect(mayReload(reloadIn(null, OTHER, false), operators)).toBe(true);
    expect(mayReload(reloadIn(G, READER, true), { homeGuildId: undefined, owners: new Set() })).toBe(false);
  });

  it('registers /reload only in the home server, or for owners in DMs, never globally in every server', () => {
    const names = (d: { name: string }[]) => d.map((c) => c.name);
    expect(names(definitionsFor({ guildId: G, owners: [] }))).toContain('reload');
    expect(names(definitionsFor({ guildId: undefined, owners: [] }))).not.toContain('reload');
    const withOwners = definitionsFor({ guildId: undefined, owners: [OTHER] }).find((d) => d.name === 'reload');
    expect(withOwners?.contexts).toEqual([InteractionContextType.BotDM]);
  });

  it('has a global cooldown, and shows a failure without its details', async () => {
    let reloads = 0;
    const reloader = {
      reload: () => {
        reloads++;
        return Promise.resolve({
          ok: false as const,
          reason: "ENOENT: no such file '/srv/newsdesk/articles-missing'",
          ms: 5,
        });
      },
    } as unknown as Reloader;
    const handle = createInteractionHandler(context({}, { reloader }));
    const first = reloadIn(G, READER, true);
    await handle(first);
    const second = reloadIn(G, READER, true);
    await handle(second);
    expect(reloads).toBe(1);
    const shown = JSON.stringify(first.sent);
    expect(shown).not.toContain('/srv/');
    expect(shown).not.toContain('ENOENT');
    expect(textOf(second.sent[0])).toMatch(/<t:\d+:R>/);
    expect(JSON.stringify(renderReload({ ok: false, reason: '/srv/x', ms: 1 }))).not.toContain('/srv/');
  });
});

/** The reader posting into `channel`: the target the private-thread and cooldown tests share. */
function readerTarget(channel: ReturnType<typeof channelOf>) {
  return {
    guildId: G,
    channel,
    memberPermissions: null,
    member: guild.members.cache.get(READER) ?? null,
    botPermissions: null,
    me: guild.members.me,
  };
}

describe('private threads', () => {
  it('refuses a post into a private thread the member is not in, unless they manage threads', () => {
    const channel = channelOf(guild, PRIVATE_THREAD);
    const target = readerTarget(channel);
    expect(checkPostTarget({ ...target, threadMember: false })).toMatchObject({ ok: false, reason: 'thread-private' });
    expect(checkPostTarget({ ...target, threadMember: true }).ok).toBe(true);
    const manager = permissionsFrom(bits(BigInt(MEMBER_BITS), P.ManageThreads));
    expect(checkPostTarget({ ...target, memberPermissions: manager, threadMember: false }).ok).toBe(true);
  });
});

describe('buttons act on their own message only', () => {
  const moreId = () => {
    const further = engine.corpus.passages.slice(0, 3);
    const row = answerButtons(further, true, READER)[0];
    const button = row?.components.find(
      (c) => 'custom_id' in c && String(c.custom_id).startsWith(`${BUTTON_KINDS.more}:`),
    );
    return button && 'custom_id' in button ? String(button.custom_id) : '';
  };

  it('treats an id the message does not carry as stale', async () => {
    const forged = encodeCustomId(TIMELINE_BUTTON, ['2020-01-01', '2020-01-31', 1, 'n']);
    const press = buttonPress(client, forged, { buttons: ['tl:2020-02-01:2020-02-29:1:n'], askedBy: READER });
    await createInteractionHandler(context())(press);
    expect(press.sent).toHaveLength(1);
    expect(textOf(press.sent[0])).toMatch(/no longer works/);
  });

  it('takes the owner from the message, not from the id', async () => {
    const id = moreId();
    expect(id).not.toBe('');
    // The id names READER as the owner, but the message was OTHER's: READER may not press it.
    const press = buttonPress(client, id, { buttons: [id], askedBy: OTHER, ephemeral: true }, { userId: READER });
    await createInteractionHandler(context())(press);
    expect(textOf(press.sent[0])).toMatch(/belong to the member who asked/);
    const own = buttonPress(client, id, { buttons: [id], askedBy: READER, ephemeral: true }, { userId: READER });
    await createInteractionHandler(context())(own);
    expect(textOf(own.sent[0])).not.toMatch(/belong to the member who asked/);
  });
});

describe('the post cooldown', () => {
  it('keeps the slot when the post went out and only the confirmation failed', async () => {
    const i = slashCommand(client, 'post', [], {});
    const channel = channelOf(guild, GENERAL);
    let sends = 0;
    Object.assign(channel, {
      send: () => {
        sends++;
        return Promise.resolve({ id: '1', url: 'https://discord.com/channels/1/2/3' } as unknown as Message);
      },
    });
    i.editReply = () => Promise.reject(new Error('confirmation edit failed'));
    const ctx = context({ POST_COOLDOWN: '1/30s' });
    const target = readerTarget(channel);
    await expect(postFor(i, ctx, target, () => ({ embeds: [], allowedMentions: { parse: [] } }), {})).rejects.toThrow();
    expect(sends).toBe(1);
    expect(ctx.postCooldown.take(READER).ok).toBe(false);
  });

  it('gives the slot back when the send itself failed', async () => {
    const cd = new Cooldown({ posts: 1, windowMs: 30_000 });
    const i = slashCommand(client, 'post', [], {});
    const channel = channelOf(guild, GENERAL);
    Object.assign(channel, { send: () => Promise.reject(new Error('network')) });
    const ctx = { ...context(), postCooldown: cd };
    const target = readerTarget(channel);
    await postFor(i, ctx, target, () => ({ embeds: [], allowedMentions: { parse: [] } }), {});
    expect(cd.take(READER).ok).toBe(true);
  });
});

describe('logs keep no tokens', () => {
  it('masks interaction tokens in URLs and the bot token at any depth', () => {
    const botToken = 'MTEwMDAwMDAwMDAwMDAwMDAx.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789';
    const interactionToken = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZmdoaWprbG1ub3A';
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _e, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = createLogger('info', [botToken], sink);
    const url = `https://discord.com/api/v10/webhooks/1100000000000000001/${interactionToken}/messages/@original`;
    const apiError = new DiscordAPIError({ message: 'Unknown interaction', code: 10062 }, 10062, 404, 'PATCH', url, {
      body: { token: botToken },
    });
    log.error({ err: apiError }, 'reply failed');
    log.warn({ request: { attempt: { url, headers: { note: `Bot ${botToken}` } } } }, 'nested');
    log.info(`callback https://discord.com/api/v10/interactions/123/${interactionToken}/callback failed`);
    log.info({ list: [[{ deep: { deeper: botToken } }]] }, 'depth');
    const out = lines.join('');
    expect(lines.length).toBe(4);
    expect(out).not.toContain(interactionToken);
    expect(out).not.toContain(botToken);
    expect(out).toContain('/webhooks/1100000000000000001/[redacted]');
  });
});

describe("a comment keeps the member's voice", () => {
  it("escapes headings, subtext, quotes and masked links, and labels it as the member's", () => {
    const evil = '# Official notice\n-# from the mods\n> quoted [discord.com/verify](https://evil.example/x) now';
    const safe = memberComment(evil);
    for (const line of safe.split('\n')) expect(line).not.toMatch(/^\s*(#|-#|>)/);
    expect(safe).not.toMatch(/(^|[^\\])\[discord\.com\/verify\]\(/);
    const passage = engine.corpus.passages[0];
    const document = passage ? engine.corpus.documents[passage.doc] : undefined;
    if (!passage || !document) throw new Error('seed corpus is empty');
    const quote = renderQuote(passage, document, 'Reader', evil);
    expect(quote.content).toMatch(/^\*\*Comment by Reader:\*\* /);
  });
});

describe('unknown commands', () => {
  it('answers an unknown command with a short ephemeral note, and a clear one in DMs', async () => {
    const handle = createInteractionHandler(context());
    const inGuild = slashCommand(client, 'frobnicate');
    await handle(inGuild);
    expect(inGuild.sent).toHaveLength(1);
    expect(flagsOf(inGuild.sent[0]) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(textOf(inGuild.sent[0])).toContain('/frobnicate');
    const inDm = slashCommand(client, 'frobnicate', [], { guildId: null });
    await handle(inDm);
    expect(textOf(inDm.sent[0])).toMatch(/direct message/);
    expect(unknownCommand('x'.repeat(200), false)).not.toContain('xxxx');
  });
});
