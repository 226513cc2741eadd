// Whether this process is a shard the manager started, read from the
// environment discord.js sets, without loading discord.js itself.

/** True in a process the manager started (discord.js sets SHARDING_MANAGER and SHARDS). */
export const isShardProcess = (env: NodeJS.ProcessEnv = process.env) => env.SHARDING_MANAGER === 'true';

/** The shard ids this process serves, as discord.js's manager passed them. */
export const shardIds = (env: NodeJS.ProcessEnv = process.env): string => env.SHARDS ?? '';

/** What a shard tells the manager, and the manager the other shards, after a /reload. */
export const PEER_RELOAD = { newsdesk: 'reload' } as const;

export function isPeerReload(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { newsdesk?: unknown }).newsdesk === 'reload';
}
