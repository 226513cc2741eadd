// SHARD_COUNT=2 end to end: the real bot entry point runs discord.js's
// ShardingManager against the stand-in, whose /gateway/bot says 2 shards.
// Each shard process identifies as [i, 2], loads the saved index the manager
// built, and answers /ask on its own connection; a /reload on one shard reloads
// the other; a killed shard is respawned.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEnv, runScript, startBotProcess, type BotProcess } from '../support/bot-process.js';
import {
  DiscordStandin,
  finalMessages,
  MEMBER_PERMISSIONS,
  messageText,
  type IdentifyRecord,
} from '../support/discord-standin.js';
import { expectNoPings, expectWithinDiscordLimits } from '../support/limits.js';

const MANAGE_GUILD = 1n << 5n;
const textOf = (record: Parameters<typeof finalMessages>[0]) => messageText(finalMessages(record)[0]);

/** Descendant process ids of `pid` (Linux /proc). */
function descendants(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry), ...descendants(Number(entry)));
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** The process that serves `shard`: discord.js passes SHARDS in its environment. */
function shardPid(root: number, shard: number): number | undefined {
  return descendants(root).find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`SHARDS=${shard}`);
    } catch {
      return false;
    }
  });
}

describe('two shards through Discord', () => {
  let standin: DiscordStandin;
  let bot: BotProcess;
  let cacheDir: string;
  let identifies: IdentifyRecord[];

  const ask = async (shard: number, question: string) => {
    const record = await standin.interact({
      name: 'ask',
      shard,
      options: [{ name: 'question', type: ApplicationCommandOptionType.String, value: question }],
      timeoutMs: 10_000,
    });
    expect(record.timedOut).toBe(false);
    expect(record.shard).toBe(shard);
    for (const m of finalMessages(record)) {
      expectNoPings(m);
      expectWithinDiscordLimits(m);
    }
    return messageText(finalMessages(record)[0]);
  };

  beforeAll(async () => {
    standin = await new DiscordStandin({ shards: 2 }).start();
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-shards-'));
    const deploy = await runScript('src/bot/deploy.ts', botEnv(standin.apiURL));
    expect(deploy.code).toBe(0);
    const both = new Promise<IdentifyRecord[]>((resolve) => {
      const seen: IdentifyRecord[] = [];
      standin.on('ready', (r: IdentifyRecord) => {
        seen.push(r);
        if (seen.length === 2) resolve(seen);
      });
    });
    bot = startBotProcess(botEnv(standin.apiURL, { SHARD_COUNT: '2', CACHE_DIR: cacheDir }));
    identifies = await both;
    await new Promise((r) => setTimeout(r, 1000));
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    await standin?.stop();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('asks the stand-in for its gateway and identifies each shard as [i, 2]', () => {
    expect(standin.requests.some((r) => r.method === 'GET' && r.path.endsWith('/gateway/bot'))).toBe(true);
    expect(identifies.map((r) => r.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(standin.openConnections.filter((c) => c.shard !== null)).toHaveLength(2);
  });

  it('builds the saved index once, in the manager; the shards load it read-only', () => {
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.ndx'))).toHaveLength(1);
    const cacheLogs = bot.logs().filter((l) => l.event === 'index-cache');
    expect(cacheLogs.filter((l) => l.result === 'saved')).toHaveLength(1);
    expect(
      cacheLogs
        .filter((l) => l.result === 'hit' && l.shard !== undefined)
        .map((l) => l.shard)
        .sort(),
    ).toEqual(['0', '1']);
  });

  it('answers an interaction sent on each shard', async () => {
    expect(await ask(0, 'How many Canadian troops are in Iraq?')).toMatch(/500/);
    expect(await ask(1, 'Who is Christian Leuprecht?')).toContain('Royal Military College');
    const answered = bot.logs().filter((l) => l.msg === 'answered /ask');
    expect(new Set(answered.map((l) => l.shard))).toEqual(new Set(['0', '1']));
  });

  it('a /reload on one shard reloads the other shard process too', async () => {
    const reloads = (trigger: string) => bot.logs().filter((l) => l.msg === 'corpus reloaded' && l.trigger === trigger);
    const record = await standin.interact({
      name: 'reload',
      shard: 0,
      permissions: String(BigInt(MEMBER_PERMISSIONS) | MANAGE_GUILD),
      timeoutMs: 30_000,
    });
    expect(textOf(record)).toMatch(/Now \*\*\d+\*\* articles/);
    expect(reloads('command').map((l) => l.shard)).toEqual(['0']);
    const deadline = Date.now() + 15_000;
    while (reloads('peer').length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(reloads('peer').map((l) => l.shard)).toEqual(['1']);
    expect(await ask(1, 'Who is Christian Leuprecht?')).toContain('Royal Military College');
  }, 60_000);

  it.runIf(existsSync('/proc/self/environ'))(
    'respawns a shard whose process dies, and it answers again',
    async () => {
      const pid = shardPid(bot.child.pid ?? -1, 1);
      expect(pid).toBeDefined();
      const again = standin.waitFor('ready', 60_000);
      process.kill(pid as number, 'SIGKILL');
      const r = await again;
      expect(r.shard).toEqual([1, 2]);
      await new Promise((res) => setTimeout(res, 1000));
      expect(await ask(1, 'Who is Christian Leuprecht?')).toContain('Royal Military College');
      expect(bot.logs().some((l) => l.event === 'shard' && /respawning/.test(String(l.msg)))).toBe(true);
    },
    90_000,
  );
});
