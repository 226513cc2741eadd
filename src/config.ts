// Configuration from the environment (and .env). Every problem is one line
// that names the variable and says what to do.
import { config as loadDotenv } from 'dotenv';

export interface Config {
  discordToken: string | undefined;
  clientId: string | undefined;
  guildId: string | undefined;
  corpusDir: string;
  /** Where the saved index lives (CACHE_DIR, default .cache); null when CACHE_DIR=off. */
  cacheDir: string | null;
  logLevel: LogLevel;
  /** SHARD_COUNT: gateway shards, one process each; 1 runs a single process without a shard manager. */
  shardCount: number;
  /** Discord's REST base URL, e.g. http://127.0.0.1:8080/api for a stand-in. Undefined: discord.com. */
  apiUrl: string | undefined;
  /** POST_COOLDOWN: at most `posts` posts per member within `windowMs`; null turns the cooldown off. */
  postCooldown: PostCooldown | null;
}

export interface PostCooldown {
  posts: number;
  windowMs: number;
}

export const DEFAULT_POST_COOLDOWN: PostCooldown = { posts: 3, windowMs: 30_000 };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

const SNOWFLAKE = /^\d{17,20}$/;

/** Read .env (without overriding the real environment) and validate. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, dotenv = true): Config {
  if (dotenv) loadDotenv({ quiet: true });
  const get = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const token = get('DISCORD_TOKEN');
  // Discord is the judge of a token (401 at login); only catch a pasting mistake here.
  if (token !== undefined && /\s/.test(token))
    throw new ConfigError(
      'DISCORD_TOKEN',
      'contains white space; copy it again from the Developer Portal → Bot → Reset Token',
    );
  const clientId = get('DISCORD_CLIENT_ID');
  if (clientId !== undefined && !SNOWFLAKE.test(clientId))
    throw new ConfigError(
      'DISCORD_CLIENT_ID',
      `"${clientId.slice(0, 30)}" is not an id; use the Application ID from the Developer Portal → General Information`,
    );
  const guildId = get('DISCORD_GUILD_ID');
  if (guildId !== undefined && !SNOWFLAKE.test(guildId))
    throw new ConfigError(
      'DISCORD_GUILD_ID',
      `"${guildId.slice(0, 30)}" is not an id; right-click your server → Copy Server ID (Developer Mode on), or leave it unset`,
    );
  const level = (get('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new ConfigError('LOG_LEVEL', `"${level.slice(0, 20)}" is not a level; use one of ${LOG_LEVELS.join(', ')}`);
  const apiUrl = get('DISCORD_API_URL');
  if (apiUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(apiUrl))
    throw new ConfigError(
      'DISCORD_API_URL',
      `"${apiUrl.slice(0, 60)}" is not an http(s) URL; leave it unset to use Discord itself`,
    );
  const cacheDir = get('CACHE_DIR') ?? '.cache';
  const shards = get('SHARD_COUNT') ?? '1';
  const shardCount = Number(shards);
  // Explicit counts only: discord.js's 'auto' asks discord.com directly, ignoring DISCORD_API_URL.
  if (!/^\d+$/.test(shards) || shardCount < 1 || shardCount > 4096)
    throw new ConfigError(
      'SHARD_COUNT',
      `"${shards.slice(0, 20)}" is not a shard count; use a whole number from 1 (no sharding) up, as Discord recommends for your server count`,
    );
  return {
    discordToken: token,
    clientId,
    guildId,
    corpusDir: get('CORPUS_DIR') ?? './corpus',
    cacheDir: cacheDir === 'off' ? null : cacheDir,
    logLevel: level as LogLevel,
    shardCount,
    apiUrl: apiUrl?.replace(/\/+$/, ''),
    postCooldown: parsePostCooldown(get('POST_COOLDOWN')),
  };
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "3/30s" → 3 posts per 30 seconds; "off" or "0" → no cooldown; unset → the default. */
export function parsePostCooldown(value: string | undefined): PostCooldown | null {
  if (value === undefined) return DEFAULT_POST_COOLDOWN;
  const v = value.toLowerCase();
  if (v === 'off' || v === '0') return null;
  const m = /^(\d{1,4})\s*\/\s*(\d{1,7})\s*(ms|s|m|h)?$/.exec(v);
  const posts = Number(m?.[1]);
  const windowMs = Number(m?.[2]) * (UNIT_MS[m?.[3] ?? 's'] ?? 1000);
  if (!m || posts < 1 || windowMs < 1 || windowMs > 86_400_000)
    throw new ConfigError(
      'POST_COOLDOWN',
      `"${value.slice(0, 30)}" is not a cooldown; write posts/time such as 3/30s or 10/5m (at most 24h), or off`,
    );
  return { posts, windowMs };
}
