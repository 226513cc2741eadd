// wink-lexicon's word → Penn tags list (13k words, ~20 ms to load), loaded on
// first use so that a start from the saved index never reads it.
import { createRequire } from 'node:module';

let lexicon: Record<string, string[] | undefined> | undefined;

/** The Penn tags wink-lexicon gives a lower-case word, most frequent first; undefined when it does not know the word. */
export function lexiconTags(word: string): readonly string[] | undefined {
  lexicon ??= createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
  return Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
}
