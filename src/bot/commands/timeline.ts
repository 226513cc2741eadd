// /timeline [date] [to] [private]: what happened on a day or in a range, or
// the corpus overview; ◀ ▶ buttons page through long ranges.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { parseDateQuery } from '../../timeline/date-query.js';
import { suggestDays } from '../../timeline/suggest-days.js';
import { toReplyOptions, toUpdateOptions, type BotContext, type ButtonHandler, type SlashCommand } from '../command.js';
import { timelineDefinition } from '../definitions.js';
import { renderError } from '../render.js';
import {
  parseTimelineButton,
  renderTimelineOverview,
  renderTimelineRange,
  TIMELINE_BUTTON,
} from '../render-timeline.js';

export const timelineCommand: SlashCommand = {
  definition: timelineDefinition,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const t0 = performance.now();
    const engine = ctx.engine;
    const date = interaction.options.getString('date');
    const to = interaction.options.getString('to');
    const isPrivate = interaction.options.getBoolean('private') ?? false;
    const query = parseDateQuery(date, to, { days: engine.timeline.days, count: (d) => engine.timeline.count(d) });
    const reply =
      query.kind === 'invalid'
        ? renderError(query.message)
        : query.kind === 'overview'
          ? renderTimelineOverview(engine, isPrivate)
          : renderTimelineRange(
              engine,
              query.kind === 'day' ? query.day : query.from,
              query.kind === 'day' ? query.day : query.to,
              0,
              isPrivate,
            );
    await interaction.reply(toReplyOptions(reply));
    ctx.log.info(
      {
        event: 'timeline',
        interactionId: interaction.id,
        userId: interaction.user.id,
        guildId: interaction.guildId,
        query: query.kind,
        ms: Math.round((performance.now() - t0) * 10) / 10,
      },
      'answered /timeline',
    );
  },
  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    const focused = interaction.options.getFocused();
    await interaction.respond(suggestDays(focused, ctx.engine.timeline));
  },
};

export const timelineButtons: ButtonHandler = {
  kind: TIMELINE_BUTTON,
  async handle(interaction: ButtonInteraction, fields: string[], ctx: BotContext) {
    const state = parseTimelineButton(fields);
    if (!state) return false;
    const reply = renderTimelineRange(ctx.engine, state.from, state.to, state.page, false);
    if (reply.private) {
      // The range has no events any more (the corpus changed): say so without replacing the page.
      await interaction.reply(toReplyOptions(reply));
      return true;
    }
    // Editing the message in place keeps an ephemeral reply ephemeral.
    await interaction.update(toUpdateOptions(reply));
    return true;
  },
};
