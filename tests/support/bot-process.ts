// Run the project's own entry points (npm run deploy-commands, npm start) as
// child processes, as a user would, pointed at a Discord stand-in.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export const TEST_TOKEN = 'test-token.for-the-stand-in.0123456789';

export function botEnv(apiURL: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_CLIENT_ID: '1100000000000000001',
    DISCORD_GUILD_ID: '1200000000000000002',
    DISCORD_API_URL: apiURL,
    CORPUS_DIR: path.join(ROOT, 'corpus'),
    LOG_LEVEL: 'info',
    // A bot under test builds without word vectors: it would otherwise scan the 307 MB file on every build.
    WORD_VECTORS: 'off',
    ...extra,
  };
}

export interface Finished {
  code: number | null;
  output: string;
}

/** Run a script to completion (asynchronously: the stand-in answers from this process). */
export function runScript(script: string, env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `command` to completion with `stdin` as its input, from the project's root (a console, a CLI). */
export function runWithInput(
  command: string,
  args: string[],
  stdin: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

export interface BotProcess {
  child: ChildProcess;
  /** Everything the process wrote so far. */
  output(): string;
  /** The JSON log lines written so far. */
  logs(): Record<string, unknown>[];
  exited: Promise<Finished>;
  stop(): Promise<Finished>;
}

export function startBotProcess(
  env: NodeJS.ProcessEnv,
  stdin: 'ignore' | 'pipe' = 'ignore',
  /** Node flags before the script, e.g. --cpu-prof (which NODE_OPTIONS does not allow). */
  nodeArgs: string[] = [],
): BotProcess {
  // As npm start runs it: one node process, so signals reach the bot itself.
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env,
    stdio: [stdin, 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<Finished>((resolve) => child.on('close', (code) => resolve({ code, output })));
  return {
    child,
    output: () => output,
    logs: () =>
      output
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    exited,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
