// Rendering for browsing the sources: the article list (/sources), one
// passage in its article's context (/read), and further sources of an
// answer. Private views with buttons whose state lives in their custom_ids.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
} from 'discord.js';
import { passageRef } from '../corpus/refs.js';
import type { Corpus, Passage, SourceDocument } from '../corpus/types.js';
import { latestDocuments } from '../search/autocomplete.js';
import { truncate } from '../util/text.js';
import { CUSTOM_ID_MAX, encodeCustomId } from './custom-id.js';
import { fitContent, fitEmbed } from './limits.js';
import { safeText } from './markdown.js';
import { plainLine, postButton } from './render-post.js';
import { COLORS, type Reply } from './render.js';
import { passageTitle } from '../corpus/stories.js';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

export const BUTTON_KINDS = {
  sources: 'src',
  read: 'read',
  more: 'more',
  morePage: 'morep',
  postAnswer: 'apost',
} as const;

export const SOURCES_PER_PAGE = 10;
export const MORE_PER_PAGE = 3;
/** Characters of the neighbouring passages shown around the one being read. */
const CONTEXT_CHARS = 220;

function button(
  label: string,
  customId: string,
  disabled = false,
  style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success = ButtonStyle.Secondary,
): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style, label, custom_id: customId, disabled };
}

const row = (...components: APIButtonComponentWithCustomId[]): Row => ({ type: ComponentType.ActionRow, components });

// ---------------------------------------------------------------------------
// /sources

export function sourcesPageCount(corpus: Corpus): number {
  return Math.max(1, Math.ceil(corpus.documents.length / SOURCES_PER_PAGE));
}

/** One page of the article list, newest first; `page` is 1-based and clamped. */
export function renderSources(corpus: Corpus, page: number): Reply {
  const pages = sourcesPageCount(corpus);
  const p = Math.min(Math.max(1, Math.floor(page)), pages);
  const docs = latestDocuments(corpus).slice((p - 1) * SOURCES_PER_PAGE, p * SOURCES_PER_PAGE);
  const total = corpus.documents.length;
  const lines = docs.map((d, i) => {
    const n = (p - 1) * SOURCES_PER_PAGE + i + 1;
    const count = `${d.passages.length} passage${d.passages.length === 1 ? '' : 's'}`;
    return `**${n}.** ${safeText(truncate(plainLine(d.title), 150))}\n${d.date ?? 'undated'} · ${count} · ${safeText(truncate(d.id, 80))}`;
  });
  const embed = fitEmbed({
    title: `Sources: ${total.toLocaleString('en-US')} article${total === 1 ? '' : 's'}`,
    description: lines.join('\n') || 'No articles are loaded.',
    color: COLORS.answer,
    footer: { text: `Page ${p} of ${pages} · newest first · open one with /read` },
  });
  const components =
    pages > 1
      ? [
          row(
            button('◀ Newer', encodeCustomId(BUTTON_KINDS.sources, [Math.max(1, p - 1), 'b']), p === 1),
            button('Older ▶', encodeCustomId(BUTTON_KINDS.sources, [Math.min(pages, p + 1), 'f']), p === pages),
          ),
        ]
      : [];
  return { embeds: [embed], components, private: true };
}

// ---------------------------------------------------------------------------
// /read

/** Paragraphs in a document (the number of its last passage's paragraph). */
export function paragraphCount(corpus: Corpus, d: SourceDocument): number {
  const last = corpus.passages[d.passages.at(-1) ?? -1];
  return last?.paragraph ?? 0;
}

/** The passage of `d` at paragraph `n`, or the first one after it (repeated paragraphs are dropped at ingest). */
export function passageAtParagraph(corpus: Corpus, d: SourceDocument, n: number): Passage | null {
  for (const id of d.passages) {
    const p = corpus.passages[id];
    if (p && p.paragraph >= n) return p;
  }
  return null;
}

