// npm start: configuration → engine → front-end. With a DISCORD_TOKEN, the
// Discord bot; without one, a terminal console over the same engine.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { isPeerReload, isShardProcess, PEER_RELOAD, shardIds } from './bot/shard-env.js';
import { runConsole } from './cli/console.js';
import { ConfigError, readConfig } from './runtime/config.js';
import { loadEngine } from './engine/from-config.js';
import { exitOnSignals } from './runtime/lifecycle.js';
import { createLogger } from './runtime/log.js';
import { EngineHolder, Reloader } from './engine/reload.js';
import { errorCode } from './util/errors.js';

const HOW_TO_CONNECT = `Newsdesk: no DISCORD_TOKEN set, so here is a terminal console over the same engine.
To connect Discord: copy .env.example to .env, fill in DISCORD_TOKEN and DISCORD_CLIENT_ID
(see README.md, "Connecting Discord"), run npm run deploy-commands, then npm start.`;

async function main(): Promise<void> {
  const config = readConfig();
  const token = config.discordToken;
  // In the console, info lines would interleave with answers: warn and up unless asked.
  const log = createLogger(token || process.env.LOG_LEVEL ? config.logLevel : 'warn', token ? [token] : []);
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled promise rejection'));
  if (!token) {
    if (process.stdin.isTTY) console.log(HOW_TO_CONNECT);
    const engine = await loadEngine(config, log);
    await runConsole(engine);
    return;
  }
  if (config.shardCount > 1 && !isShardProcess()) {
    // The manager builds the saved index once; each shard process loads it read-only.
    // Signals are handled before the (slow) spawning starts, as in the single-process path.
    const { runShardManager, stopShards } = await import('./bot/shards.js');
    const stops: (() => void)[] = [];
    exitOnSignals({
      log,
      stop: () => {
        for (const stop of stops) stop();
        return Promise.resolve();
      },
    });
    await runShardManager(config, log, fileURLToPath(import.meta.url), (manager) =>
      stops.push(() => stopShards(manager)),
    );
    return;
  }
  const shardLog = isShardProcess() ? log.child({ shard: shardIds() }) : log;
  const readOnly = isShardProcess();
  // Installed before the slow start, so even an early SIGTERM ends in an orderly exit 0.
  let stopBot: (() => Promise<void>) | undefined;
  exitOnSignals({ log: shardLog, stop: async () => stopBot?.() });
  // Hot reload (issue 6): handlers see holder.current through ctx.engine.
  const holder = new EngineHolder();
  const loading = loadEngine(config, shardLog, { readOnly }).then((engine) => holder.set(engine));
  loading.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
  // Online once the index is ready; a long first build (a big archive) goes online before it ends, and
  // holds the /ask questions that arrive until the index is ready, rather than look dead for minutes.
  await Promise.race([loading, delay(CONNECT_WHILE_INDEXING_AFTER_MS)]);
  if (!holder.loaded) shardLog.info({ afterMs: CONNECT_WHILE_INDEXING_AFTER_MS }, 'still indexing: going online now');
  // discord.js loads only now: on a normal start its memory is not added to the build's peak.
  const { startBot } = await import('./bot/client.js');
  const { botState } = await import('./bot/command.js');
  const peers = isShardProcess() && process.send ? process : null;
  // Watching and peer reloads start once the first engine is in place.
  const reloader = new Reloader({
    holder,
    build: () => loadEngine(config, shardLog, { readOnly, reload: true }),
    log: shardLog,
    dir: path.resolve(config.corpusDir),
  });
  const ctx = {
    get engine() {
      return holder.current;
    },
    log: shardLog,
    reloader,
    ...(peers ? { reloadPeers: () => void peers.send?.(PEER_RELOAD) } : {}),
    ...botState(config, loading),
  };
  // The first questions' one-time costs, paid before a member asks (see warm-up.ts): queued now, the jobs run
  // once the engine is in place, in the turns the gateway connection leaves free.
  const { warmUp } = await import('./bot/warm-up.js');
  warmUp(ctx.work, () => holder.current).catch((err: unknown) => {
    // Without an engine the start itself fails, and says why.
    if (holder.loaded) shardLog.warn({ err }, 'warm-up failed');
  });
  const bot = await startBot({ token, apiUrl: config.apiUrl }, ctx);
  stopBot = () => bot.stop();
  try {
    await loading;
  } catch (err) {
    await bot.stop();
    throw err;
  }
  reloader.watch();
  // With shards, each process holds its own index: a /reload on one is passed to the others by the manager.
  peers?.on('message', (message: unknown) => {
    if (isPeerReload(message)) void reloader.reload('peer');
  });
  stopBot = async () => {
    reloader.close();
    await bot.stop();
  };
}

/** How long a first build may keep the bot offline (see above). */
const CONNECT_WHILE_INDEXING_AFTER_MS = 45_000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

main().catch((err: unknown) => {
  console.error(fatalMessage(err));
  process.exit(1);
});

/** One line that says what is wrong and what to do; no stack trace for known causes. */
export function fatalMessage(err: unknown): string {
  if (err instanceof ConfigError) return `Newsdesk cannot start: ${err.message}`;
  const code = errorCode(err);
  const status = err && typeof err === 'object' && 'status' in err ? Number(err.status) : 0;
  if (code === 'TokenInvalid' || status === 401)
    return 'Newsdesk cannot start: DISCORD_TOKEN was rejected by Discord (401); reset the token in the Developer Portal → Bot and update .env.';
  if (code === 'DisallowedIntents')
    return 'Newsdesk cannot start: Discord refused the gateway intents; the bot needs only the Guilds intent, check the Developer Portal → Bot.';
  if (code === 'ENOENT')
    return `Newsdesk cannot start: CORPUS_DIR not found (${(err as Error).message}); set CORPUS_DIR to a folder of articles.`;
  return `Newsdesk cannot start: ${err instanceof Error ? err.message : String(err)}`;
}
