// The one interactionCreate dispatcher: slash commands, autocomplete and
// buttons. Any failure becomes a short ephemeral apology plus one error log
// line. Nothing that happens here may take the process down.
import {
  DiscordAPIError,
  RESTJSONErrorCodes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js';
import { type BotContext } from './command.js';
import { ephemeral, toReplyOptions } from './reply-options.js';
import { buttons, commands } from './commands/index.js';
import { decodeCustomId } from './custom-id.js';
import { describeMissing, isPermissionError } from './permission-errors.js';
import { BUTTON_KINDS } from './render-browse.js';
import { TIMELINE_BUTTON } from './render-timeline.js';
import { renderMissingPermission, SORRY, STALE_BUTTON, STILL_INDEXING } from './render.js';
import { slowDownChoice, slowDownReply, stillIndexingChoice } from './slow-down.js';

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
    if (!ctx.work.ready && !(interaction.isChatInputCommand() && interaction.commandName === 'ask'))
      return stillIndexing(interaction, ctx);
    // One engine per interaction: a reload swapping engines mid-interaction never mixes two.
    // (/ask before the first engine is ready reads it when its turn comes.)
    const here: BotContext = ctx.work.ready ? { ...ctx, engine: ctx.engine } : ctx;
    if (interaction.isChatInputCommand()) await onCommand(interaction, here);
    else if (interaction.isAutocomplete()) await onAutocomplete(interaction, here);
    else if (interaction.isButton()) await onButton(interaction, here);
  };
}

/** While the first index loads: /ask waits its turn (see ask.ts); everything else is told to come back. */
async function stillIndexing(interaction: Interaction, ctx: BotContext): Promise<void> {
  try {
    if (interaction.isAutocomplete())
      await interaction.respond(stillIndexingChoice(String(interaction.options.getFocused())));
    else if (interaction.isRepliable()) await interaction.reply(ephemeral(STILL_INDEXING));
  } catch (err) {
    ctx.log.warn({ interactionId: interaction.id, err }, 'could not send the still-indexing note');
  }
}

/** Commands and buttons whose work counts against the member's RATE_LIMIT. */
const LIMITED_COMMANDS: ReadonlySet<string> = new Set(['ask', 'timeline']);
const LIMITED_BUTTONS: ReadonlySet<string> = new Set([TIMELINE_BUTTON, BUTTON_KINDS.more, BUTTON_KINDS.morePage]);

async function onCommand(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const command = commands.get(interaction.commandName);
  const where = { interactionId: interaction.id, command: interaction.commandName, userId: interaction.user.id };
  await guarded(interaction, where, ctx, async () => {
    if (!command) {
      ctx.log.warn(where, 'unknown command (run npm run deploy-commands to refresh the registered set)');
      await interaction.reply(ephemeral(unknownCommand(interaction.commandName, !interaction.inGuild())));
      return;
    }
    if (LIMITED_COMMANDS.has(command.definition.name) && !(await admitted(interaction, ctx, where))) return;
    await command.execute(interaction, ctx);
  });
}

/** Within the member's work limit? Otherwise they are told when to try again. */
async function admitted(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ctx: BotContext,
  where: Where,
): Promise<boolean> {
  const verdict = ctx.limits.work.take(interaction.user.id);
  if (verdict.ok) return true;
  ctx.log.info({ ...where, retryAfterMs: verdict.retryAfterMs }, 'slow down: member over RATE_LIMIT');
  await interaction.reply(slowDownReply(verdict.retryAfterMs));
  return false;
}

async function onAutocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const command = commands.get(interaction.commandName);
  const where = { interactionId: interaction.id, command: interaction.commandName, autocomplete: true };
  try {
    const verdict = ctx.limits.autocomplete.take(interaction.user.id);
    if (!verdict.ok) {
      // Keystrokes faster than the throttle: no lookup, a choice that says to pause.
      ctx.log.debug({ ...where, retryAfterMs: verdict.retryAfterMs }, 'autocomplete throttled');
      await interaction.respond(slowDownChoice(String(interaction.options.getFocused())));
    } else if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
  } catch (err) {
    // An autocomplete cannot carry an error message; an empty list is the honest answer.
    if (isGone(err)) ctx.log.warn({ ...where, code: (err as DiscordAPIError).code }, 'autocomplete expired');
    else ctx.log.error({ ...where, err }, 'autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}

async function onButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  // Only an id the message itself carries: Discord checks this too; a forged press is a stale button here.
  const id = isOwnComponent(interaction) ? decodeCustomId(interaction.customId) : null;
  const handler = id ? buttons.get(id.kind) : undefined;
  const where = { interactionId: interaction.id, button: id?.kind ?? '?', userId: interaction.user.id };
  await guarded(interaction, where, ctx, async () => {
    if (handler && LIMITED_BUTTONS.has(handler.kind) && !(await admitted(interaction, ctx, where))) return;
    const handled = handler && id ? await handler.handle(interaction, id.fields, ctx) : false;
    if (!handled && !interaction.replied && !interaction.deferred) {
      ctx.log.info({ ...where, customId: interaction.customId }, 'stale button');
      await interaction.reply(ephemeral(STALE_BUTTON));
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
    let options: InteractionReplyOptions = ephemeral(SORRY);
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

/** Is the pressed custom_id one of the buttons on the message it was pressed on? */
export function isOwnComponent(interaction: ButtonInteraction): boolean {
  const rows = interaction.message.components;
  for (const row of rows) {
    if (!('components' in row)) continue;
    for (const c of row.components) if ('customId' in c && c.customId === interaction.customId) return true;
  }
  return false;
}

/** Unknown or out-of-date command: what works instead (in a DM, what works there). */
export function unknownCommand(name: string, inDm: boolean): string {
  const shown = /^[\w-]{1,32}$/.test(name) ? `/${name}` : 'That command';
  return inDm
    ? `${shown} isn't something I can do in a direct message. Here you can use /ask and /timeline; the other commands work in a server.`
    : `${shown} isn't one of my commands (any more). Type / to see the current ones, such as /ask and /timeline.`;
}

/** The bot's permissions in a channel from the guild cache; null when the channel is not cached. */
function botPermissionsIn(interaction: ChatInputCommandInteraction | ButtonInteraction, channelId: string) {
  try {
    return interaction.guild?.members.me?.permissionsIn(channelId) ?? null;
  } catch {
    return null;
  }
}
