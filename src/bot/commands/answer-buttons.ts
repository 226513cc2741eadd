// Buttons under /ask answers: "More sources" pages through further passages
// (their refs are in the custom_id), "Post to channel" shares a private
// answer publicly. A private answer's buttons are for the asker alone.
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { resolvePassageRef } from '../../corpus/refs.js';
import type { Passage } from '../../corpus/types.js';
import { type BotContext, type ButtonHandler } from '../command.js';
import { ephemeral, toReplyOptions, toUpdateOptions } from '../reply-options.js';
import { currentChannelTarget, postFor, sharedByName } from '../posting.js';
import { BUTTON_KINDS, MORE_PER_PAGE, NOT_YOURS, renderMoreSources } from '../render-browse.js';
import { renderSharedAnswer } from '../render-post.js';

const OWNER = /^\d{1,20}$/;

/**
 * False when the button is not this member's to press; they are told so. The
 * owner is whoever ran the command that made the message, as Discord records
 * it on the message (issue 15), not an id written into the custom_id; the id
 * only says whether the buttons are shared ('0', on a public answer).
 */
async function mayPress(interaction: ButtonInteraction, owner: string): Promise<boolean> {
  const message = interaction.message;
  const shared = owner === '0' && !message.flags.has(MessageFlags.Ephemeral);
  const asker = message.interactionMetadata?.user.id ?? null;
  if (shared || (asker !== null && asker === interaction.user.id)) return true;
  await interaction.reply(ephemeral(NOT_YOURS));
  return false;
}

function resolveAll(ctx: BotContext, refs: string[]): Passage[] | null {
  const out: Passage[] = [];
  for (const r of refs) {
    const p = resolvePassageRef(ctx.engine.corpus, r);
    if (!p) return null;
    out.push(p);
  }
  return out;
}

function moreHandler(kind: string, inPlace: boolean): ButtonHandler {
  return {
    kind,
    async handle(interaction, fields, ctx) {
      const [owner = '', ...refs] = fields;
      if (!OWNER.test(owner) || refs.length === 0) return false;
      const passages = resolveAll(ctx, refs);
      if (!passages) return false;
      if (!(await mayPress(interaction, owner))) return true;
      const reply = renderMoreSources(
        ctx.engine.corpus,
        passages.slice(0, MORE_PER_PAGE),
        passages.slice(MORE_PER_PAGE),
        owner,
      );
      // From the answer: a private page of its own; from such a page: the next one in place.
      if (inPlace) await interaction.update(toUpdateOptions(reply));
      else await interaction.reply(toReplyOptions(reply));
      ctx.log.info(
        {
          event: 'more-sources',
          interactionId: interaction.id,
          userId: interaction.user.id,
          shown: reply.embeds.length,
        },
        'more sources',
      );
      return true;
    },
  };
}

export const moreSourcesButton = moreHandler(BUTTON_KINDS.more, false);
export const moreSourcesPageButton = moreHandler(BUTTON_KINDS.morePage, true);

/** `apost:<asker>`: the private answer this button is on, posted in this channel for everyone. */
export const postAnswerButton: ButtonHandler = {
  kind: BUTTON_KINDS.postAnswer,
  async handle(interaction, fields, ctx) {
    const [owner = ''] = fields;
    if (!OWNER.test(owner) || fields.length !== 1) return false;
    // The answer is the message the button is on, as Discord holds it: nothing to recompute, nothing to forge.
    const embeds = interaction.message.embeds.map((e) => e.toJSON());
    if (embeds.length === 0) return false;
    if (!(await mayPress(interaction, owner))) return true;
    await postFor(
      interaction,
      ctx,
      currentChannelTarget(interaction),
      () => renderSharedAnswer(embeds, sharedByName(interaction)),
      { via: 'answer' },
    );
    return true;
  },
};
