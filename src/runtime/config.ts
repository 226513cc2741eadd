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
  /** PUBLIC_REPLIES: at most `posts` public /ask and /timeline replies per member within `windowMs`; more are private. */
  publicReplies: PostCooldown | null;
  /** RATE_LIMIT: event-loop milliseconds (`amount`) per member, drained over `windowMs`; null: no limit. */
  rateLimit: RateLimit | null;
  /** BOT_OWNERS: user ids allowed to run /reload from any server. */
  botOwners: string[];
}

export interface RateLimit {
  amount: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { amount: 2000, windowMs: 10_000 };
export const DEFAULT_PUBLIC_REPLIES: PostCooldown = { posts: 10, windowMs: 60_000 };

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
    publicReplies: parsePostCooldown(get('PUBLIC_REPLIES'), 'PUBLIC_REPLIES', DEFAULT_PUBLIC_REPLIES),
    rateLimit: parseRateLimit(get('RATE_LIMIT')),
    botOwners: parseOwners(get('BOT_OWNERS')),
  };
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "3/30s" → 3 posts per 30 seconds; "off" or "0" → no cooldown; unset → the default. */
export function parsePostCooldown(
  value: string | undefined,
  variable = 'POST_COOLDOWN',
  fallback: PostCooldown = DEFAULT_POST_COOLDOWN,
): PostCooldown | null {
  if (value === undefined) return fallback;
  const v = value.toLowerCase();
  if (v === 'off' || v === '0') return null;
  const m = /^(\d{1,4})\s*\/\s*(\d{1,7})\s*(ms|s|m|h)?$/.exec(v);
  const posts = Number(m?.[1]);
  const windowMs = Number(m?.[2]) * (UNIT_MS[m?.[3] ?? 's'] ?? 1000);
  if (!m || posts < 1 || windowMs < 1 || windowMs > 86_400_000)
    throw new ConfigError(
      variable,
      `"${value.slice(0, 30)}" is not a limit; write posts/time such as 3/30s or 10/5m (at most 24h), or off`,
    );
  return { posts, windowMs };
}

const DURATION = /^(\d{1,7})\s*(ms|s|m|h)?$/;

function durationMs(text: string): number | null {
  const m = DURATION.exec(text.trim());
  return m ? Number(m[1]) * (UNIT_MS[m[2] ?? 's'] ?? 1000) : null;
}

/** "2s/10s" → each member may use 2 s of the bot's work per 10 s; "off" → no limit; unset → the default. */
export function parseRateLimit(value: string | undefined): RateLimit | null {
  if (value === undefined) return DEFAULT_RATE_LIMIT;
  const v = value.toLowerCase();
  if (v === 'off' || v === '0') return null;
  const [work, window, ...rest] = v.split('/');
  const amount = work === undefined ? null : durationMs(work);
  const windowMs = window === undefined ? null : durationMs(window);
  if (rest.length || amount === null || windowMs === null || amount < 1 || windowMs < 1 || windowMs > 3_600_000)
    throw new ConfigError(
      'RATE_LIMIT',
      `"${value.slice(0, 30)}" is not a rate limit; write work/time such as 2s/10s (each member may use 2 s of the bot's work per 10 s), or off`,
    );
  return { amount, windowMs };
}

/** "123…,456…" → user ids; each must be an id. */
export function parseOwners(value: string | undefined): string[] {
  if (value === undefined) return [];
  const ids = value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = ids.find((id) => !SNOWFLAKE.test(id));
  if (bad !== undefined)
    throw new ConfigError(
      'BOT_OWNERS',
      `"${bad.slice(0, 30)}" is not a user id; list user ids separated by commas (right-click a user → Copy User ID, Developer Mode on)`,
    );
  return ids;
}
