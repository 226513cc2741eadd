// The discord.js client: connect, dispatch interactions, log gateway events.
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { BotContext } from './command.js';
import { createInteractionHandler } from './interactions.js';

export interface BotOptions {
  token: string;
  /** REST base URL (DISCORD_API_URL); undefined for Discord itself. */
  apiUrl: string | undefined;
}

export function createClient(apiUrl: string | undefined): Client {
  return new Client({
    // Slash commands need no privileged intents; Guilds gives channels and roles for permission checks.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}

/** Log in and serve; resolves once the client is ready. */
export async function startBot(options: BotOptions, ctx: BotContext): Promise<Client> {
  const client = createClient(options.apiUrl);
  const { log } = ctx;
  const handle = createInteractionHandler(ctx);
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.warn({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  const ready = new Promise<void>((resolve) =>
    client.once(Events.ClientReady, (c) => {
      log.info({ user: c.user.tag, guilds: c.guilds.cache.size }, 'connected to Discord');
      resolve();
    }),
  );
  await client.login(options.token);
  await ready;
  return client;
}