/** One passage with the end of the one before and the start of the one after, and ◀ ▶ Post buttons. */
export function renderRead(corpus: Corpus, passage: Passage): Reply {
  const doc = corpus.documents[passage.doc];
  if (!doc) throw new Error(`passage ${passage.key} has no document`);
  const at = doc.passages.indexOf(passage.id);
  const prev = corpus.passages[doc.passages[at - 1] ?? -1];
  const next = corpus.passages[doc.passages[at + 1] ?? -1];
  const parts: string[] = [];
  if (prev) parts.push(`*${safeText(tail(prev.text, CONTEXT_CHARS))}*`, '');
  parts.push(safeText(passage.text));
  if (next) parts.push('', `*${safeText(truncate(next.text, CONTEXT_CHARS))}*`);
  const part = passage.part > 1 || (next && next.paragraph === passage.paragraph) ? ` (part ${passage.part})` : '';
  const embed = fitEmbed({
    title: safeText(truncate(plainLine(passageTitle(doc, passage)), 240)),
    description: parts.join('\n'),
    color: COLORS.answer,
    footer: {
      text: `${doc.date ?? 'undated'} · ¶${passage.paragraph}${part} of ${paragraphCount(corpus, doc)} · passage ${at + 1} of ${doc.passages.length} · ${truncate(plainLine(doc.id), 80)}`,
    },
  });
  const self = passageRef(passage);
  const components = [
    row(
      button('◀', encodeCustomId(BUTTON_KINDS.read, [prev ? passageRef(prev) : self, 'b']), !prev),
      button('▶', encodeCustomId(BUTTON_KINDS.read, [next ? passageRef(next) : self, 'f']), !next),
      postButton(passage, 'Post here'),
    ),
  ];
  return { embeds: [embed], components, private: true };
}

/** The last `max` characters of a text, from a word start, with "…". */
function tail(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max + 1);
  const space = cut.indexOf(' ');
  return '…' + (space >= 0 && space < max / 3 ? cut.slice(space + 1) : cut);
}

/** Several articles fit what was typed: list them to pick from. */
export function renderDocumentCandidates(typed: string, docs: readonly SourceDocument[]): Reply {
  const what = safeText(truncate(plainLine(typed), 80));
  const content =
    docs.length === 0
      ? `No article matches "${what}". Type a few words of its title and pick it from the list, or see /sources.`
      : [
          `Several articles match "${what}". Pick one from the list as you type:`,
          ...docs
            .slice(0, 5)
            .map((d, i) => `${i + 1}. ${safeText(truncate(plainLine(d.title), 120))} · ${d.date ?? 'undated'}`),
        ].join('\n');
  return { content: fitContent(content), embeds: [], private: true };
}

// ---------------------------------------------------------------------------
// Answer buttons and further sources

/**
 * As many refs as fit a custom_id after `kind` and `fields`. Passage refs
 * are short, but the owner's id is up to 20 characters: never overflow.
 */
export function fitRefs(kind: string, fields: readonly string[], refs: readonly string[]): string[] {
  const out: string[] = [];
  let length = [kind, ...fields].join(':').length;
  for (const r of refs) {
    if (length + 1 + r.length > CUSTOM_ID_MAX) break;
    out.push(r);
    length += 1 + r.length;
  }
  return out;
}

/**
 * Buttons under an /ask answer: "More sources" (further passages, by ref) on
 * every answer, "Post to channel" on a private one. `owner` is the asker's id
 * on a private answer (only they may press), '0' on a public one.
 */
export function answerButtons(further: readonly Passage[], isPrivate: boolean, ownerId: string): Row[] {
  const owner = isPrivate ? ownerId : '0';
  const refs = fitRefs(
    BUTTON_KINDS.more,
    [owner],
    further.map((p) => passageRef(p)),
  );
  const more = button(
    refs.length ? 'More sources' : 'No more sources',
    encodeCustomId(BUTTON_KINDS.more, [owner, ...refs]),
    refs.length === 0,
  );
  const buttons = [more];
  if (isPrivate)
    buttons.unshift(
      button('Post to channel', encodeCustomId(BUTTON_KINDS.postAnswer, [owner]), false, ButtonStyle.Success),
    );
  return [row(...buttons)];
}

/** A page of further sources: each passage with its source line; a button for the rest. */
export function renderMoreSources(
  corpus: Corpus,
  passages: readonly Passage[],
  rest: readonly Passage[],
  owner: string,
): Reply {
  const fields = passages.map((p) => {
    const d = corpus.documents[p.doc];
    return {
      name: safeText(
        truncate(`${plainLine(d ? passageTitle(d, p) : '')} · ${d?.date ?? 'undated'} · ¶${p.paragraph}`, 200),
      ),
      value: safeText(truncate(p.text, 400)),
    };
  });
  const embed = fitEmbed({
    title: 'More sources',
    description: 'Further passages that match the question, best first.',
    color: COLORS.answer,
    fields,
  });
  const refs = fitRefs(
    BUTTON_KINDS.morePage,
    [owner],
    rest.map((p) => passageRef(p)),
  );
  const components = refs.length
    ? [row(button('More sources', encodeCustomId(BUTTON_KINDS.morePage, [owner, ...refs])))]
    : [];
  return { embeds: [embed], components, private: true };
}

export const NOT_YOURS = 'These buttons belong to the member who asked. Run /ask yourself to get your own.';
