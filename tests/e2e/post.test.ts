// /post end to end: autocomplete, posting a passage to another channel, the
// refusal where the member may not write, and the per-member cooldown —
// the real bot process against the Discord stand-in.
import { ApplicationCommandOptionType, InteractionResponseType, InteractionType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEnv, runScript, startBotProcess, type BotProcess } from '../support/bot-process.js';
import {
  DiscordStandin,
  finalMessages,
  IDS,
  MEMBER_PERMISSIONS,
  messageText,
  PERMISSION_BITS,
  resolvedChannels,
  type CommandOption,
  type InteractionRecord,
} from '../support/discord-standin.js';
import { expectNoPings, expectWithinDiscordLimits } from '../support/limits.js';

/** Each test acts as its own member, so the cooldown of one does not limit another. */
let nextUser = 1400000000000000100n;
const newUser = (): string => String(nextUser++);

describe('/post through Discord', () => {
  let standin: DiscordStandin;
  let bot: BotProcess;

  const checkAll = (record: InteractionRecord): void => {
    expect(record.timedOut).toBe(false);
    for (const m of finalMessages(record)) {
      expectNoPings(m);
      expectWithinDiscordLimits(m);
    }
  };

  const choicesFor = async (typed: string): Promise<{ name: string; value: string | number }[]> => {
    const record = await standin.interact({
      name: 'post',
      type: InteractionType.ApplicationCommandAutocomplete,
      options: [{ name: 'passage', type: ApplicationCommandOptionType.String, value: typed, focused: true }],
    });
    expect(record.callbacks[0]?.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    return record.callbacks[0]?.data?.choices ?? [];
  };

  const post = async (
    passage: string,
    opts: { channel?: string; permissions?: string; comment?: string; userId?: string } = {},
  ): Promise<{ record: InteractionRecord; posted: ReturnType<DiscordStandin['channelMessages']['slice']> }> => {
    const options: CommandOption[] = [{ name: 'passage', type: ApplicationCommandOptionType.String, value: passage }];
    if (opts.channel)
      options.push({ name: 'channel', type: ApplicationCommandOptionType.Channel, value: opts.channel });
    if (opts.comment !== undefined)
      options.push({ name: 'comment', type: ApplicationCommandOptionType.String, value: opts.comment });
    const before = standin.channelMessages.length;
    const record = await standin.interact({
      name: 'post',
      options,
      userId: opts.userId ?? newUser(),
      ...(opts.channel
        ? {
            resolved: resolvedChannels(
              opts.permissions ? { id: opts.channel, permissions: opts.permissions } : opts.channel,
            ),
          }
        : {}),
    });
    checkAll(record);
    return { record, posted: standin.channelMessages.slice(before) };
  };

  beforeAll(async () => {
    standin = await new DiscordStandin().start();
    const deploy = await runScript('src/bot/deploy.ts', botEnv(standin.apiURL));
    expect(deploy.code).toBe(0);
    const ready = standin.waitFor('ready', 60_000);
    bot = startBotProcess(botEnv(standin.apiURL, { POST_COOLDOWN: '3/30s' }));
    await ready;
    await new Promise((r) => setTimeout(r, 500));
  }, 90_000);

  afterAll(async () => {
    await bot?.stop();
    await standin?.stop();
  });

  it('registers /post with an autocomplete passage, a channel and a short comment', () => {
    const cmd = standin.commands?.find((c) => c.name === 'post');
    const options = (cmd?.options ?? []) as {
      name: string;
      type: number;
      autocomplete?: boolean;
      max_length?: number;
    }[];
    expect(options.find((o) => o.name === 'passage')?.autocomplete).toBe(true);
    expect(options.find((o) => o.name === 'channel')?.type).toBe(ApplicationCommandOptionType.Channel);
    expect(options.find((o) => o.name === 'comment')?.max_length).toBe(300);
  });

  it('autocompletes passages from a few words, the last one unfinished, within the limits', async () => {
    const whole = await choicesFor('Katyusha launchpad');
    const partial = await choicesFor('Katyusha launchp');
    for (const choices of [whole, partial]) {
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeGreaterThan(0);
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(String(c.value).length).toBeLessThanOrEqual(100);
        expect(c.name).toMatch(/ · (\d{4}-\d{2}-\d{2}|undated) · ¶\d+ — /);
      }
      expect(choices[0]?.name.toLowerCase()).toMatch(/launchpad/);
    }
    // The unfinished word found the same best passage as the finished one.
    expect(partial[0]?.value).toBe(whole[0]?.value);
    // Nothing typed yet: still a list to pick from.
    expect((await choicesFor('')).length).toBeGreaterThan(0);
  });

  it('posts the chosen passage to another channel as a quote embed with its source, then confirms privately', async () => {
    const [choice] = await choicesFor('Katyusha launchpad');
    const { record, posted } = await post(String(choice?.value), {
      channel: IDS.news,
      comment: 'Worth a read @everyone <@&1600000000000000006>',
    });
    expect(posted).toHaveLength(1);
    const msg = posted[0];
    expect(msg?.channelId).toBe(IDS.news);
    expectNoPings(msg ?? {});
    expectWithinDiscordLimits(msg ?? {});
    const embed = msg?.embeds?.[0];
    expect(embed?.description?.toLowerCase()).toContain('katyusha');
    const fields = Object.fromEntries((embed?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields.Published).toMatch(/^(\d{4}-\d{2}-\d{2}|undated)$/);
    expect(fields.Paragraph).toMatch(/^¶\d+$/);
    expect(fields.Document?.length).toBeGreaterThan(0);
    expect(embed?.title?.length).toBeGreaterThan(0);
    expect(embed?.footer?.text).toMatch(/^Shared by Reader/);
    // The comment is the message text, and cannot ping even if it tries.
    expect(msg?.content).toContain('Worth a read');
    expect(msg?.content).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(msg?.content).not.toMatch(/<@&\d+>/);
    // The member is told where it went, privately, with a link to the message.
    const [reply] = finalMessages(record);
    expect((reply?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(reply?.content).toContain(`<#${IDS.news}>`);
    expect(reply?.content).toContain(`https://discord.com/channels/${IDS.guild}/${IDS.news}/${msg?.id}`);
  });

  it('posts to the current channel when no channel is given', async () => {
    const [choice] = await choicesFor('Soleimani drone');
    const { posted } = await post(String(choice?.value));
    expect(posted.map((m) => m.channelId)).toEqual([IDS.general]);
  });

  it('refuses to post where the member may not send, though the bot could, and says why', async () => {
    const [choice] = await choicesFor('Katyusha launchpad');
    const denied = String(BigInt(MEMBER_PERMISSIONS) & ~PERMISSION_BITS.SEND_MESSAGES);
    const { record, posted } = await post(String(choice?.value), { channel: IDS.announcements, permissions: denied });
    expect(posted).toHaveLength(0);
    const messages = finalMessages(record);
    expect(messages).toHaveLength(1);
    expect((messages[0]?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const text = messageText(messages[0]);
    expect(text).toContain('Send Messages');
    expect(text).toContain(`<#${IDS.announcements}>`);
  });

  it('posts the clear best passage for typed text, and lists candidates when none stands out', async () => {
    const clear = await post('launchpad for Katyusha rockets abandoned vehicle', { channel: IDS.news });
    expect(clear.posted).toHaveLength(1);
    expect(clear.posted[0]?.embeds?.[0]?.description?.toLowerCase()).toContain('launchpad');

    const vague = await post('Iran', { channel: IDS.news });
    expect(vague.posted).toHaveLength(0);
    const [reply] = finalMessages(vague.record);
    expect((reply?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(messageText(reply)).toMatch(/pick one from the list/i);
    expect(messageText(reply)).toMatch(/^1\. /m);

    const none = await post('zzzzqx wwwqv', { channel: IDS.news });
    expect(none.posted).toHaveLength(0);
    expect(messageText(finalMessages(none.record)[0])).toMatch(/Nothing in the articles matches/);
  });

  it('treats a passage id from an older corpus as stale, posting nothing', async () => {
    const { record, posted } = await post('p0.zzzzz', { channel: IDS.news });
    expect(posted).toHaveLength(0);
    expect(messageText(finalMessages(record)[0])).toMatch(/no longer in the articles/);
  });

  it('stops a member after 3 posts in 30 s, kindly, while others may still post', async () => {
    const [choice] = await choicesFor('Katyusha launchpad');
    const spammer = newUser();
    for (let i = 0; i < 3; i++) {
      const { posted } = await post(String(choice?.value), { channel: IDS.news, userId: spammer });
      expect(posted).toHaveLength(1);
    }
    const fourth = await post(String(choice?.value), { channel: IDS.news, userId: spammer });
    expect(fourth.posted).toHaveLength(0);
    const [reply] = finalMessages(fourth.record);
    expect((reply?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(messageText(reply)).toMatch(/3 times per 30 s.*Try again in \d+ seconds?/);
    // A refused post (no rights) does not use up the cooldown of another member.
    const other = await post(String(choice?.value), { channel: IDS.news });
    expect(other.posted).toHaveLength(1);
  });

  it('never lets a message ping', () => {
    for (const m of standin.channelMessages) expectNoPings(m);
    for (const r of standin.interactions) for (const m of finalMessages(r)) expectNoPings(m);
    const edits = standin.interactions.flatMap((r) => r.edits);
    for (const e of edits) expectNoPings(e);
  });
});
