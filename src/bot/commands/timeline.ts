// /timeline [date] [to] [private]: what happened on a day or in a range, or
// the corpus overview; ◀ ▶ buttons page through long ranges. A range not yet
// paged is acknowledged first and paged in slices (issue 15), so neither this
// member nor anyone else waits on it past Discord's 3 s.
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { parseDateQuery } from '../../timeline/date-query.js';
import { suggestDays } from '../../timeline/suggest-days.js';
import { type BotContext, type ButtonHandler, type SlashCommand } from '../command.js';
import { toEditOptions, toReplyOptions, toUpdateOptions } from '../reply-options.js';
import { timelineDefinition } from '../definitions.js';
import { renderError, type Reply } from '../render.js';
import {
  pagingRange,
  parseTimelineButton,
  rangeDays,
  renderRangePage,
  renderTimelineOverview,
  TIMELINE_BUTTON,
  type PagedRange,
} from '../render-timeline.js';
import { runToEnd } from '../../util/slices.js';
import { slowDownReply } from '../slow-down.js';
import { applyVisibility, replyVisibility, type Visibility } from '../visibility.js';

/** Members with a range being paged for them now: one at a time each. */
const building = new Set<string>();

/**
 * Dated sentences a range may hold and still be paged at once: about 0.2 ms a
 * sentence on the archive, so at most ~50 ms of the event loop; more is paged in slices.
 */
const SYNC_SENTENCES = 250;
const EMPTY: PagedRange = { pages: [], events: 0, days: 0, articles: 0 };

/**
 * The range's pages if they take no waiting: kept from before, or a range
 * small enough (a day, a quiet week) to page at once. Undefined: page it in slices.
 */
function pagedNow(ctx: BotContext, from: string, to: string, userId: string): PagedRange | undefined {
  const engine = ctx.engine;
  const kept = ctx.timelinePages.ready(engine, from, to);
  if (kept) return kept;
  const days = engine.timeline.between(from, to);
  if (days.reduce((n, d) => n + engine.timeline.count(d), 0) > SYNC_SENTENCES) return undefined;
  const t0 = performance.now();
  const paged = runToEnd(pagingRange(rangeDays(engine, from, to)));
  ctx.limits.work.charge(userId, performance.now() - t0);
  ctx.timelinePages.put(engine, from, to, paged);
  return paged;
}

/** Reply as `seen` says; a public slot is given back when the reply could not be sent. */
async function send(interaction: ChatInputCommandInteraction, render: (isPrivate: boolean) => Reply, seen: Visibility) {
  try {
    await interaction.reply(toReplyOptions(applyVisibility(render(seen.private), seen)));
  } catch (err) {
    if (!seen.private) seen.giveBack();
    throw err;
  }
}

export const timelineCommand: SlashCommand = {
  definition: timelineDefinition,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const t0 = performance.now();
    const engine = ctx.engine;
    const userId = interaction.user.id;
    const date = interaction.options.getString('date');
    const to = interaction.options.getString('to');
    const askedPrivate = interaction.options.getBoolean('private') ?? false;
    const query = parseDateQuery(date, to, { days: engine.timeline.days, count: (d) => engine.timeline.count(d) });
    const log = (extra: Record<string, unknown>) =>
      ctx.log.info(
        {
          event: 'timeline',
          interactionId: interaction.id,
          userId,
          guildId: interaction.guildId,
          query: query.kind,
          ms: Math.round((performance.now() - t0) * 10) / 10,
          ...extra,
        },
        'answered /timeline',
      );
    if (query.kind === 'invalid') {
      await interaction.reply(toReplyOptions(renderError(query.message)));
      return log({});
    }
    const visibility = () => replyVisibility(interaction, askedPrivate, ctx.publicReplies);
    if (query.kind === 'overview') {
      await send(interaction, (isPrivate) => renderTimelineOverview(engine, isPrivate), visibility());
      return log({});
    }
    const [from, until] = query.kind === 'day' ? [query.day, query.day] : [query.from, query.to];
    const days = engine.timeline.between(from, until);
    if (days.length === 0) {
      await interaction.reply(toReplyOptions(renderRangePage(engine, from, until, EMPTY, 0, true)));
      return log({});
    }
    const paged = pagedNow(ctx, from, until, userId);
    if (paged) {
      await send(interaction, (isPrivate) => renderRangePage(engine, from, until, paged, 0, isPrivate), visibility());
      return log({});
    }
    if (building.has(userId)) {
      // One long range paged at a time per member: a flood of different ranges waits its turn.
      await interaction.reply(slowDownReply(3000));
      return log({ refused: 'building' });
    }
    const seen = visibility();
    try {
      // Acknowledge first: paging a long range takes longer than Discord waits.
      await interaction.deferReply(seen.private ? { flags: MessageFlags.Ephemeral } : {});
    } catch (err) {
      if (!seen.private) seen.giveBack();
      throw err;
    }
    building.add(userId);
    try {
      const built = await ctx.timelinePages.get(engine, from, until);
      ctx.limits.work.charge(userId, built.workMs);
      const reply = applyVisibility(renderRangePage(engine, from, until, built.paged, 0, askedPrivate), seen);
      await interaction.editReply(toEditOptions(reply));
      log({ workMs: Math.round(built.workMs) });
    } finally {
      building.delete(userId);
    }
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
    const engine = ctx.engine;
    const userId = interaction.user.id;
    const ready = pagedNow(ctx, state.from, state.to, userId);
    if (ready) {
      await show(interaction, renderRangePage(engine, state.from, state.to, ready, state.page, false), false);
      return true;
    }
    if (building.has(userId)) {
      await interaction.reply(slowDownReply(3000));
      return true;
    }
    // Paging the range again (after a restart or once it left the cache): acknowledge, then page in slices.
    await interaction.deferUpdate();
    building.add(userId);
    try {
      const built = await ctx.timelinePages.get(engine, state.from, state.to);
      ctx.limits.work.charge(userId, built.workMs);
      await show(interaction, renderRangePage(engine, state.from, state.to, built.paged, state.page, false), true);
    } finally {
      building.delete(userId);
    }
    return true;
  },
};

async function show(
  interaction: ButtonInteraction,
  reply: ReturnType<typeof renderRangePage>,
  deferred: boolean,
): Promise<void> {
  if (reply.private) {
    // The range has no events any more (the corpus changed): say so without replacing the page.
    if (deferred) await interaction.followUp(toReplyOptions(reply));
    else await interaction.reply(toReplyOptions(reply));
    return;
  }
  // Editing the message in place keeps an ephemeral reply ephemeral.
  if (deferred) await interaction.editReply(toEditOptions(reply));
  else await interaction.update(toUpdateOptions(reply));
}
