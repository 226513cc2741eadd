// /ask question:<text> [private:<boolean>]
import type { ChatInputCommandInteraction } from 'discord.js';
import { toReplyOptions, type BotContext, type SlashCommand } from '../command.js';
import { furtherPassages } from '../../answer/further.js';
import { askDefinition } from '../definitions.js';
import { answerButtons } from '../render-browse.js';
import { renderAsk } from '../render.js';
import { applyVisibility, replyVisibility } from '../visibility.js';

export const askCommand: SlashCommand = {
  definition: askDefinition,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const question = interaction.options.getString('question') ?? '';
    const askedPrivate = interaction.options.getBoolean('private') ?? false;
    const t0 = performance.now();
    const result = ctx.engine.ask(question);
    // An invalid question gets a private note: no public slot spent on it.
    const visibility =
      result.kind === 'invalid'
        ? ({ private: true } as const)
        : replyVisibility(interaction, askedPrivate, ctx.publicReplies);
    const isPrivate = visibility.private;
    const reply = applyVisibility(renderAsk(result, isPrivate), visibility);
    if (result.kind === 'answer')
      reply.components = answerButtons(furtherPassages(ctx.engine, result), isPrivate, interaction.user.id);
    ctx.limits.work.charge(interaction.user.id, performance.now() - t0);
    try {
      await interaction.reply(toReplyOptions(reply));
    } catch (err) {
      if (!visibility.private) visibility.giveBack();
      throw err;
    }
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
