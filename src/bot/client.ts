// The discord.js client: connect, dispatch interactions, log gateway events,
// and stop cleanly.
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import { type BotContext } from './command.js';
import { ephemeral } from './reply-options.js';
import { InFlight } from './in-flight.js';
import { createInteractionHandler } from './interactions.js';
import { onFirstResponseSent } from './responses-sent.js';
import { SHUTTING_DOWN } from './render.js';

export interface BotOptions {
  token: string;
  /** REST base URL (DISCORD_API_URL); undefined for Discord itself. */
  apiUrl: string | undefined;
}

export interface RunningBot {
  client: Client;
  /** Turn away new interactions, finish those in flight (up to `graceMs`), then disconnect. */
  stop(graceMs?: number): Promise<void>;
}

/** How long a shutdown waits for interactions in flight (inside the 5 s a process manager allows). */
export const SHUTDOWN_GRACE_MS = 3000;

export function createClient(apiUrl: string | undefined): Client {
  return new Client({
    // Slash commands need no privileged intents; Guilds gives channels and roles for permission checks.
    intents: [GatewayIntentBits.Guilds],
    // The one place mentions are turned off: discord.js applies it to every message and reply this client sends.
    allowedMentions: { parse: [] },
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}

/** Log in and serve; resolves once the client is ready. */
export async function startBot(options: BotOptions, ctx: BotContext): Promise<RunningBot> {
  const client = createClient(options.apiUrl);
  const { log } = ctx;
  const handle = createInteractionHandler(ctx);
  const inFlight = new InFlight();
  const stopWatchingSent = onFirstResponseSent((id) => ctx.work.sent(id));
  client.on(Events.InteractionCreate, (interaction) => {
    ctx.work.arrived();
    if (inFlight.accepting) inFlight.track(handle(interaction));
    else void turnAway(interaction);
  });
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  // discord.js resumes or re-identifies by itself; say so once per drop, at warn.
  let stopping = false;
  client.on(Events.ShardReconnecting, (shard) => {
    // client.destroy() closes the socket too; that is not a lost connection.
    if (!stopping) log.warn({ shard }, 'gateway connection lost; reconnecting (resume or re-identify)');
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    log.error({ shard, code: event.code }, 'gateway closed for good (Discord will not let this session reconnect)'),
  );
  let connectedOnce = false;
  client.on(Events.ShardReady, (shard) => {
    if (connectedOnce) log.info({ shard }, 'gateway re-identified');
  });
  const connected = new Promise<void>((resolve) =>
    client.once(Events.ClientReady, (c) => {
      connectedOnce = true;
      log.info({ user: c.user.tag, guilds: c.guilds.cache.size }, 'connected to Discord');
      resolve();
    }),
  );
  await client.login(options.token);
  await connected;

  return {
    client,
    async stop(graceMs = SHUTDOWN_GRACE_MS) {
      stopping = true;
      inFlight.close();
      const running = inFlight.size;
      const left = await inFlight.drain(graceMs);
      if (left > 0) log.warn({ left, graceMs }, 'interactions still running at shutdown were abandoned');
      else if (running > 0) log.info({ finished: running }, 'finished the interactions in flight');
      await client.destroy();
      stopWatchingSent();
    },
  };
}

/** During shutdown: a short note instead of silence (autocomplete gets an empty list). */
async function turnAway(interaction: Interaction): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isRepliable()) await interaction.reply(ephemeral(SHUTTING_DOWN));
  } catch {
    // The client is closing; nothing more to say.
  }
}
