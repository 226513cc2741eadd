// Faults end to end: the real bot process against the Discord stand-in, on a
// corpus folder that also holds broken files. Dropped gateways, stopped
// heartbeats, 429/500/10062/50001/50013 from REST, a burst of 200, /reload and
// hot reload, and finally SIGTERM with an interaction in flight.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApplicationCommandOptionType, InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEnv, ROOT, runScript, startBotProcess, type BotProcess } from '../support/bot-process.js';
import {
  DiscordStandin,
  finalMessages,
  IDS,
  MEMBER_PERMISSIONS,
  messageText,
  PERMISSION_BITS,
  type InteractionRecord,
} from '../support/discord-standin.js';
import { expectNoPings, expectWithinDiscordLimits } from '../support/limits.js';
import { messyCorpus } from '../support/messy-corpus.js';
import { questionsFromCorpus } from '../support/questions.js';

const MANAGE_GUILD = 1n << 5n;
const CALLBACK = /^POST \/interactions\/.*\/callback$/;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const replies = (r: InteractionRecord) =>
  r.callbacks.filter((c) =>
    [
      InteractionResponseType.ChannelMessageWithSource,
      InteractionResponseType.DeferredChannelMessageWithSource,
    ].includes(c.type),
  ).length;
const textOf = (r: InteractionRecord) => finalMessages(r).map(messageText).join('\n');

