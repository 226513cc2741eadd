// /read document:<autocomplete> [paragraph:<n>]: one passage in its article's
// context, with ◀ ▶ to page through the article and a Post button.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { isDocumentRef, resolveDocumentRef, resolvePassageRef } from '../../corpus/refs.js';
import type { SourceDocument } from '../../corpus/types.js';
import { findDocuments } from '../../search/autocomplete.js';
import { type BotContext, type ButtonHandler, type SlashCommand } from '../command.js';
import { toReplyOptions, toUpdateOptions } from '../reply-options.js';
import { readDefinition } from '../definitions.js';
import { LIMITS } from '../limits.js';
import { currentChannelTarget, postFor, sharedByName } from '../posting.js';
import {
  BUTTON_KINDS,
  paragraphCount,
  passageAtParagraph,
  renderDocumentCandidates,
  renderRead,
} from '../render-browse.js';
import { documentChoice, POST_BUTTON, renderQuote } from '../render-post.js';
import { renderError } from '../render.js';

const STALE_DOCUMENT =
  'That article is no longer in the list (the articles changed since). Type a few words of its title again and pick it.';

/** The document the option names: a picked ref, else typed text that fits one title. */
function chosenDocument(ctx: BotContext, value: string): SourceDocument | SourceDocument[] | 'stale' {
  const corpus = ctx.engine.corpus;
  const picked = resolveDocumentRef(corpus, value);
  if (picked) return picked;
  if (isDocumentRef(value)) return 'stale';
  const found = findDocuments(corpus, value, 5);
  const exact = found.find((d) => d.title.toLowerCase() === value.trim().toLowerCase());
  return exact ?? (found.length === 1 && found[0] ? found[0] : found);
}

export const readCommand: SlashCommand = {
  definition: readDefinition,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const value = interaction.options.getString('document', true);
    const paragraph = interaction.options.getInteger('paragraph') ?? 1;
    const doc = chosenDocument(ctx, value);
    if (doc === 'stale') {
      await interaction.reply(toReplyOptions(renderError(STALE_DOCUMENT)));
      return;
    }
    if (Array.isArray(doc)) {
      await interaction.reply(toReplyOptions(renderDocumentCandidates(value, doc)));
      return;
    }
    const corpus = ctx.engine.corpus;
    const passage = passageAtParagraph(corpus, doc, Math.max(1, paragraph));
    if (!passage) {
      const n = paragraphCount(corpus, doc);
      await interaction.reply(
        toReplyOptions(
          renderError(
            n > 0
              ? `That article has paragraphs ¶1 to ¶${n}; ask for one of those, or leave paragraph out to start at the top.`
              : 'That article has no text to show.',
          ),
        ),
      );
      return;
    }
    await interaction.reply(toReplyOptions(renderRead(corpus, passage)));
    ctx.log.info(
      { event: 'read', interactionId: interaction.id, userId: interaction.user.id, passage: passage.key },
      'read passage',
    );
  },
  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    const focused = interaction.options.getFocused(true);
    if (focused.name !== 'document') {
      await interaction.respond([]);
      return;
    }
    const corpus = ctx.engine.corpus;
    const docs = findDocuments(corpus, String(focused.value), LIMITS.choices);
    await interaction.respond(docs.map((d) => documentChoice(d, paragraphCount(corpus, d))));
  },
};

/** `read:<passage ref>:<b|f>`: show that passage in place. */
export const readButton: ButtonHandler = {
  kind: BUTTON_KINDS.read,
  async handle(interaction: ButtonInteraction, fields: string[], ctx: BotContext) {
    const [ref = '', tag] = fields;
    const passage = resolvePassageRef(ctx.engine.corpus, ref);
    if (!passage || (tag !== 'b' && tag !== 'f') || fields.length !== 2) return false;
    await interaction.update(toUpdateOptions(renderRead(ctx.engine.corpus, passage)));
    return true;
  },
};

/** `rpost:<passage ref>`: post the passage being read in this channel, under the same checks as /post. */
export const readPostButton: ButtonHandler = {
  kind: POST_BUTTON.kind,
  async handle(interaction: ButtonInteraction, fields: string[], ctx: BotContext) {
    const [ref = ''] = fields;
    const passage = resolvePassageRef(ctx.engine.corpus, ref);
    const document = passage ? ctx.engine.corpus.documents[passage.doc] : undefined;
    if (!passage || !document || fields.length !== 1) return false;
    await postFor(
      interaction,
      ctx,
      currentChannelTarget(interaction),
      () => renderQuote(passage, document, sharedByName(interaction)),
      { passage: passage.key, via: 'read' },
    );
    return true;
  },
};
