// /sources [page:<n>]: the articles, newest first, with ◀ ▶ buttons.
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { type BotContext, type ButtonHandler, type SlashCommand } from '../command.js';
import { toReplyOptions, toUpdateOptions } from '../reply-options.js';
import { sourcesDefinition } from '../definitions.js';
import { BUTTON_KINDS, renderSources } from '../render-browse.js';

export const sourcesCommand: SlashCommand = {
  definition: sourcesDefinition,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const page = interaction.options.getInteger('page') ?? 1;
    await interaction.reply(toReplyOptions(renderSources(ctx.engine.corpus, page)));
    ctx.log.info(
      { event: 'sources', interactionId: interaction.id, userId: interaction.user.id, page },
      'listed sources',
    );
  },
};

/** `src:<page>:<b|f>`: show that page in place. A page past the end (the corpus shrank) shows the last one. */
export const sourcesButton: ButtonHandler = {
  kind: BUTTON_KINDS.sources,
  async handle(interaction: ButtonInteraction, fields: string[], ctx: BotContext) {
    const [page, tag] = fields;
    if (!page || !/^\d{1,6}$/.test(page) || (tag !== 'b' && tag !== 'f') || fields.length !== 2) return false;
    await interaction.update(toUpdateOptions(renderSources(ctx.engine.corpus, Number(page))));
    return true;
  },
};