describe('faults through Discord', () => {
  let standin: DiscordStandin;
  let bot: BotProcess;
  let corpus: string;
  let broken: string[];
  let questions: string[];

  const ask = async (question: string, extra: { timeoutMs?: number; settleMs?: number; userId?: string } = {}) => {
    const record = await standin.interact({
      name: 'ask',
      options: [{ name: 'question', type: ApplicationCommandOptionType.String, value: question }],
      timeoutMs: extra.timeoutMs ?? 15_000,
      ...(extra.userId ? { userId: extra.userId } : {}),
      ...(extra.settleMs ? { settleMs: extra.settleMs } : {}),
    });
    for (const m of finalMessages(record)) {
      expectNoPings(m);
      expectWithinDiscordLimits(m);
    }
    return record;
  };
  const warnings = (msg: RegExp) => bot.logs().filter((l) => l.level === 40 && msg.test(String(l.msg)));

  beforeAll(async () => {
    const seed = path.join(ROOT, 'corpus');
    ({ dir: corpus, broken } = await messyCorpus(seed));
    questions = questionsFromCorpus(seed, 200);

    // A short heartbeat, so a zombie connection is noticed in a second or two.
    standin = await new DiscordStandin({ heartbeatInterval: 1000 }).start();
    const env = botEnv(standin.apiURL, { CORPUS_DIR: corpus });
    const deploy = await runScript('src/bot/deploy.ts', env);
    expect(deploy.code).toBe(0);
    const ready = standin.waitFor('ready', 60_000);
    bot = startBotProcess(env);
    await ready;
    await sleep(500);
  }, 90_000);

  afterAll(async () => {
    await bot?.stop();
    await standin?.stop();
    if (corpus) await rm(corpus, { recursive: true, force: true });
  });

  it('starts on a corpus with broken files: one warning per file, and answers from the rest', async () => {
    const logs = bot.logs();
    expect(broken.length).toBeGreaterThanOrEqual(8);
    for (const file of broken) {
      const lines = logs.filter((l) => l.level === 40 && l.file === file);
      expect(lines, file).toHaveLength(1);
      expect(String(lines[0]?.reason).length).toBeGreaterThan(5);
    }
    const indexed = logs.find((l) => l.msg === 'corpus indexed');
    expect(indexed?.documents).toBe(4);
    const record = await ask(questions[0] ?? '');
    expect(replies(record)).toBe(1);
    expect(textOf(record).length).toBeGreaterThan(20);
  });

  it('reconnects after the gateway drops (1006), logs it once at warn, and answers the next /ask', async () => {
    const q = questions[1] ?? '';
    const before = await ask(q);
    const warned = warnings(/reconnect/).length;
    const back = Promise.race([standin.waitFor('resumed', 30_000), standin.waitFor('ready', 30_000)]);
    standin.dropGateway();
    await back;
    await sleep(300);
    const after = await ask(q);
    expect(textOf(after)).toBe(textOf(before));
    expect(replies(after)).toBe(1);
    expect(warnings(/reconnect/).length - warned).toBe(1);
  });

  it('reconnects when heartbeat ACKs stop (a zombie connection) and answers the next /ask', async () => {
    const q = questions[2] ?? '';
    const before = await ask(q);
    const warned = warnings(/reconnect/).length;
    const back = Promise.race([standin.waitFor('resumed', 30_000), standin.waitFor('ready', 30_000)]);
    standin.ackHeartbeats = false;
    try {
      await back;
    } finally {
      standin.ackHeartbeats = true;
    }
    await sleep(300);
    const after = await ask(q);
    expect(textOf(after)).toBe(textOf(before));
    expect(warnings(/reconnect/).length - warned).toBe(1);
  });

  it('gives exactly one, identical answer through a 429 with retry_after on the callback', async () => {
    const q = questions[3] ?? '';
    const reference = await ask(q);
    standin.faults.push({
      match: CALLBACK,
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
      times: 1,
    });
    const faulted = standin.faulted.length;
    const record = await ask(q);
    expect(standin.faulted.length).toBe(faulted + 1);
    expect(replies(record)).toBe(1);
    expect(textOf(record)).toBe(textOf(reference));
  });

  it('gives exactly one, identical answer through a 500 on the callback', async () => {
    const q = questions[4] ?? '';
    const reference = await ask(q);
    standin.faults.push({ match: CALLBACK, status: 500, body: { message: '500: Internal Server Error', code: 0 } });
    const record = await ask(q);
    expect(replies(record)).toBe(1);
    expect(textOf(record)).toBe(textOf(reference));
  });

  it('logs an expired interaction (10062) once, does not retry, and carries on', async () => {
    standin.faults.push({ match: CALLBACK, status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    const logged = bot.logs().filter((l) => l.code === 10062).length;
    const gone = await ask(questions[5] ?? '', { timeoutMs: 1500 });
    const attempts = standin.requests.filter((r) => r.path.includes(`/interactions/${gone.id}/`)).length;
    expect(attempts).toBe(1); // no retry, no apology to a dead token
    expect(gone.followups).toHaveLength(0);
    expect(bot.logs().filter((l) => l.code === 10062).length - logged).toBe(1);
    const next = await ask(questions[5] ?? '');
    expect(replies(next)).toBe(1);
    expect(bot.child.exitCode).toBeNull();
  });

  it('says which permission is missing, and where, on 50001 Missing Access', async () => {
    standin.faults.push({ match: CALLBACK, status: 403, body: { message: 'Missing Access', code: 50001 } });
    const record = await ask(questions[6] ?? '');
    const [msg] = finalMessages(record);
    expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(msg?.content).toContain('View Channel');
    expect(msg?.content).toContain(`<#${IDS.general}>`);
  });

  it('names only the permission the bot really lacks on 50013 Missing Permissions', async () => {
    standin.faults.push({ match: CALLBACK, status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const withoutEmbeds = String(BigInt(MEMBER_PERMISSIONS) & ~PERMISSION_BITS.EMBED_LINKS);
    const record = await standin.interact({
      name: 'ask',
      options: [{ name: 'question', type: ApplicationCommandOptionType.String, value: questions[7] ?? '' }],
      appPermissions: withoutEmbeds,
      channelId: IDS.news,
    });
    const [msg] = finalMessages(record);
    expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(msg?.content).toContain('Embed Links');
    expect(msg?.content).not.toContain('Send Messages');
    expect(msg?.content).toContain(`<#${IDS.news}>`);
    expectNoPings(msg ?? {});
  });

  it('answers a burst of 200 /ask at once: each within 3 s, none lost, none twice', async () => {
    const burst = questions.slice(0, 200);
    expect(new Set(burst).size).toBe(200);
    // A busy server: 200 members at once (one member's flood is RATE_LIMIT's business, tested apart).
    const records = await Promise.all(
      burst.map((q, i) =>
        ask(q, { timeoutMs: 30_000, settleMs: 300, userId: String(1_400_000_000_000_100_000n + BigInt(i)) }),
      ),
    );
    const late = records.filter((r) => r.firstAt === undefined || r.firstAt - r.sentAt > 3000);
    expect(late).toHaveLength(0);
    expect(records.filter((r) => replies(r) !== 1)).toHaveLength(0);
    expect(records.filter((r) => textOf(r).trim().length === 0)).toHaveLength(0);
  }, 60_000);

  it('registers /reload for managers of the home server only, and refuses a member without Manage Server', async () => {
    const reload = standin.commands?.find((c) => c.name === 'reload');
    expect(reload?.default_member_permissions).toBe(String(MANAGE_GUILD));
    const record = await standin.interact({ name: 'reload' });
    const [msg] = finalMessages(record);
    expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(msg?.content).toMatch(/operators/);
    expect(bot.logs().some((l) => l.msg === 'corpus reloaded' && l.trigger === 'command')).toBe(false);
  });

  it('/reload by a manager reports what changed, through a 500 on the reply edit', async () => {
    await writeFile(
      path.join(corpus, 'zz-new.txt'),
      'Engineers finished the new lighthouse at Port Quillon on Tuesday. It guides ferries past the reef.\n',
    );
    standin.faults.push({ match: /^PATCH \/webhooks\/.*\/messages\/@original$/, status: 500 });
    const faulted = standin.faulted.length;
    const record = await standin.interact({
      name: 'reload',
      permissions: String(BigInt(MEMBER_PERMISSIONS) | MANAGE_GUILD),
      timeoutMs: 30_000,
    });
    expect(record.callbacks.map((c) => c.type)).toEqual([InteractionResponseType.DeferredChannelMessageWithSource]);
    expect(standin.faulted.length).toBe(faulted + 1); // the first edit failed…
    expect(record.edits).toHaveLength(1); // …and the retry landed once
    const text = textOf(record);
    // The watcher may have picked the file up first; either way the index has it now.
    expect(text).toMatch(/\d+\*\* added/);
    expect(text).toMatch(/Now \*\*5\*\* articles, \*\*\d+\*\* passages · rebuilt in \d/);
    const answer = await ask('What guides ferries past the reef at Port Quillon?');
    expect(textOf(answer)).toMatch(/lighthouse/i);
  });

  it('reloads by itself when a file changes, and reports the change in the log', async () => {
    const reloads = () => bot.logs().filter((l) => l.msg === 'corpus reloaded' && l.trigger === 'watch');
    const before = reloads().length;
    await writeFile(
      path.join(corpus, 'zz-new.txt'),
      'The lighthouse at Port Quillon was painted red and white in May.\n',
    );
    // A watch reload still running for the file the test before added may log first (changed 0): wait for this one.
    const deadline = Date.now() + 15_000;
    const thisChange = () =>
      reloads()
        .slice(before)
        .find((l) => l.changed === 1);
    while (!thisChange() && Date.now() < deadline) await sleep(100);
    expect(thisChange()).toMatchObject({ changed: 1, trigger: 'watch' });
    const answer = await ask('What colour was the lighthouse at Port Quillon painted?');
    expect(textOf(answer)).toMatch(/red and white/);
  });

  it('on SIGTERM turns new interactions away, finishes the one in flight, then exits 0 within 5 s', async () => {
    // The reply is held up for a second by a slow 500 (then retried): it is in flight when the signal comes.
    standin.faults.push({ match: CALLBACK, status: 500, delayMs: 1000 });
    const inFlight = ask(questions[8] ?? '', { timeoutMs: 10_000 });
    await sleep(300);
    const t0 = performance.now();
    bot.child.kill('SIGTERM');
    // Arriving during the shutdown: a short note, not silence.
    await sleep(150);
    const late = await standin.interact({
      name: 'ask',
      options: [{ name: 'question', type: ApplicationCommandOptionType.String, value: questions[9] ?? '' }],
      timeoutMs: 3000,
    });
    const { code } = await bot.exited;
    const ms = performance.now() - t0;
    const record = await inFlight;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5000);
    expect(replies(record)).toBe(1);
    expect(textOf(record).length).toBeGreaterThan(20);
    const [note] = finalMessages(late);
    expect((note?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(note?.content).toMatch(/restarting.*again/i);
    const logs = bot.logs();
    expect(logs.some((l) => l.msg === 'stopped')).toBe(true);
    expect(bot.output()).not.toContain('test-token.for-the-stand-in');
  });
});

describe('fatal starts', () => {
  it('exits 1 with one line naming DISCORD_TOKEN when Discord rejects the token (401 on /gateway/bot)', async () => {
    const standin = await new DiscordStandin().start();
    try {
      standin.faults.push({
        match: /^GET \/gateway\/bot$/,
        status: 401,
        body: { message: '401: Unauthorized', code: 0 },
        times: 100,
      });
      const t0 = performance.now();
      const bot = startBotProcess(botEnv(standin.apiURL));
      const { code, output } = await bot.exited;
      expect(code).toBe(1);
      expect(performance.now() - t0).toBeLessThan(30_000);
      const plain = output.split('\n').filter((l) => l.trim() && !l.startsWith('{'));
      expect(plain).toHaveLength(1);
      expect(plain[0]).toContain('DISCORD_TOKEN');
      expect(output).not.toMatch(/^\s+at /m); // no stack trace
      expect(output).not.toContain('test-token.for-the-stand-in');
      // No login loop: it gave up after Discord said no.
      expect(standin.requests.filter((r) => r.path === '/gateway/bot').length).toBeLessThanOrEqual(2);
    } finally {
      await standin.stop();
    }
  }, 60_000);

  it('exits 1 with a clear error when no file in the corpus folder is usable', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-unusable-'));
    try {
      await writeFile(path.join(dir, 'empty.txt'), '');
      await writeFile(path.join(dir, 'misdated.txt'), ' date 2020-13-45\nSome text about a harbour.\n');
      const bot = startBotProcess(botEnv('http://127.0.0.1:9/api', { CORPUS_DIR: dir }));
      const { code, output } = await bot.exited;
      expect(code).toBe(1);
      const plain = output.split('\n').filter((l) => l.trim() && !l.startsWith('{'));
      expect(plain).toHaveLength(1);
      expect(plain[0]).toMatch(/CORPUS_DIR.*no usable/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
