// The shared wink instance runs only the pipes analyze.ts reads (src/nlp/wink.ts):
// what it reads must come out exactly as with wink's full pipeline.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';
import { wink } from '../../src/nlp/wink.js';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');

it('gives the same tokens, parts of speech, entities and sentences as the full pipeline', () => {
  const require = createRequire(import.meta.url);
  const full = (require('wink-nlp') as typeof winkNLP)(require('wink-eng-lite-web-model') as typeof model);
  const read = (nlp: ReturnType<typeof winkNLP>, text: string) => {
    const doc = nlp.readDoc(text);
    /* eslint-disable @typescript-eslint/unbound-method */
    const { pos, span, type } = nlp.its;
    return [doc.tokens().out(pos), doc.entities().out(span), doc.entities().out(type), doc.sentences().out(span)];
    /* eslint-enable @typescript-eslint/unbound-method */
  };
  const texts = readdirSync(CORPUS_DIR).map((f) => readFileSync(path.join(CORPUS_DIR, f), 'utf8'));
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(read(wink(), text)).toEqual(read(full, text));
});
