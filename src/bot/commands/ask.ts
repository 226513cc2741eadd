// /ask question:<text> [private:<boolean>]
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { AskResult } from '../../answer/compose.js';
import type { Engine } from '../../engine/engine.js';
import { type BotContext, type SlashCommand } from '../command.js';
import { toEditOptions, toReplyOptions } from '../reply-options.js';
import { invalidQuestion } from '../../answer/compose.js';
import { furtherPassages } from '../../answer/further.js';
import { askDefinition } from '../definitions.js';
import { answerButtons } from '../render-browse.js';
import { renderAsk, type Reply } from '../render.js';
import { slowDownReply } from '../slow-down.js';
import { applyVisibility, replyVisibility, type Visibility } from '../visibility.js';

/** Questions one member may have waiting in the queue; more are asked to slow down. */
export const MAX_QUEUED_PER_MEMBER = 3;
/** When to try again, for a member with questions still waiting: they are answered within moments. */
const SLOW_DOWN_MS = 3000;

export const askCommand: SlashCommand = {
  definition: askDefinition,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const question = interaction.options.getString('question') ?? '';
    const askedPrivate = interaction.options.getBoolean('private') ?? false;
    const userId = interaction.user.id;
    const invalid = invalidQuestion(question);
    if (invalid) {
      // A private note, at once: no public slot and no search spent on it.
      await interaction.reply(toReplyOptions(renderAsk(invalid, true)));
      return logAsk(ctx, interaction, { result: invalid.kind, citations: 0, ms: 0, queued: false });
    }
    // Charged only when it runs, queued work would slip past RATE_LIMIT: a few queued questions per member at most.
    if (ctx.work.queuedFor(userId) >= MAX_QUEUED_PER_MEMBER) {
      await interaction.reply(slowDownReply(SLOW_DOWN_MS));
      return logAsk(ctx, interaction, { result: 'slow-down', citations: 0, ms: 0, queued: false });
    }
    const visibility = replyVisibility(interaction, askedPrivate, ctx.publicReplies);
    const isPrivate = visibility.private;
    // Behind other questions (a burst) or a loading index: acknowledge now, answer in turn.
    const queued = ctx.work.busy;
    try {
      // Queued before the acknowledgement returns, so the queue keeps working while acknowledgements travel.
      const ack = queued ? interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {}) : null;
      if (ack) ctx.work.acknowledging(interaction.id, ack);
      const answer = ctx.work.run(() => {
        const t0 = performance.now();
        const answered = answerAndRender(ctx.engine, question, visibility, userId);
        ctx.limits.work.charge(userId, performance.now() - t0);
        return answered;
      }, userId);
      // Settle both before going on: a failed acknowledgement fails the interaction, and the answer's failure is still caught.
      const [, { result, reply }] = await Promise.all([ack, answer]);
      if (queued) await interaction.editReply(toEditOptions(reply));
      else await interaction.reply(toReplyOptions(reply));
      logAsk(ctx, interaction, {
        result: result.kind,
        citations: result.kind === 'answer' ? result.citations.length : 0,
        ms: 'stats' in result ? Math.round(result.stats.ms * 10) / 10 : 0,
        queued,
      });
    } catch (err) {
      if (!visibility.private) visibility.giveBack();
      throw err;
    }
  },
};

/** The engine's answer, rendered as the reply (the whole of an /ask job; the warm-up runs it too). */
export function answerAndRender(
  engine: Engine,
  question: string,
  visibility: Visibility,
  userId: string,
): { result: AskResult; reply: Reply } {
  const result = engine.ask(question);
  const reply = applyVisibility(renderAsk(result, visibility.private), visibility);
  if (result.kind === 'answer')
    reply.components = answerButtons(furtherPassages(engine, result), visibility.private, userId);
  return { result, reply };
}

function logAsk(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction,
  fields: { result: string; citations: number; ms: number; queued: boolean },
): void {
  ctx.log.info(
    {
      event: 'ask',
      interactionId: interaction.id,
      userId: interaction.user.id,
      guildId: interaction.guildId,
      ...fields,
    },
    'answered /ask',
  );
}
