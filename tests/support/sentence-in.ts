// For tests of one check: an engine's answer context (no word vectors) and a sentence of its articles with the
// passage that holds it, as the ranking hands them to the checks.
import type { AnswerContext, PassageSentence } from '../../src/answer/context.js';
import type { Engine } from '../../src/engine/engine.js';

/** The engine's context for the checks, without word vectors. */
export function contextOf(engine: Engine): AnswerContext {
  return { corpus: engine.corpus, index: engine.index, sentences: engine.sentences, vectors: null };
}

/** The sentence `text` of the engine's articles, with the passage that holds it and where in it. */
export function sentenceIn(engine: Engine, text: string): PassageSentence {
  const passage = engine.corpus.passages.find((p) => p.text.includes(text));
  if (!passage) throw new Error(`no passage holds ${text}`);
  return { text, passage, start: passage.text.indexOf(text) } as PassageSentence;
}
