// A listing page's stories: which one a paragraph belongs to, and the title a passage is cited by.
import type { Passage, SourceDocument } from './types.js';

/** Which story of its document ¶`paragraph` belongs to: 0 (the document's own) unless the document is a listing page. */
export function storyAt(document: SourceDocument | undefined, paragraph: number): number {
  let story = 0;
  for (const s of document?.stories ?? []) if (s.from <= paragraph) story++;
  return story;
}

/** The title a passage is cited by: its story's on a listing page, else its document's. */
export function passageTitle(document: SourceDocument, passage: Pick<Passage, 'paragraph'>): string {
  const story = storyAt(document, passage.paragraph);
  return story === 0 ? document.title : (document.stories?.[story - 1]?.title ?? document.title);
}
