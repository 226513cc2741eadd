// Configuration from the environment, and secret masking in logs.
import { describe, expect, it } from 'vitest';
import { ConfigError, parsePostCooldown, readConfig } from '../../src/runtime/config.js';
import { maskSecrets } from '../../src/runtime/log.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz012345';

const configError = (env: Record<string, string>): ConfigError => {
  try {
    readConfig(env, false);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`readConfig accepted ${JSON.stringify(env)}`);
};

describe('readConfig', () => {
  it('uses defaults for an empty environment', () => {
    expect(readConfig({}, false)).toEqual({
      discordToken: undefined,
      clientId: undefined,
      guildId: undefined,
      corpusDir: './corpus',
      cacheDir: '.cache',
      logLevel: 'info',
      shardCount: 1,
      apiUrl: undefined,
      postCooldown: { posts: 3, windowMs: 30_000 },
      publicReplies: { posts: 10, windowMs: 60_000 },
      rateLimit: { amount: 2000, windowMs: 10_000 },
      botOwners: [],
    });
  });

  it('treats blank values as unset', () => {
    const c = readConfig({ CORPUS_DIR: '   ', LOG_LEVEL: '', DISCORD_API_URL: ' ' }, false);
    expect(c.corpusDir).toBe('./corpus');
    expect(c.logLevel).toBe('info');
    expect(c.apiUrl).toBeUndefined();
  });

  it('reads valid values', () => {
    const c = readConfig(
      {
        DISCORD_TOKEN: ` ${TOKEN} `,
        DISCORD_CLIENT_ID: '123456789012345678',
        DISCORD_GUILD_ID: '876543210987654321',
        CORPUS_DIR: '/data/news',
        LOG_LEVEL: 'DEBUG',
        DISCORD_API_URL: 'http://127.0.0.1:8080/api',
        CACHE_DIR: '/var/cache/newsdesk',
        SHARD_COUNT: '4',
      },
      false,
    );
    expect(c).toEqual({
      discordToken: TOKEN,
      clientId: '123456789012345678',
      guildId: '876543210987654321',
      corpusDir: '/data/news',
      cacheDir: '/var/cache/newsdesk',
      logLevel: 'debug',
      shardCount: 4,
      apiUrl: 'http://127.0.0.1:8080/api',
      postCooldown: { posts: 3, windowMs: 30_000 },
      publicReplies: { posts: 10, windowMs: 60_000 },
      rateLimit: { amount: 2000, windowMs: 10_000 },
      botOwners: [],
    });
  });

  it('turns the saved index off with CACHE_DIR=off', () => {
    expect(readConfig({ CACHE_DIR: 'off' }, false).cacheDir).toBeNull();
  });

  it('strips trailing slashes from DISCORD_API_URL', () => {
    expect(readConfig({ DISCORD_API_URL: 'https://example.test/api/' }, false).apiUrl).toBe('https://example.test/api');
    expect(readConfig({ DISCORD_API_URL: 'http://localhost:3000///' }, false).apiUrl).toBe('http://localhost:3000');
  });

  it.each([
    ['DISCORD_CLIENT_ID', 'my-bot'],
    ['DISCORD_CLIENT_ID', '12345'],
    ['DISCORD_GUILD_ID', 'server name'],
    ['LOG_LEVEL', 'verbose'],
    ['DISCORD_API_URL', 'ftp://example.test'],
    ['DISCORD_API_URL', 'localhost:8080'],
    ['SHARD_COUNT', 'auto'],
    ['SHARD_COUNT', '0'],
    ['SHARD_COUNT', '2.5'],
    ['DISCORD_TOKEN', 'has a space in the middle of it, long enough'],
  ])('rejects %s=%j with a ConfigError naming the variable', (name, value) => {
    const err = configError({ [name]: value });
    expect(err.variable).toBe(name);
    expect(err.message.startsWith(`${name}:`)).toBe(true);
  });

  it('accepts any token without white space (Discord judges it at login)', () => {
    expect(readConfig({ DISCORD_TOKEN: 'short' }, false).discordToken).toBe('short');
  });

  it('does not echo the token in its error', () => {
    const bad = 'not a token but secret-ish words';
    const err = configError({ DISCORD_TOKEN: bad });
    expect(err.message).not.toContain(bad);
  });
});

