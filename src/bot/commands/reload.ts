// /reload — rebuild the index from the corpus folder now and say what changed.
// For the bot's operators only (issue 15): members who may manage the home
// server (DISCORD_GUILD_ID), and the user ids in BOT_OWNERS from anywhere.
// One reload at a time per RELOAD_COOLDOWN_MS across all servers; a failure
// shows a generic note, its details stay in the log.
import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { type BotContext, type Operators, type SlashCommand } from '../command.js';
import { toEditOptions, toReplyOptions } from '../reply-options.js';
import { reloadDefinition } from '../definitions.js';
import { renderReload, renderReloadRefused, renderReloadUnavailable, renderReloadWait } from '../render-reload.js';

/** Shortest time between two reloads, whoever asks, in whatever server. */
export const RELOAD_COOLDOWN_MS = 60_000;

/** May this member reload the shared index? */
export function mayReload(interaction: ChatInputCommandInteraction, operators: Operators): boolean {
  if (operators.owners.has(interaction.user.id)) return true;
  return (
    operators.homeGuildId !== undefined &&
    interaction.guildId === operators.homeGuildId &&
    (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false)
  );
}

let lastReloadAt = -Infinity;

/** For tests: forget the last reload. */
export function resetReloadCooldown(): void {
  lastReloadAt = -Infinity;
}

export const reloadCommand: SlashCommand = {
  definition: reloadDefinition,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const where = {
      event: 'reload',
      interactionId: interaction.id,
      userId: interaction.user.id,
      guildId: interaction.guildId,
    };
    if (!mayReload(interaction, ctx.operators)) {
      ctx.log.warn(where, '/reload refused: not an operator (home server manager or BOT_OWNERS)');
      await interaction.reply(toReplyOptions(renderReloadRefused()));
      return;
    }
    if (!ctx.reloader) {
      await interaction.reply(toReplyOptions(renderReloadUnavailable()));
      return;
    }
    const now = Date.now();
    if (now - lastReloadAt < RELOAD_COOLDOWN_MS) {
      ctx.log.info(where, '/reload refused: cooldown');
      await interaction.reply(toReplyOptions(renderReloadWait(lastReloadAt + RELOAD_COOLDOWN_MS)));
      return;
    }
    lastReloadAt = now;
    // A rebuild of a large folder takes longer than Discord's 3 s: acknowledge first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const outcome = await ctx.reloader.reload('command');
    if (outcome.ok) ctx.reloadPeers?.();
    // The member sees a generic note; the reason (paths and all) is for the log only.
    else ctx.log.error({ ...where, reason: outcome.reason, ms: outcome.ms }, '/reload failed');
    // The deferral already made the reply ephemeral; an edit carries no flags.
    await interaction.editReply(toEditOptions(renderReload(outcome)));
  },
};
