// The one interactionCreate dispatcher: look the command up, run it, and turn
// any failure into a short ephemeral apology plus one error log line. Nothing
// that happens here may take the process down.
import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes, type Interaction } from 'discord.js';
import type { BotContext } from './command.js';
import { commands } from './commands/index.js';
import { SORRY } from './render.js';

/** Errors that mean "this interaction is gone": log, never retry. */
const GONE = new Set<number>([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
]);

export function isGone(err: unknown): boolean {
  return err instanceof DiscordAPIError && typeof err.code === 'number' && GONE.has(err.code);
}

export function createInteractionHandler(ctx: BotContext): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    const command = commands.get(interaction.commandName);
    const where = { interactionId: interaction.id, command: interaction.commandName, userId: interaction.user.id };
    if (!command) {
      ctx.log.warn(where, 'unknown command (run npm run deploy-commands to refresh the registered set)');
      return;
    }
    try {
      await command.execute(interaction, ctx);
    } catch (err) {
      if (isGone(err)) {
        ctx.log.warn(
          { ...where, code: (err as DiscordAPIError).code },
          'interaction expired or already answered; not retrying',
        );
        return;
      }
      ctx.log.error({ ...where, err }, 'command failed');
      try {
        const options = { content: SORRY, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } } as const;
        if (interaction.replied || interaction.deferred) await interaction.followUp(options);
        else await interaction.reply(options);
      } catch (replyErr) {
        ctx.log.warn({ ...where, err: replyErr }, 'could not send the error reply');
      }
    }
  };
}
