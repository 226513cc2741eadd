// npm run deploy-commands: register the slash commands with one PUT of the
// whole set — to one server when DISCORD_GUILD_ID is set (instant), else
// globally. Run it after changing commands, not on every start.
import { REST, Routes } from 'discord.js';
import { ConfigError, readConfig } from '../runtime/config.js';
import { definitionsFor } from './definitions.js';

async function main(): Promise<void> {
  const config = readConfig();
  if (!config.discordToken)
    throw new ConfigError('DISCORD_TOKEN', 'not set; put your bot token in .env (see .env.example)');
  if (!config.clientId)
    throw new ConfigError(
      'DISCORD_CLIENT_ID',
      'not set; put your Application ID in .env (Developer Portal → General Information)',
    );
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.discordToken);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  const registered = (await rest.put(route, {
    body: definitionsFor({ guildId: config.guildId, owners: config.botOwners }),
  })) as { name: string }[];
  const names = registered.map((c) => `/${c.name}`).join(', ');
  console.log(
    config.guildId
      ? `Registered ${registered.length} commands (${names}) in server ${config.guildId}; they are usable now.`
      : `Registered ${registered.length} commands (${names}) globally; Discord may take up to an hour to show them everywhere.`,
  );
}

main().catch((err: unknown) => {
  const status = err && typeof err === 'object' && 'status' in err ? (err as { status: number }).status : undefined;
  if (err instanceof ConfigError) console.error(`Cannot register commands: ${err.message}`);
  else if (status === 401)
    console.error(
      'Cannot register commands: DISCORD_TOKEN was rejected (401); reset the token in the Developer Portal → Bot and update .env.',
    );
  else if (status === 403 || status === 404)
    console.error(
      `Cannot register commands (${status}): check DISCORD_CLIENT_ID, and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope.`,
    );
  else console.error(`Cannot register commands: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
