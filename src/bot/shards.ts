// SHARD_COUNT > 1: discord.js's ShardingManager runs one process per gateway
// shard (this same entry point, told its shard by the manager), respawning
// any that die. The manager builds the saved index first, so every shard
// process loads it read-only instead of indexing the corpus again.
import { ShardingManager, type Shard } from 'discord.js';
import path from 'node:path';
import type { Config } from '../runtime/config.js';
import { loadEngine } from '../engine/from-config.js';
import type { Logger } from '../runtime/log.js';
import { isPeerReload, PEER_RELOAD } from './shard-env.js';

/** Discord allows one IDENTIFY per 5 s per max_concurrency bucket; discord.js's default spacing. */
const SPAWN_DELAY_MS = 5500;
const READY_TIMEOUT_MS = 120_000;

export async function runShardManager(
  config: Config,
  log: Logger,
  entry: string,
  /** Told the manager before spawning starts, so a signal during the spawn can stop the shards begun. */
  onManager: (manager: ShardingManager) => void = () => undefined,
): Promise<ShardingManager> {
  // Build (or check) the saved index once, here; the shards then only load it.
  await loadEngine(config, log);
  const manager = new ShardingManager(path.resolve(entry), {
    // Explicit: 'auto' asks discord.com for a count and ignores DISCORD_API_URL.
    totalShards: config.shardCount,
    token: config.discordToken,
    respawn: true,
    mode: 'process',
    // The shard processes run TypeScript as this one does (tsx's loader flags).
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard: Shard) => {
    log.info({ event: 'shard', shard: shard.id, total: config.shardCount }, `starting shard ${shard.id}`);
    shard.on('ready', () => log.info({ event: 'shard', shard: shard.id }, `shard ${shard.id} ready`));
    shard.on('death', (child) => {
      const code = 'exitCode' in child ? child.exitCode : null;
      log.warn({ event: 'shard', shard: shard.id, code }, `shard ${shard.id} exited; respawning`);
    });
    shard.on('error', (err) => log.error({ err, shard: shard.id }, `shard ${shard.id} error`));
    // A /reload on one shard: the others rebuild too, each from the same folder.
    shard.on('message', (message: unknown) => {
      if (!isPeerReload(message)) return;
      for (const other of manager.shards.values()) {
        if (other.id === shard.id) continue;
        other
          .send(PEER_RELOAD)
          .catch((err: unknown) => log.warn({ err, shard: other.id }, 'could not pass /reload on'));
      }
      log.info({ event: 'reload', from: shard.id }, `passing /reload from shard ${shard.id} to the others`);
    });
  });
  onManager(manager);
  await manager.spawn({ amount: config.shardCount, delay: SPAWN_DELAY_MS, timeout: READY_TIMEOUT_MS });
  log.info({ event: 'shards', total: config.shardCount }, 'all shards ready');
  return manager;
}

/** Stop every shard process (respawn off first); does not wait for them to exit. */
export function stopShards(manager: ShardingManager): void {
  manager.respawn = false;
  for (const shard of manager.shards.values()) shard.kill();
}
