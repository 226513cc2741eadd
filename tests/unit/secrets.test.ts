// Secrets stay out of the repository: .env is ignored, and .env.example holds
// no values for secrets (and nothing shaped like a bot token).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REDACT_PATHS } from '../../src/runtime/log.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
/** Discord bot tokens: three base64url parts separated by dots. */
const TOKEN_SHAPE = /[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}/;

describe('secrets', () => {
  it('git-ignores .env', () => {
    const lines = read('.gitignore')
      .split('\n')
      .map((l) => l.trim());
    expect(lines).toContain('.env');
  });

  it('.env.example leaves DISCORD_TOKEN empty and contains nothing token-shaped', () => {
    const example = read('.env.example');
    const values = Object.fromEntries(
      example
        .split('\n')
        .filter((l) => /^[A-Z_]+=/.test(l))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()]),
    );
    expect(values.DISCORD_TOKEN).toBe('');
    expect(example).not.toMatch(TOKEN_SHAPE);
  });

  it('redacts token and authorization fields in structured logs', () => {
    for (const p of ['token', '*.token', 'discordToken', 'headers.authorization']) expect(REDACT_PATHS).toContain(p);
  });
});
