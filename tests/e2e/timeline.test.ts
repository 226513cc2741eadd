// /timeline end to end: the real deploy script and the real bot process
// against the Discord stand-in: a day, the overview, bad dates, autocomplete,
// and ◀ ▶ paging (on a second bot over a synthetic archive big enough to page).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApplicationCommandOptionType, InteractionResponseType, InteractionType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEnv, runScript, startBotProcess, type BotProcess } from '../support/bot-process.js';
import {
  DiscordStandin,
  finalMessages,
  messageText,
  type CommandOption,
  type InteractionRecord,
  type MessagePayload,
} from '../support/discord-standin.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../src/util/calendar-names.js';
import { expectNoPings, expectWithinDiscordLimits } from '../support/limits.js';

/** Checks every message of an interaction: within limits, no pings. */
function checked(record: InteractionRecord): MessagePayload[] {
  expect(record.timedOut).toBe(false);
  const messages = finalMessages(record);
  for (const m of messages) {
    expectNoPings(m);
    expectWithinDiscordLimits(m);
  }
  return messages;
}

function buttonIds(msg: MessagePayload | undefined): { id: string; label: string; disabled: boolean }[] {
  const rows = (msg?.components ?? []) as {
    components?: { custom_id?: string; label?: string; disabled?: boolean }[];
  }[];
  return rows.flatMap((r) =>
    (r.components ?? []).map((c) => ({ id: c.custom_id ?? '', label: c.label ?? '', disabled: Boolean(c.disabled) })),
  );
}

async function startBot(standin: DiscordStandin, extra: Record<string, string> = {}): Promise<BotProcess> {
  const ready = standin.waitFor('ready', 60_000);
  const bot = startBotProcess(botEnv(standin.apiURL, extra));
  await ready;
  // Let the client finish its start (GUILD_CREATE, ready event).
  await new Promise((r) => setTimeout(r, 500));
  return bot;
}

function timelineOn(standin: DiscordStandin) {
  return async (opts: { date?: string; to?: string; private?: boolean } = {}): Promise<InteractionRecord> => {
    const options: CommandOption[] = [];
    if (opts.date !== undefined)
      options.push({ name: 'date', type: ApplicationCommandOptionType.String, value: opts.date });
    if (opts.to !== undefined) options.push({ name: 'to', type: ApplicationCommandOptionType.String, value: opts.to });
    if (opts.private !== undefined)
      options.push({ name: 'private', type: ApplicationCommandOptionType.Boolean, value: opts.private });
    return standin.interact({ name: 'timeline', options, timeoutMs: 10_000 });
  };
}

