// /ask question:<text> [private:<boolean>]
import type { ChatInputCommandInteraction } from 'discord.js';
import { toReplyOptions, type BotContext, type SlashCommand } from '../command.js';
import { askDefinition } from '../definitions.js';
import { renderAsk } from '../render.js';

export const askCommand: SlashCommand = {
  definition: askDefinition,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const question = interaction.options.getString('question') ?? '';
    const isPrivate = interaction.options.getBoolean('private') ?? false;
    const result = ctx.engine.ask(question);
    await interaction.reply(toReplyOptions(renderAsk(result, isPrivate)));
    ctx.log.info(
      {
        event: 'ask',
        interactionId: interaction.id,
        userId: interaction.user.id,
        guildId: interaction.guildId,
        result: result.kind,
        citations: result.kind === 'answer' ? result.citations.length : 0,
        ms: 'stats' in result ? Math.round(result.stats.ms * 10) / 10 : 0,
      },
      'answered /ask',
    );
  },
};
