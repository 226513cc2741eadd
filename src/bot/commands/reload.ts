// /reload — rebuild the index from the corpus folder now and say what changed.
// default_member_permissions hides it from members without Manage Server, but
// a server admin can override that per channel or role: the handler checks again.
import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { toEditOptions, toReplyOptions, type BotContext, type SlashCommand } from '../command.js';
import { reloadDefinition } from '../definitions.js';
import { renderReload, renderReloadRefused, renderReloadUnavailable } from '../render-reload.js';

export const reloadCommand: SlashCommand = {
  definition: reloadDefinition,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const where = { event: 'reload', interactionId: interaction.id, userId: interaction.user.id };
    if (!interaction.inGuild() || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      ctx.log.warn(where, '/reload refused: member lacks Manage Server');
      await interaction.reply(toReplyOptions(renderReloadRefused()));
      return;
    }
    if (!ctx.reloader) {
      await interaction.reply(toReplyOptions(renderReloadUnavailable()));
      return;
    }
    // A rebuild of a large folder takes longer than Discord's 3 s: acknowledge first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const outcome = await ctx.reloader.reload('command');
    if (outcome.ok) ctx.reloadPeers?.();
    // The deferral already made the reply ephemeral; an edit carries no flags.
    const reply = renderReload(outcome);
    await interaction.editReply(toEditOptions(reply));
  },
};
