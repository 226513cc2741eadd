// /post passage:<autocomplete> [channel:<channel>] [comment:<text>]
import { BaseChannel, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { isPassageRef, resolvePassageFocus, sentenceAt } from '../../corpus/refs.js';
import type { Passage } from '../../corpus/types.js';
import { clearBestPassage, findPassages } from '../../search/autocomplete.js';
import { type BotContext, type SlashCommand } from '../command.js';
import { toReplyOptions } from '../reply-options.js';
import { postDefinition } from '../definitions.js';
import { LIMITS } from '../limits.js';
import type { PostTarget } from '../permissions.js';
import { postFor, sharedByName } from '../posting.js';
import { passageChoice, renderPostCandidates, renderPostRefusal, renderQuote } from '../render-post.js';
import { renderError } from '../render.js';

const STALE_PASSAGE =
  'That passage is no longer in the articles (they changed since the list was shown). Type a few words again and pick it from the list.';

/** The channel to post in and everyone's permissions there, as Discord resolved them. */
function postTarget(interaction: ChatInputCommandInteraction<'cached'>): PostTarget | 'not-a-channel' {
  const option = interaction.options.getChannel('channel');
  // A resolved channel of a type discord.js does not know stays a plain API object.
  if (option !== null && !(option instanceof BaseChannel)) return 'not-a-channel';
  const here = option === null || option.id === interaction.channelId;
  const channel = here ? interaction.channel : option;
  return {
    guildId: interaction.guildId,
    channel,
    // Discord computes the member's permissions in a resolved channel (`permissions`) and in the channel the
    // command ran in; both include overwrites, roles, timeouts. These are the authority for the member's side.
    memberPermissions: here ? interaction.memberPermissions : option.permissions,
    member: interaction.member,
    botPermissions: here ? interaction.appPermissions : option.appPermissions,
    me: interaction.guild.members.me,
  };
}

export const postCommand: SlashCommand = {
  definition: postDefinition,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    if (!interaction.inCachedGuild()) {
      await interaction.reply(
        toReplyOptions(
          interaction.guildId
            ? renderError("I can't see this server's channels yet. Try again in a minute.")
            : renderPostRefusal({ reason: 'not-in-guild' }),
        ),
      );
      return;
    }
    const value = interaction.options.getString('passage', true);
    const comment = interaction.options.getString('comment') ?? undefined;
    const picked = resolvePassageFocus(ctx.engine.corpus, value);
    let passage: Passage | null = picked?.passage ?? null;
    let focus = picked?.sentence ?? 0;
    if (!passage && isPassageRef(value)) {
      await interaction.reply(toReplyOptions(renderError(STALE_PASSAGE)));
      return;
    }
    if (!passage) {
      // Text typed and sent without picking from the list: a query. Post only a clear winner.
      const matches = findPassages(ctx.engine, value, 5);
      const best = clearBestPassage(matches);
      if (!best) {
        ctx.log.info(
          { event: 'post', interactionId: interaction.id, matches: matches.length },
          'post: no clear passage',
        );
        await interaction.reply(toReplyOptions(renderPostCandidates(value, matches)));
        return;
      }
      passage = best.passage;
      focus = sentenceAt(best.passage, best.at);
    }
    const target = postTarget(interaction);
    if (target === 'not-a-channel') {
      await interaction.reply(toReplyOptions(renderPostRefusal({ reason: 'unknown-channel' })));
      return;
    }
    const chosen = passage;
    const document = ctx.engine.corpus.documents[chosen.doc];
    if (!document) throw new Error(`passage ${chosen.key} has no document`);
    await postFor(
      interaction,
      ctx,
      target,
      () => renderQuote(chosen, document, sharedByName(interaction), comment, focus),
      { passage: chosen.key, comment: comment !== undefined },
    );
  },
  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    const focused = interaction.options.getFocused(true);
    if (focused.name !== 'passage') {
      await interaction.respond([]);
      return;
    }
    const t0 = performance.now();
    const matches = findPassages(ctx.engine, String(focused.value), LIMITS.choices);
    await interaction.respond(matches.map(passageChoice));
    ctx.log.debug(
      { event: 'autocomplete', command: 'post', choices: matches.length, ms: Math.round(performance.now() - t0) },
      'autocomplete',
    );
  },
};
