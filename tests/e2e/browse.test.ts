// /sources, /read and the buttons on /ask answers, end to end: the real bot
// process against the Discord stand-in, over a synthetic corpus large enough
// to page through. Buttons are pressed with the custom_ids the bot sent, also
// after the bot restarted.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApplicationCommandOptionType, InteractionResponseType, InteractionType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEnv, runScript, startBotProcess, type BotProcess } from '../support/bot-process.js';
import {
  DiscordStandin,
  finalMessages,
  IDS,
  messageText,
  type CommandOption,
  type InteractionRecord,
  type MessagePayload,
} from '../support/discord-standin.js';
import { expectNoPings, expectWithinDiscordLimits } from '../support/limits.js';

const ARTICLES = 23;
const OTHER_USER = '1400000000000000999';

interface Button {
  label?: string;
  custom_id: string;
  disabled?: boolean;
}

function buttonsOf(msg: MessagePayload | undefined): Button[] {
  const rows = (msg?.components ?? []) as { components?: Button[] }[];
  return rows.flatMap((r) => r.components ?? []);
}

function buttonLabelled(msg: MessagePayload | undefined, label: RegExp): Button {
  const b = buttonsOf(msg).find((x) => label.test(x.label ?? ''));
  if (!b) throw new Error(`no button ${String(label)} in ${JSON.stringify(msg?.components)}`);
  return b;
}

/** The message a member sees after a button press: the update (type 7) or a new reply (type 4). */
function shown(record: InteractionRecord): MessagePayload | undefined {
  return finalMessages(record)[0];
}

async function writeCorpus(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-browse-'));
  for (let i = 1; i <= ARTICLES; i++) {
    const n = String(i).padStart(2, '0');
    const text = [
      ` date 2021-02-${n}`,
      `Harbour report ${n}: traffic on the bridge and the ferries`,
      '',
      `The harbour bridge carried ${i * 3} thousand cars on day ${i}, the transport office said on Monday.`,
      '',
      `Ferry crossings rose by ${i} percent during week ${i}, as commuters avoided the roadworks near the tunnel.`,
      '',
      `Harbour pilots guided ${i + 40} cargo ships into port in report ${n}, a record for the season.`,
      '',
      `The council will publish report ${i + 1} next week, with figures for the bridge tolls.`,
    ].join('\n');
    await writeFile(path.join(dir, `harbour-${n}.txt`), text);
  }
  return dir;
}

