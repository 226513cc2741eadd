// Compact references to passages and documents, for places with little room
// and no ':' allowed (autocomplete values, button custom_ids): the position
// in the corpus plus a short hash of the stable key. The same corpus loads in
// the same order, so a reference survives a restart; when the corpus changed
// and the position now holds another passage, the hash no longer matches and
// the reference resolves to null instead of to the wrong text.
import type { Corpus, Passage, SourceDocument } from './types.js';
import { sentencesOf } from './passage-store.js';

const HASH_CHARS = 5;

/** FNV-1a, 32 bits, as base 36 (5 characters: one chance in 60 million that a changed key still matches). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0').slice(-HASH_CHARS);
}

const PASSAGE_REF = /^p([0-9a-z]{1,8})\.([0-9a-z]{5})(?:\.([0-9a-z]{1,3}))?$/;
const DOCUMENT_REF = /^d([0-9a-z]{1,8})\.([0-9a-z]{5})$/;

/**
 * `p<position base 36>.<hash of key>`, e.g. `p1f.3k9az`, optionally with the
 * sentence that was in view when it was picked (`p1f.3k9az.4`): at most 19 characters.
 */
export function passageRef(p: Passage, sentence = 0): string {
  const focus = sentence > 0 && sentence < sentencesOf(p).length ? `.${sentence.toString(36)}` : '';
  return `p${p.id.toString(36)}.${shortHash(p.key)}${focus}`;
}

export function isPassageRef(text: string): boolean {
  return PASSAGE_REF.test(text);
}

/** The passage a reference names, or null when it is malformed or the corpus changed under it. */
export function resolvePassageRef(corpus: Corpus, ref: string): Passage | null {
  return resolvePassageFocus(corpus, ref)?.passage ?? null;
}

/** The passage and the sentence in view (0 when none was given). */
export function resolvePassageFocus(corpus: Corpus, ref: string): { passage: Passage; sentence: number } | null {
  const m = PASSAGE_REF.exec(ref.trim());
  if (!m) return null;
  const passage = corpus.passages[parseInt(m[1] ?? '', 36)];
  if (!passage || shortHash(passage.key) !== m[2]) return null;
  const sentence = m[3] ? parseInt(m[3], 36) : 0;
  return { passage, sentence: sentence < sentencesOf(passage).length ? sentence : 0 };
}

/** The sentence of a passage that holds the character at `offset`. */
export function sentenceAt(p: Passage, offset: number): number {
  const i = sentencesOf(p).findIndex((s) => offset < s.end);
  return i < 0 ? 0 : i;
}

/** `d<position base 36>.<hash of document id>`. */
export function documentRef(d: SourceDocument): string {
  return `d${d.index.toString(36)}.${shortHash(d.id)}`;
}

export function isDocumentRef(text: string): boolean {
  return DOCUMENT_REF.test(text);
}

export function resolveDocumentRef(corpus: Corpus, ref: string): SourceDocument | null {
  const m = DOCUMENT_REF.exec(ref.trim());
  if (!m) return null;
  const doc = corpus.documents[parseInt(m[1] ?? '', 36)];
  return doc && shortHash(doc.id) === m[2] ? doc : null;
}
