// /ask end to end: the real deploy script and the real bot process (npm
// start's entry point) against the Discord stand-in on loopback.
import { ApplicationCommandOptionType, InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEnv, runScript, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { DiscordStandin, finalMessages, messageText, type InteractionRecord } from '../support/discord-standin.js';
import { expectNoPings, expectWithinDiscordLimits } from '../support/limits.js';

describe('/ask through Discord', () => {
  let standin: DiscordStandin;
  let bot: BotProcess;

  const ask = async (question: string, extra: { private?: boolean } = {}): Promise<InteractionRecord> => {
    const options = [{ name: 'question', type: ApplicationCommandOptionType.String, value: question }];
    if (extra.private !== undefined)
      options.push({ name: 'private', type: ApplicationCommandOptionType.Boolean, value: extra.private as never });
    const record = await standin.interact({ name: 'ask', options, timeoutMs: 10_000 });
    expect(record.timedOut).toBe(false);
    for (const m of finalMessages(record)) {
      expectNoPings(m);
      expectWithinDiscordLimits(m);
    }
    return record;
  };

  beforeAll(async () => {
    standin = await new DiscordStandin().start();
    const deploy = await runScript('src/bot/deploy.ts', botEnv(standin.apiURL));
    expect(deploy.output).toContain('Registered');
    expect(deploy.code).toBe(0);
    const ready = standin.waitFor('ready', 60_000);
    bot = startBotProcess(botEnv(standin.apiURL));
    await ready;
    // Let the client finish its start (GUILD_CREATE, ready event).
    await new Promise((r) => setTimeout(r, 500));
  }, 90_000);

  afterAll(async () => {
    await bot?.stop();
    await standin?.stop();
  });

  it('registered /ask for the guild with a required, length-limited question', () => {
    expect(standin.commandScope).toBe('guild');
    const ask = standin.commands?.find((c) => c.name === 'ask');
    const question = (ask?.options as { name: string; required?: boolean; max_length?: number }[] | undefined)?.find(
      (o) => o.name === 'question',
    );
    expect(question?.required).toBe(true);
    expect(question?.max_length).toBe(300);
    expect((ask?.options as { name: string }[]).map((o) => o.name)).toContain('private');
  });

  it('answers with a short cited answer in one public embed', async () => {
    const record = await ask('How many Canadian troops are in Iraq?');
    expect(record.callbacks[0]?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const [msg] = finalMessages(record);
    expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    const embed = msg?.embeds?.[0];
    expect(embed?.title).toContain('Canadian troops');
    expect(embed?.description).toMatch(/500 troops/);
    expect(embed?.description).toMatch(/\[1\]/);
    expect((embed?.description ?? '').length).toBeLessThanOrEqual(400 + 20);
    const fields = embed?.fields ?? [];
    expect(fields.length).toBeGreaterThanOrEqual(1);
    expect(fields.length).toBeLessThanOrEqual(5);
    expect(fields[0]?.name).toMatch(/^\[1\] .+ · (\d{4}-\d{2}-\d{2}|undated) · ¶\d+$/);
    expect(fields.some((f) => f.value.includes('**'))).toBe(true); // question terms in bold
    expect(embed?.footer?.text).toMatch(/Searched \d+ passages in \d+ articles/);
  });

  it('answers privately when asked to', async () => {
    const record = await ask('Who is Christian Leuprecht?', { private: true });
    const [msg] = finalMessages(record);
    expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(messageText(msg)).toContain('Royal Military College');
  });

  it('says plainly when the articles do not answer, with suggestions', async () => {
    const record = await ask('What is the recipe for sourdough bread?');
    const text = messageText(finalMessages(record)[0]);
    expect(text).toMatch(/couldn't find/i);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['5,000 characters', 'x'.repeat(5000)],
    ['control characters', '\u0000\u0001\u202e rockets'],
  ])('answers a %s question with a clear ephemeral note', async (_label, question) => {
    const record = await ask(question);
    const [msg] = finalMessages(record);
    expect(messageText(msg).trim().length).toBeGreaterThan(10);
    if (question.trim() === '' || question.length > 300)
      expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('never pings, even when the question or corpus says @everyone', async () => {
    for (const q of [
      '@everyone what happened?',
      '<@&1200000000000000002> who was killed',
      '<@1400000000000000004> rockets?',
    ]) {
      const record = await ask(q);
      const [msg] = finalMessages(record);
      expect(msg?.allowed_mentions?.parse).toEqual([]);
      expect(messageText(msg)).not.toMatch(/(^|[^\u200b])@everyone/);
      expect(messageText(msg)).not.toMatch(/<@&?\d+>/);
    }
  });

  it('survives an expired interaction (10062) and answers the next one', async () => {
    standin.faults.push({
      match: /^POST \/interactions\/.*\/callback$/,
      status: 404,
      body: { message: 'Unknown interaction', code: 10062 },
      times: 1,
    });
    await standin.interact({
      name: 'ask',
      options: [{ name: 'question', type: ApplicationCommandOptionType.String, value: 'Who is Leuprecht?' }],
      timeoutMs: 1500,
    });
    const record = await ask('Who is Christian Leuprecht?');
    expect(messageText(finalMessages(record)[0])).toContain('Royal Military College');
    expect(bot.child.exitCode).toBeNull();
    const warned = bot.logs().filter((l) => l.code === 10062);
    expect(warned.length).toBe(1);
  });

  it('logs one JSON line per event and never the token', () => {
    const out = bot.output();
    expect(out).not.toContain('test-token.for-the-stand-in');
    const lines = bot.logs();
    expect(lines.some((l) => l.msg === 'answered /ask')).toBe(true);
  });
});