async function suggest(
  standin: DiscordStandin,
  typed: string,
  option = 'date',
): Promise<{ name: string; value: string }[]> {
  const record = await standin.interact({
    type: InteractionType.ApplicationCommandAutocomplete,
    name: 'timeline',
    options: [{ name: option, type: ApplicationCommandOptionType.String, value: typed, focused: true }],
    timeoutMs: 10_000,
  });
  expect(record.timedOut).toBe(false);
  expect(record.callbacks[0]?.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
  const choices = (record.callbacks[0]?.data?.choices ?? []) as { name: string; value: string }[];
  expect(choices.length).toBeLessThanOrEqual(25);
  for (const c of choices) {
    expect(c.name.length).toBeGreaterThan(0);
    expect(c.name.length).toBeLessThanOrEqual(100);
    expect(String(c.value).length).toBeLessThanOrEqual(100);
  }
  return choices;
}

describe('/timeline through Discord', () => {
  let standin: DiscordStandin;
  let bot: BotProcess;
  let timeline: ReturnType<typeof timelineOn>;

  beforeAll(async () => {
    standin = await new DiscordStandin().start();
    const deploy = await runScript('src/bot/deploy.ts', botEnv(standin.apiURL));
    expect(deploy.output).toContain('Registered');
    expect(deploy.code).toBe(0);
    bot = await startBot(standin);
    timeline = timelineOn(standin);
  }, 90_000);

  afterAll(async () => {
    await bot?.stop();
    await standin?.stop();
  });

  it('registered /timeline with date (autocomplete), to and private', () => {
    const command = standin.commands?.find((c) => c.name === 'timeline');
    expect(command).toBeDefined();
    const options = (command?.options ?? []) as { name: string; type: number; autocomplete?: boolean }[];
    expect(options.map((o) => o.name)).toEqual(['date', 'to', 'private']);
    expect(options[0]).toMatchObject({ type: ApplicationCommandOptionType.String, autocomplete: true });
    expect(options[1]).toMatchObject({ type: ApplicationCommandOptionType.String });
    expect(options[2]).toMatchObject({ type: ApplicationCommandOptionType.Boolean });
    expect(options.some((o) => 'required' in o && o.required)).toBe(false);
  });

  it('suggests days with events as the date is typed, within the limits', async () => {
    const busiest = await suggest(standin, '');
    expect(busiest.length).toBeGreaterThan(0);
    const values = busiest.map((c) => c.value);
    expect(values).toEqual([...values].sort());
    for (const c of busiest) expect(c.name).toMatch(new RegExp(`^${c.value} · \\w{3} · \\d+ events?$`));
    // A prefix of the first day's month narrows the list to that month.
    const month = values[0]?.slice(0, 7) ?? '';
    const narrowed = await suggest(standin, month);
    expect(narrowed.length).toBeGreaterThan(0);
    for (const c of narrowed) expect(c.value.startsWith(month)).toBe(true);
    expect(await suggest(standin, 'zzzz')).toEqual([]);
    // `to` autocompletes too.
    expect((await suggest(standin, month, 'to')).length).toBeGreaterThan(0);
  });

  it('shows the events of a day, each with the words that date it in bold', async () => {
    const [first] = await suggest(standin, '');
    const day = first?.value ?? '';
    const events = Number(/· (\d+) events?$/.exec(first?.name ?? '')?.[1]);
    const record = await timeline({ date: day });
    expect(record.callbacks[0]?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const [msg] = checked(record);
    expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    const embed = msg?.embeds?.[0];
    const [y, m, d] = day.split('-').map(Number);
    const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
    const long = `${WEEKDAY_NAMES[date.getUTCDay()]} ${d} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`;
    expect(embed?.title).toBe(`What happened on ${long}`);
    const lines = (embed?.description ?? '').split('\n').filter((l) => l.startsWith('• '));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(events);
    for (const line of lines) expect(line).toMatch(/\*\*[^*]+\*\*|dated by the next sentence/);
    expect(embed?.description).toMatch(/↳ \*.+ · (\d{4}-\d{2}-\d{2}|undated) · ¶\d+\*/);
    expect(embed?.footer?.text).toMatch(/^\d+ events? from \d+ articles? · page 1 of 1/);
    expect(msg?.components ?? []).toEqual([]);
    // The same day written another way, privately.
    const again = await timeline({ date: `${d} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`, private: true });
    const [priv] = checked(again);
    expect((priv?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(priv?.embeds?.[0]?.description).toBe(embed?.description);
  });

  it('gives the overview when no date is given', async () => {
    const [msg] = checked(await timeline());
    const embed = msg?.embeds?.[0];
    expect(embed?.title).toBe('Timeline of the articles');
    expect(embed?.description).toMatch(/^Dated events from \*\*.+\*\* to \*\*.+\*\*: \d+ events? on \d+ days?\./);
    expect(embed?.fields?.map((f) => f.name)).toEqual(['Busiest days', expect.stringMatching(/^Events over time/)]);
    expect(embed?.fields?.[1]?.value).toMatch(/^```\n[\s\S]*█[\s\S]*\n```$/);
    expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
  });

  it.each([
    ['banana', /can't read “banana” as a date\. Try YYYY-MM-DD/],
    ['Thursday 3 January 2020', /3 January 2020 is a Friday, not a Thursday/],
    ['2020-01-08..2020-01-03', /before the start/],
    ['1980-01-01..2020-01-01', /at most 366 days/],
  ])('answers the date %j with a short ephemeral note saying what to do', async (date, message) => {
    const [msg] = checked(await timeline({ date }));
    expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(messageText(msg)).toMatch(message);
    expect(messageText(msg).length).toBeLessThan(400);
  });

  it('says nothing happened on a day without events, and names the nearest days that have some', async () => {
    const [msg] = checked(await timeline({ date: '2020-02-01' }));
    expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(messageText(msg)).toMatch(
      /^Nothing in the corpus on Saturday 1 February 2020; the nearest days with events are .+\(\d+ events?, \d{4}-\d{2}-\d{2}\)/,
    );
  });

  it('answers a stale or garbled timeline button with an ephemeral note', async () => {
    for (const customId of ['tl:zzz', 'tl:2020-01-08:2020-01-03:0:n', 'tl:2020-01-03:2020-01-08:-4:p']) {
      const record = await standin.interact({ type: InteractionType.MessageComponent, customId, timeoutMs: 10_000 });
      const [msg] = checked(record);
      expect(record.callbacks[0]?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
      expect(messageText(msg)).toMatch(/no longer works.*Run the command again/);
    }
    expect(bot.child.exitCode).toBeNull();
  });

  it('logs each /timeline as one JSON line, never the token', () => {
    const lines = bot.logs().filter((l) => l.msg === 'answered /timeline');
    expect(lines.length).toBeGreaterThan(3);
    expect(new Set(lines.map((l) => l.query))).toEqual(new Set(['day', 'overview', 'invalid']));
    expect(bot.output()).not.toContain('test-token.for-the-stand-in');
  });
});

// ---------------------------------------------------------------------------

const VOCAB = (
  'harbour council ministry bridge convoy reservoir tunnel railway ferry embassy parliament senate tribunal ' +
  'refinery airport stadium hospital clinic academy museum market factory mine pipeline border checkpoint ' +
  'village province district capital valley river coast island desert mountain forest glacier canal ' +
  'inspectors engineers farmers doctors pilots sailors workers students judges envoys monitors auditors ' +
  'announced inspected repaired closed reopened evacuated delayed approved rejected audited surveyed'
).split(' ');

/** Forty articles from March 2020, three dated sentences each, worded apart so none merge. */
function archive(): Record<string, string> {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const words = (n: number) => Array.from({ length: n }, () => VOCAB[Math.floor(next() * VOCAB.length)]).join(' ');
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    const d = 3 + (i % 25);
    const paragraphs = [0, 1, 2].map(
      (k) => `The ${words(22)} on March ${d - k}, 2020 ${words(8)}. Officials said little more about the ${words(3)}.`,
    );
    files[`a${String(i).padStart(2, '0')}.txt`] =
      ` date 2020-03-${String(d).padStart(2, '0')}\nReport ${i} ${words(6)}\n\n${paragraphs.join('\n\n')}\n`;
  }
  return files;
}

describe('/timeline paging through Discord', () => {
  let standin: DiscordStandin;
  let bot: BotProcess;
  let dir: string;
  let timeline: ReturnType<typeof timelineOn>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-timeline-e2e-'));
    for (const [name, text] of Object.entries(archive())) await writeFile(path.join(dir, name), text);
    standin = await new DiscordStandin().start();
    bot = await startBot(standin, { CORPUS_DIR: dir });
    timeline = timelineOn(standin);
  }, 90_000);

  afterAll(async () => {
    await bot?.stop();
    await standin?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('pages through a long range with ◀ ▶, editing the message in place', async () => {
    const record = await timeline({ date: '2020-03-01', to: '2020-03-31' });
    const [msg] = checked(record);
    const footer = msg?.embeds?.[0]?.footer?.text ?? '';
    const pages = Number(/page 1 of (\d+)/.exec(footer)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const [back, forward] = buttonIds(msg);
    expect(back).toMatchObject({ label: '◀', disabled: true });
    expect(forward).toMatchObject({ label: '▶', disabled: false });
    for (const b of [back, forward]) expect(b?.id.length).toBeLessThanOrEqual(100);

    const press = (customId: string, on: MessagePayload | undefined) =>
      standin.interact({
        type: InteractionType.MessageComponent,
        customId,
        message: { embeds: on?.embeds ?? [], components: on?.components ?? [] },
        timeoutMs: 10_000,
      });
    const second = await press(forward?.id ?? '', msg);
    expect(second.callbacks[0]?.type).toBe(InteractionResponseType.UpdateMessage);
    const [page2] = checked(second);
    expect(page2?.embeds?.[0]?.footer?.text).toContain(`page 2 of ${pages}`);
    expect(page2?.embeds?.[0]?.description).not.toBe(msg?.embeds?.[0]?.description);
    expect(page2?.embeds?.[0]?.title).toBe(msg?.embeds?.[0]?.title);
    const [back2] = buttonIds(page2);
    expect(back2).toMatchObject({ label: '◀', disabled: false });

    // ◀ leads back to the first page.
    const first = await press(back2?.id ?? '', page2);
    const [page1] = checked(first);
    expect(page1?.embeds?.[0]?.description).toBe(msg?.embeds?.[0]?.description);

    // Every page of the range, each new.
    let at = page2;
    const seen = new Set([msg?.embeds?.[0]?.description, page2?.embeds?.[0]?.description]);
    for (let p = 3; p <= pages; p++) {
      const next = buttonIds(at)[1];
      expect(next?.disabled).toBe(false);
      [at] = checked(await press(next?.id ?? '', at));
      expect(at?.embeds?.[0]?.footer?.text).toContain(`page ${p} of ${pages}`);
      seen.add(at?.embeds?.[0]?.description);
    }
    expect(seen.size).toBe(pages);
    expect(buttonIds(at)[1]?.disabled).toBe(true);
  });

  it('keeps a private range private while paging', async () => {
    const [msg] = checked(await timeline({ date: '2020-03-01..2020-03-31', private: true }));
    expect((msg?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const forward = buttonIds(msg)[1];
    const record = await standin.interact({
      type: InteractionType.MessageComponent,
      customId: forward?.id ?? '',
      message: { embeds: msg?.embeds ?? [], components: msg?.components ?? [], flags: MessageFlags.Ephemeral },
      timeoutMs: 10_000,
    });
    expect(record.callbacks[0]?.type).toBe(InteractionResponseType.UpdateMessage);
    checked(record);
  });
});
