// Structured logs: one JSON line per event on stderr (stdout stays free for
// command output). The token is redacted wherever it might appear.
import pino, { type Logger } from 'pino';
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

export function createLogger(level: LogLevel, secrets: string[] = []): Logger {
  return pino(
    {
      level,
      base: { app: 'newsdesk' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // A secret can also hide in a free-text message (an error string):
      // mask it there too.
      hooks: {
        logMethod(args, method) {
          const masked = secrets.length ? args.map((a) => (typeof a === 'string' ? maskSecrets(a, secrets) : a)) : args;
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
      serializers: { err: (e: unknown) => maskErr(e, secrets) },
    },
    pino.destination({ dest: 2, sync: true }),
  );
}

export function maskSecrets(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('[redacted]');
  return out;
}

function maskErr(e: unknown, secrets: string[]): unknown {
  const plain = pino.stdSerializers.err(e as Error);
  if (!secrets.length) return plain;
  return JSON.parse(maskSecrets(JSON.stringify(plain), secrets)) as unknown;
}
