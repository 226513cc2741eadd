// Structured logs: one JSON line per event on stderr (stdout stays free for
// command output); at a terminal, the same events as readable lines
// (pino-pretty), since there a person reads them, not a log collector. Secrets never reach a line (issue 15): the bot token is
// masked in every string at any depth (messages, fields, errors), and so is
// every interaction token in a URL (a webhook or callback URL lets whoever
// reads it post as the bot for 15 minutes).
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './config.js';

export type { Logger };

export const REDACT_PATHS = [
  'token',
  '*.token',
  'discordToken',
  '*.discordToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

const MASK = '[redacted]';

/** Interaction tokens in Discord URLs: /webhooks/<app>/<token>…, /interactions/<id>/<token>/callback. */
const TOKEN_URLS: [RegExp, string][] = [
  [/(\/webhooks\/\d+\/)[^/\s?#'"`]+/g, `$1${MASK}`],
  [/(\/interactions\/\d+\/)[^/\s?#'"`]+/g, `$1${MASK}`],
];

export function createLogger(
  level: LogLevel,
  secrets: string[] = [],
  destination: pino.DestinationStream = stderrDestination(),
): Logger {
  const scrub = (value: unknown) => scrubValue(value, secrets);
  return pino(
    {
      level,
      base: { app: 'newsdesk' },
      redact: { paths: REDACT_PATHS, censor: MASK },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map(scrub) as Parameters<typeof method>);
        },
      },
      serializers: { err: (e: unknown) => maskErr(e, secrets) },
    },
    destination,
  );
}

/** stderr: readable lines at a terminal, JSON lines anywhere else (files, pipes, process managers). */
export function stderrDestination(tty = Boolean(process.stderr.isTTY)): pino.DestinationStream {
  if (!tty) return pino.destination({ dest: 2, sync: true });
  return pretty({
    destination: 2,
    sync: true,
    ignore: 'pid,hostname,app',
    translateTime: 'SYS:HH:MM:ss',
    singleLine: true,
  });
}

export function maskSecrets(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join(MASK);
  for (const [pattern, replacement] of TOKEN_URLS) out = out.replace(pattern, replacement);
  return out;
}

/** A copy of `value` with every string masked, at any depth; errors serialized (and masked) as pino would. */
export function scrubValue(value: unknown, secrets: string[], depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return maskSecrets(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return maskErr(value, secrets);
  if (seen.has(value) || depth > 8) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, secrets, depth + 1, seen));
  // Plain records only: class instances (a Buffer, a Map) are left to pino's own handling.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, secrets, depth + 1, seen);
  return out;
}

function maskErr(e: unknown, secrets: string[]): unknown {
  if (!(e instanceof Error)) return scrubValue(e, secrets);
  const plain = pino.stdSerializers.err(e);
  return JSON.parse(maskSecrets(JSON.stringify(plain), secrets)) as unknown;
}
