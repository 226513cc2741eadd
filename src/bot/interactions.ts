// The one interactionCreate dispatcher: slash commands, autocomplete and
// buttons. Any failure becomes a short ephemeral apology plus one error log
// line. Nothing that happens here may take the process down.
import {
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js';
import { toReplyOptions, type BotContext } from './command.js';
import { buttons, commands } from './commands/index.js';
import { decodeCustomId } from './custom-id.js';
import { describeMissing, isPermissionError } from './permission-errors.js';
import { renderMissingPermission, SORRY, STALE_BUTTON } from './render.js';

/** Errors that mean "this interaction is gone": log, never retry. */
const GONE = new Set<number>([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
]);

export function isGone(err: unknown): boolean {
  return err instanceof DiscordAPIError && typeof err.code === 'number' && GONE.has(err.code);
}

type Where = Record<string, unknown>;

export function createInteractionHandler(ctx: BotContext): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isChatInputCommand()) await onCommand(interaction, ctx);
    else if (interaction.isAutocomplete()) await onAutocomplete(interaction, ctx);
    else if (interaction.isButton()) await onButton(interaction, ctx);
  };
}

async function onCommand(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const command = commands.get(interaction.commandName);
  const where = { interactionId: interaction.id, command: interaction.commandName, userId: interaction.user.id };
  if (!command) {
    ctx.log.warn(where, 'unknown command (run npm run deploy-commands to refresh the registered set)');
    return;
  }
  await guarded(interaction, where, ctx, () => command.execute(interaction, ctx));
}

async function onAutocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const command = commands.get(interaction.commandName);
  const where = { interactionId: interaction.id, command: interaction.commandName, autocomplete: true };
  try {
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
  } catch (err) {
    // An autocomplete cannot carry an error message; an empty list is the honest answer.
    if (isGone(err)) ctx.log.warn({ ...where, code: (err as DiscordAPIError).code }, 'autocomplete expired');
    else ctx.log.error({ ...where, err }, 'autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}

async function onButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const id = decodeCustomId(interaction.customId);
  const handler = id ? buttons.get(id.kind) : undefined;
  const where = { interactionId: interaction.id, button: id?.kind ?? '?', userId: interaction.user.id };
  await guarded(interaction, where, ctx, async () => {
    const handled = handler && id ? await handler.handle(interaction, id.fields, ctx) : false;
    if (!handled && !interaction.replied && !interaction.deferred) {
      ctx.log.info({ ...where, customId: interaction.customId }, 'stale button');
      await interaction.reply({ content: STALE_BUTTON, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    }
  });
}

async function guarded(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  where: Where,
  ctx: BotContext,
  run: () => Promise<unknown>,
): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (isGone(err)) {
      ctx.log.warn(
        { ...where, code: (err as DiscordAPIError).code },
        'interaction expired or already answered; not retrying',
      );
      return;
    }
    let options: InteractionReplyOptions = {
      content: SORRY,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    };
    if (isPermissionError(err)) {
      // Not a bug: a channel setting. Say which permission, where (issue 6).
      const missing = describeMissing(err, interaction.channelId, (channelId) =>
        channelId === interaction.channelId ? interaction.appPermissions : botPermissionsIn(interaction, channelId),
      );
      ctx.log.warn({ ...where, code: err.code, ...missing }, 'missing permission');
      options = toReplyOptions(renderMissingPermission(missing.permissions, missing.channelId));
    } else ctx.log.error({ ...where, err }, 'interaction failed');
    try {
      if (interaction.replied || interaction.deferred) await interaction.followUp(options);
      else await interaction.reply(options);
    } catch (replyErr) {
      ctx.log.warn({ ...where, err: replyErr }, 'could not send the error reply');
    }
  }
}

/** The bot's permissions in a channel from the guild cache; null when the channel is not cached. */
function botPermissionsIn(interaction: ChatInputCommandInteraction | ButtonInteraction, channelId: string) {
  try {
    return interaction.guild?.members.me?.permissionsIn(channelId) ?? null;
  } catch {
    return null;
  }
}
