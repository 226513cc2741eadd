// /ask question:<text> [private:<boolean>]
import type { ChatInputCommandInteraction } from 'discord.js';
import { toReplyOptions, type BotContext, type SlashCommand } from '../command.js';
import { furtherPassages } from '../../answer/further.js';
import { askDefinition } from '../definitions.js';
import { answerButtons } from '../render-browse.js';
import { renderAsk } from '../render.js';

export const askCommand: SlashCommand = {
  definition: askDefinition,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const question = interaction.options.getString('question') ?? '';
    const isPrivate = interaction.options.getBoolean('private') ?? false;
    const result = ctx.engine.ask(question);
    const reply = renderAsk(result, isPrivate);
    if (result.kind === 'answer')
      reply.components = answerButtons(furtherPassages(ctx.engine, result), isPrivate, interaction.user.id);
    await interaction.reply(toReplyOptions(reply));
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