describe('maskSecrets', () => {
  it('replaces every occurrence of each secret', () => {
    const text = `login with ${TOKEN} failed; retried ${TOKEN}`;
    const masked = maskSecrets(text, [TOKEN]);
    expect(masked).not.toContain(TOKEN);
    expect(masked).toBe('login with [redacted] failed; retried [redacted]');
  });

  it('handles several secrets and ignores empty ones', () => {
    expect(maskSecrets('a=SECRET1 b=SECRET2', ['SECRET1', '', 'SECRET2'])).toBe('a=[redacted] b=[redacted]');
    expect(maskSecrets('nothing here', [''])).toBe('nothing here');
    expect(maskSecrets('nothing here', [])).toBe('nothing here');
  });

  it('treats secrets literally, not as patterns', () => {
    expect(maskSecrets('cost $1.50 (approx.) vs $1x50', ['$1.50 (approx.)'])).toBe('cost [redacted] vs $1x50');
  });
});

describe('POST_COOLDOWN', () => {
  it.each([
    ['3/30s', { posts: 3, windowMs: 30_000 }],
    ['10/5m', { posts: 10, windowMs: 300_000 }],
    ['1/1h', { posts: 1, windowMs: 3_600_000 }],
    ['5/2000ms', { posts: 5, windowMs: 2000 }],
    ['2 / 45', { posts: 2, windowMs: 45_000 }],
  ])('reads %s', (value, expected) => {
    expect(readConfig({ POST_COOLDOWN: value }, false).postCooldown).toEqual(expected);
  });

  it('turns off with "off" or 0, and defaults to 3 per 30 s', () => {
    expect(parsePostCooldown('off')).toBeNull();
    expect(parsePostCooldown('0')).toBeNull();
    expect(readConfig({ POST_COOLDOWN: '  ' }, false).postCooldown).toEqual({ posts: 3, windowMs: 30_000 });
  });

  it.each(['fast', '3', '0/30s', '3/0s', '3/30x', '-1/30s', '3/48h'])('rejects "%s" naming the variable', (value) => {
    const err = configError({ POST_COOLDOWN: value });
    expect(err.variable).toBe('POST_COOLDOWN');
    expect(err.message).toMatch(/3\/30s/);
  });
});

describe('RATE_LIMIT, PUBLIC_REPLIES and BOT_OWNERS (issue 15)', () => {
  it.each([
    ['2s/10s', { amount: 2000, windowMs: 10_000 }],
    ['500ms/1m', { amount: 500, windowMs: 60_000 }],
    ['1 / 5', { amount: 1000, windowMs: 5000 }],
  ])('reads RATE_LIMIT=%s', (value, expected) => {
    expect(readConfig({ RATE_LIMIT: value }, false).rateLimit).toEqual(expected);
  });

  it('turns RATE_LIMIT off, and refuses what it cannot read', () => {
    expect(readConfig({ RATE_LIMIT: 'off' }, false).rateLimit).toBeNull();
    for (const value of ['fast', '2s', '2s/10s/3', '0s/10s', '2s/2h']) {
      const err = configError({ RATE_LIMIT: value });
      expect(err.variable).toBe('RATE_LIMIT');
      expect(err.message).toMatch(/2s\/10s/);
    }
  });

  it('reads PUBLIC_REPLIES as posts per time, naming that variable when wrong', () => {
    expect(readConfig({ PUBLIC_REPLIES: '5/1m' }, false).publicReplies).toEqual({ posts: 5, windowMs: 60_000 });
    expect(readConfig({ PUBLIC_REPLIES: 'off' }, false).publicReplies).toBeNull();
    expect(configError({ PUBLIC_REPLIES: 'lots' }).variable).toBe('PUBLIC_REPLIES');
  });

  it('reads BOT_OWNERS as user ids and refuses anything else', () => {
    expect(readConfig({ BOT_OWNERS: '123456789012345678, 223456789012345678' }, false).botOwners).toEqual([
      '123456789012345678',
      '223456789012345678',
    ]);
    const err = configError({ BOT_OWNERS: '123456789012345678,@admin' });
    expect(err.variable).toBe('BOT_OWNERS');
    expect(err.message).toContain('@admin');
  });
});
