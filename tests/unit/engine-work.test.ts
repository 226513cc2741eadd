// /ask's queue (src/bot/engine-work.ts): a burst is acknowledged at once and
// answered in turn, and questions asked while the first index loads wait for
// it; everything else is told to come back. Real discord.js interactions
// through the real dispatcher.
import path from 'node:path';
import { MessageFlags, type Client } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { botState, type BotContext } from '../../src/bot/command.js';
import { MAX_QUEUED_PER_MEMBER } from '../../src/bot/commands/ask.js';
import { EngineWork, MAX_YIELD_MS, QUIET_MS } from '../../src/bot/engine-work.js';
import { warmUp } from '../../src/bot/warm-up.js';
import { createInteractionHandler } from '../../src/bot/interactions.js';
import { STILL_INDEXING } from '../../src/bot/render.js';
import { readConfig } from '../../src/runtime/config.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/runtime/log.js';
import { EngineHolder } from '../../src/engine/reload.js';
import { addGuild, member, MEMBER_BITS, offlineClient, role, textChannel, user } from '../support/discord-objects.js';
import { autocomplete, slashCommand } from '../support/interactions.js';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');
const G = '200000000000000001';
const BOT = '100000000000000001';
const READER = '100000000000000002';
const OTHER = '100000000000000003';
const STRING = 3;

let client: Client;
let engine: Engine;

beforeAll(async () => {
  engine = await Engine.build(CORPUS_DIR);
  client = offlineClient(user(BOT, 'newsdesk', true));
  addGuild(client, {
    id: G,
    ownerId: '100000000000000009',
    roles: [role(G, '@everyone', MEMBER_BITS, 0), role('300000000000000001', 'Newsdesk', MEMBER_BITS, 1, BOT)],
    channels: [textChannel('400000000000000001', G, 'general')],
    members: [
      member(user(BOT, 'newsdesk', true), ['300000000000000001']),
      member(user(READER, 'reader')),
      member(user(OTHER, 'other')),
    ],
  });
}, 60_000);

/** A context whose engine arrives when `load` resolves, as at start-up. */
function startingContext(holder: EngineHolder, loading: Promise<unknown>): BotContext {
  return {
    get engine() {
      return holder.current;
    },
    log: createLogger('silent'),
    ...botState(readConfig({ DISCORD_GUILD_ID: G }, false), loading),
  };
}

const ask = (question: string, userId = READER) =>
  slashCommand(client, 'ask', [{ name: 'question', type: STRING, value: question }], { userId });
const textOf = (options: Record<string, unknown> | undefined) => JSON.stringify(options ?? {});

describe('EngineWork', () => {
  it('runs jobs in the order queued, each in its own event-loop turn, and is busy while any wait', async () => {
    const work = new EngineWork();
    expect(work.busy).toBe(false);
    const order: string[] = [];
    let between!: Promise<void>;
    const a = work.run(() => {
      order.push('a');
      // Queued during the first job (as a new interaction would be): it runs before the second job.
      between = new Promise<void>((resolve) => setImmediate(() => (order.push('other'), resolve())));
    });
    const b = work.run(() => order.push('b'));
    expect(work.busy).toBe(true);
    await Promise.all([a, b]);
    await between;
    expect(order).toEqual(['a', 'other', 'b']);
    expect(work.busy).toBe(false);
  });

  it('holds jobs until the engine is ready, and a failing job does not stop the ones after it', async () => {
    let ready!: () => void;
    const work = new EngineWork(new Promise<void>((resolve) => (ready = resolve)));
    expect(work.ready).toBe(false);
    const ran: number[] = [];
    const failing = work.run(() => {
      throw new Error('boom');
    });
    const later = work.run(() => ran.push(2));
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toEqual([]);
    ready();
    await expect(failing).rejects.toThrow('boom');
    await later;
    expect(ran).toEqual([2]);
    expect(work.ready).toBe(true);
  });
});

/** Let timers and I/O run a while (the quiet-spell checks are timers). */
const turns = () => new Promise((r) => setTimeout(r, 4 * QUIET_MS));

