// Smoke test for the local Discord stand-in: a real discord.js Client logs in
// against it, receives the guild, and answers a slash command.
import { Client, GatewayIntentBits, InteractionResponseType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordStandin, IDS, finalMessages, messageText } from '../support/discord-standin.js';

describe('discord stand-in', () => {
  let standin: DiscordStandin;
  let client: Client;

  beforeAll(async () => {
    standin = await new DiscordStandin().start();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiURL } });
  });

  afterAll(async () => {
    await client.destroy();
    await standin.stop();
  });

  it('lets a real discord.js Client log in and answer a slash command', async () => {
    const ready = new Promise<void>((resolve) => client.once('clientReady', () => resolve()));
    await client.login('test.token');
    await ready;

    expect(standin.identified).toBe(1);
    expect(standin.lastIdentify?.token).toBe('test.token');
    expect(standin.lastIdentify?.shard).toEqual([0, 1]);
    expect(client.user?.id).toBe(IDS.app);
    const guild = client.guilds.cache.get(IDS.guild);
    expect(guild?.channels.cache.size).toBe(3);
    const announcements = guild?.channels.cache.get(IDS.announcements);
    expect(
      announcements && guild?.members.me && announcements.permissionsFor(guild.members.me)?.has('SendMessages'),
    ).toBe(true);
    expect(announcements && announcements.permissionsFor(IDS.everyoneRole)?.has('SendMessages')).toBe(false);

    client.on('interactionCreate', (interaction) => {
      if (interaction.isChatInputCommand() && interaction.commandName === 'ping') {
        interaction.reply({ content: 'pong', allowedMentions: { parse: [] } }).catch(() => undefined);
      }
    });

    const record = await standin.interact({ name: 'ping' });
    expect(record.timedOut).toBe(false);
    expect(record.callbacks).toHaveLength(1);
    const callback = record.callbacks[0];
    expect(callback?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback?.data?.content).toBe('pong');
    expect(callback?.data?.allowed_mentions?.parse).toEqual([]);
    expect(finalMessages(record).map(messageText)).toEqual(['pong']);

    // Interaction callbacks are unauthenticated; bot routes carry the token.
    const callbackRequest = standin.requests.find(
      (r) => r.path === `/interactions/${record.id}/${record.token}/callback`,
    );
    expect(callbackRequest?.authorization).toBeUndefined();
    const gatewayRequest = standin.requests.find((r) => r.path === '/gateway/bot');
    expect(gatewayRequest?.authorization).toBe('Bot test.token');
  });
});