describe('/sources, /read and answer buttons through Discord', () => {
  let standin: DiscordStandin;
  let bot: BotProcess;
  let corpusDir: string;
  const env = () => botEnv(standin.apiURL, { CORPUS_DIR: corpusDir, POST_COOLDOWN: '20/30s' });

  const startBot = async (): Promise<void> => {
    const ready = standin.waitFor('ready', 60_000);
    bot = startBotProcess(env());
    await ready;
    await new Promise((r) => setTimeout(r, 500));
  };

  const run = async (name: string, options: CommandOption[] = [], extra: { userId?: string } = {}) => {
    const record = await standin.interact({ name, options, ...extra });
    check(record);
    return record;
  };

  const press = async (
    customId: string,
    extra: { userId?: string; channelId?: string; message?: Record<string, unknown> } = {},
  ) => {
    // The message the button is on carries it, as on Discord (the bot acts only on a message's own buttons).
    const own = { components: [{ type: 1, components: [{ type: 2, style: 2, label: 'b', custom_id: customId }] }] };
    const record = await standin.interact({
      type: InteractionType.MessageComponent,
      customId,
      ...extra,
      message: { ...own, ...extra.message },
    });
    check(record);
    return record;
  };

  const check = (record: InteractionRecord): void => {
    expect(record.timedOut).toBe(false);
    for (const m of finalMessages(record)) {
      expectNoPings(m);
      expectWithinDiscordLimits(m);
    }
  };

  beforeAll(async () => {
    corpusDir = await writeCorpus();
    standin = await new DiscordStandin().start();
    const deploy = await runScript('src/bot/deploy.ts', env());
    expect(deploy.code).toBe(0);
    await startBot();
  }, 90_000);

  afterAll(async () => {
    await bot?.stop();
    await standin?.stop();
    await rm(corpusDir, { recursive: true, force: true });
  });

  it('lists the articles newest first and pages with ◀ ▶', async () => {
    const first = shown(await run('sources'));
    expect((first?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const embed = first?.embeds?.[0];
    expect(embed?.title).toBe(`Sources: ${ARTICLES} articles`);
    expect(embed?.footer?.text).toMatch(/^Page 1 of 3/);
    expect(embed?.description).toContain('2021-02-23');
    expect(embed?.description).toMatch(/4 passages/);
    expect(buttonLabelled(first, /Newer/).disabled).toBe(true);

    const second = await press(buttonLabelled(first, /Older/).custom_id);
    expect(second.callbacks[0]?.type).toBe(InteractionResponseType.UpdateMessage);
    expect(shown(second)?.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of 3/);
    const third = shown(await press(buttonLabelled(shown(second), /Older/).custom_id));
    expect(third?.embeds?.[0]?.footer?.text).toMatch(/^Page 3 of 3/);
    expect(third?.embeds?.[0]?.description).toContain('2021-02-01');
    expect(buttonLabelled(third, /Older/).disabled).toBe(true);
    const back = shown(await press(buttonLabelled(third, /Newer/).custom_id));
    expect(back?.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of 3/);
  });

  it('autocompletes articles by title words within the limits', async () => {
    const record = await standin.interact({
      name: 'read',
      type: InteractionType.ApplicationCommandAutocomplete,
      options: [
        { name: 'document', type: ApplicationCommandOptionType.String, value: 'harbour report 0', focused: true },
      ],
    });
    const choices = record.callbacks[0]?.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name).toMatch(/^Harbour report 0\d/);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(String(c.value).length).toBeLessThanOrEqual(100);
    }
  });

  const readFirst = async (typed: string, paragraph?: number) => {
    const ac = await standin.interact({
      name: 'read',
      type: InteractionType.ApplicationCommandAutocomplete,
      options: [{ name: 'document', type: ApplicationCommandOptionType.String, value: typed, focused: true }],
    });
    const value = String(ac.callbacks[0]?.data?.choices?.[0]?.value);
    const options: CommandOption[] = [{ name: 'document', type: ApplicationCommandOptionType.String, value }];
    if (paragraph !== undefined)
      options.push({ name: 'paragraph', type: ApplicationCommandOptionType.Integer, value: paragraph });
    return run('read', options);
  };

  it('reads a passage in context and pages through the article', async () => {
    const first = shown(await readFirst('report 07'));
    expect((first?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(first?.embeds?.[0]?.title).toMatch(/^Harbour report 07/);
    expect(first?.embeds?.[0]?.description).toMatch(/carried 21 thousand cars/);
    expect(first?.embeds?.[0]?.footer?.text).toMatch(/2021-02-07 · ¶1 of 4 · passage 1 of 4/);
    expect(buttonLabelled(first, /◀/).disabled).toBe(true);

    const second = shown(await press(buttonLabelled(first, /▶/).custom_id));
    const text = second?.embeds?.[0]?.description ?? '';
    expect(second?.embeds?.[0]?.footer?.text).toMatch(/¶2 of 4/);
    // The passage itself, with the end of the one before and the start of the one after, in italics.
    expect(text).toMatch(/Ferry crossings rose by 7 percent/);
    expect(text).toMatch(/^\*.*21 thousand cars/);
    expect(text).toMatch(/\*Harbour pilots guided 47/);
    const back = shown(await press(buttonLabelled(second, /◀/).custom_id));
    expect(back?.embeds?.[0]?.footer?.text).toMatch(/¶1 of 4/);
  });

  it('opens at a paragraph, and says which exist when asked for one past the end', async () => {
    expect(shown(await readFirst('report 12', 3))?.embeds?.[0]?.description).toMatch(/guided 52 cargo ships/);
    const past = shown(await readFirst('report 12', 9));
    expect((past?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(messageText(past)).toMatch(/¶1 to ¶4/);
  });

  it("posts the passage being read in the current channel, and not where the member can't send", async () => {
    const view = shown(await readFirst('report 05', 3));
    const post = buttonLabelled(view, /Post/).custom_id;
    const before = standin.channelMessages.length;
    const ok = await press(post);
    const posted = standin.channelMessages.slice(before);
    expect(posted.map((m) => m.channelId)).toEqual([IDS.general]);
    expect(posted[0]?.embeds?.[0]?.description).toMatch(/guided 45 cargo ships/);
    expect(posted[0]?.embeds?.[0]?.footer?.text).toMatch(/^Shared by /);
    expect(messageText(shown(ok))).toContain(`https://discord.com/channels/${IDS.guild}/${IDS.general}/`);

    // In #announcements the member may read but not send (the stand-in's permissions there).
    const refused = await press(post, { channelId: IDS.announcements });
    expect(standin.channelMessages.slice(before)).toHaveLength(1);
    expect(messageText(shown(refused))).toMatch(/Send Messages/);
  });

  it('puts More sources on a public answer, for anyone, paging privately', async () => {
    const question = [
      {
        name: 'question',
        type: ApplicationCommandOptionType.String,
        value: 'How many cars did the harbour bridge carry?',
      },
    ];
    const answer = shown(await run('ask', question));
    expect((answer?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(buttonsOf(answer).map((b) => b.label)).toEqual(['More sources']);
    const cited = new Set((answer?.embeds?.[0]?.fields ?? []).map((f) => f.name.replace(/^\[\d+\] /, '')));

    const more = await press(buttonLabelled(answer, /More sources/).custom_id, { userId: OTHER_USER });
    expect(more.callbacks[0]?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const page = shown(more);
    expect((page?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const fields = page?.embeds?.[0]?.fields ?? [];
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.length).toBeLessThanOrEqual(3);
    // Further passages, not the ones the answer already cites.
    for (const f of fields) expect(cited.has(f.name)).toBe(false);
    // 23 similar articles: more further passages than one page holds.
    const page2 = await press(buttonLabelled(page, /More sources/).custom_id, { userId: OTHER_USER });
    expect(page2.callbacks[0]?.type).toBe(InteractionResponseType.UpdateMessage);
    const names2 = (shown(page2)?.embeds?.[0]?.fields ?? []).map((f) => f.name);
    expect(names2.length).toBeGreaterThan(0);
    for (const n of names2) expect(fields.map((f) => f.name)).not.toContain(n);
  });

  it("lets only the asker press a private answer's buttons, and posts it publicly for them", async () => {
    const record = await run('ask', [
      {
        name: 'question',
        type: ApplicationCommandOptionType.String,
        value: 'How many cargo ships did harbour pilots guide?',
      },
      { name: 'private', type: ApplicationCommandOptionType.Boolean, value: true },
    ]);
    const answer = shown(record);
    expect((answer?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const postId = buttonLabelled(answer, /Post to channel/).custom_id;
    buttonLabelled(answer, /More sources/);
    const message = {
      embeds: answer?.embeds ?? [],
      components: answer?.components ?? [],
      flags: MessageFlags.Ephemeral,
    };

    const before = standin.channelMessages.length;
    const stranger = await press(postId, { userId: OTHER_USER, message });
    expect(standin.channelMessages.length).toBe(before);
    expect(messageText(shown(stranger))).toMatch(/belong to the member who asked/);
    const strangerMore = await press(buttonLabelled(answer, /More sources/).custom_id, {
      userId: OTHER_USER,
      message,
    });
    expect(messageText(shown(strangerMore))).toMatch(/belong to the member who asked/);

    await press(postId, { message });
    const posted = standin.channelMessages.slice(before);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.components ?? []).toEqual([]);
    expect(posted[0]?.embeds?.[0]?.description).toBe(answer?.embeds?.[0]?.description);
    expect(posted[0]?.embeds?.[0]?.footer?.text).toMatch(/^Shared by Reader · Searched/);
    expectNoPings(posted[0] ?? {});
  });

  it('answers a stale or foreign button with a polite private note', async () => {
    for (const id of ['read:p0.zzzzz:f', 'src:abc:f', 'more:1:p0.zzzzz', 'nothing:here', 'apost:not-a-number']) {
      const msg = shown(await press(id));
      expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
      expect(messageText(msg)).toMatch(/no longer works/);
    }
  });

  it('keeps buttons working after a restart', async () => {
    const view = shown(await readFirst('report 20'));
    const next = buttonLabelled(view, /▶/).custom_id;
    const sources = shown(await run('sources'));
    const older = buttonLabelled(sources, /Older/).custom_id;
    await bot.stop();
    await startBot();
    const paged = shown(await press(next));
    expect(paged?.embeds?.[0]?.description).toMatch(/rose by 20 percent/);
    expect(shown(await press(older))?.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of 3/);
  }, 90_000);

  it('never lets a message ping', () => {
    for (const m of standin.channelMessages) expectNoPings(m);
    for (const r of standin.interactions) {
      for (const c of r.callbacks)
        if ([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.UpdateMessage].includes(c.type))
          expectNoPings(c.data ?? {});
      for (const e of r.edits) expectNoPings(e);
      for (const f of r.followups) expectNoPings(f);
    }
  });
});