describe('acknowledgements before answers', () => {
  it('holds a job while interactions keep arriving, and runs it after a quiet spell', async () => {
    let t = 0;
    const work = new EngineWork(undefined, () => t);
    const ran: string[] = [];
    const job = work.run(() => ran.push('job'));
    work.arrived();
    // The clock stands still: never quiet, however many turns pass.
    await turns();
    expect(ran).toEqual([]);
    t += QUIET_MS;
    await job;
    expect(ran).toEqual(['job']);
  });

  it('runs the job anyway when the interactions never pause', async () => {
    let t = 0;
    const work = new EngineWork(undefined, () => t);
    const ran: string[] = [];
    const job = work.run(() => ran.push('job'));
    work.arrived();
    await turns();
    t = MAX_YIELD_MS;
    work.arrived();
    await job;
    expect(ran).toEqual(['job']);
  });

  it('holds a job until every acknowledgement queued has been sent, or has settled', async () => {
    const work = new EngineWork(undefined, () => 0);
    const ran: string[] = [];
    let settle!: () => void;
    work.acknowledging('1', new Promise(() => undefined));
    work.acknowledging('2', new Promise<void>((resolve) => (settle = resolve)));
    const job = work.run(() => ran.push('job'));
    await turns();
    expect(ran).toEqual([]);
    work.sent('1');
    await turns();
    expect(ran).toEqual([]);
    settle();
    await job;
    expect(ran).toEqual(['job']);
  });

  it('warms up in the background: the queue is not busy, and a question queued meanwhile goes first', async () => {
    const work = new EngineWork();
    const order: string[] = [];
    const warming = warmUp(work, () => engine).then(() => order.push('warmed up'));
    expect(work.busy).toBe(false);
    const member = work.run(() => order.push('member'));
    await Promise.all([warming, member]);
    expect(order).toEqual(['member', 'warmed up']);
    expect(work.busy).toBe(false);
  });
});

describe('/ask through the queue', () => {
  it('acknowledges a question asked while the index loads, and answers it once the index is ready', async () => {
    const holder = new EngineHolder();
    let ready!: () => void;
    const loading = new Promise<void>((resolve) => (ready = resolve)).then(() => holder.set(engine));
    const handle = createInteractionHandler(startingContext(holder, loading));
    const early = ask('What hit the air base?');
    const done = handle(early);
    await new Promise((r) => setTimeout(r, 20));
    expect(early.sent.map((s) => s.kind)).toEqual(['deferReply']);
    ready();
    await done;
    expect(early.sent.map((s) => s.kind)).toEqual(['deferReply', 'editReply']);
    expect(textOf(early.sent[1]?.options)).toMatch(/embeds/);
  });

  it('tells other commands and autocomplete to come back while the index loads', async () => {
    const holder = new EngineHolder();
    const handle = createInteractionHandler(startingContext(holder, new Promise(() => undefined)));
    const timeline = slashCommand(client, 'timeline', [{ name: 'date', type: STRING, value: 'last week' }]);
    await handle(timeline);
    expect(timeline.sent).toHaveLength(1);
    expect(timeline.sent[0]?.kind).toBe('reply');
    expect(Number(timeline.sent[0]?.options.flags) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(timeline.sent[0]?.options.content).toBe(STILL_INDEXING);
    const typing = autocomplete(client, 'post', [{ name: 'passage', type: STRING, value: 'launch', focused: true }]);
    await handle(typing);
    expect(typing.sent[0]?.kind).toBe('respond');
    expect(textOf(typing.sent[0]?.options)).toMatch(/indexing/i);
  });

  it('in a burst, acknowledges every question before answering the later ones, then answers them all', async () => {
    const holder = new EngineHolder(engine);
    const handle = createInteractionHandler(startingContext(holder, Promise.resolve()));
    await new Promise((r) => setImmediate(r));
    const burst = ['What hit the air base?', 'Who was killed near Kirkuk?', 'What did NATO decide?'].map((q) => ask(q));
    const done = burst.map((i) => handle(i));
    // The first goes straight to its search; the ones behind it are acknowledged before any answer is sent.
    await new Promise((r) => setImmediate(r));
    expect(burst.slice(1).map((i) => i.sent.map((s) => s.kind))).toEqual([['deferReply'], ['deferReply']]);
    await Promise.all(done);
    expect(burst.map((i) => i.sent.at(-1)?.kind)).toEqual(['reply', 'editReply', 'editReply']);
  });

  it('lets one member queue only a few questions at a time; the rest are asked to slow down, others still queue', async () => {
    const holder = new EngineHolder();
    let ready!: () => void;
    const loading = new Promise<void>((resolve) => (ready = resolve)).then(() => holder.set(engine));
    const handle = createInteractionHandler(startingContext(holder, loading));
    const mine = Array.from({ length: MAX_QUEUED_PER_MEMBER + 2 }, (_, i) => ask(`What hit the air base ${i}?`));
    const theirs = ask('Who was killed near Kirkuk?', OTHER);
    const done = [...mine, theirs].map((i) => handle(i));
    await new Promise((r) => setTimeout(r, 20));
    const kinds = mine.map((i) => i.sent.map((s) => s.kind).join(','));
    expect(kinds.filter((k) => k === 'deferReply')).toHaveLength(MAX_QUEUED_PER_MEMBER);
    expect(kinds.filter((k) => k === 'reply')).toHaveLength(2);
    for (const i of mine.filter((x) => x.sent[0]?.kind === 'reply'))
      expect(textOf(i.sent[0]?.options)).toMatch(/Slow down/);
    expect(theirs.sent.map((s) => s.kind)).toEqual(['deferReply']);
    ready();
    await Promise.all(done);
    expect(theirs.sent.at(-1)?.kind).toBe('editReply');
  });
});
