// One wink-nlp instance per process: loading the model takes ~100 ms and
// tens of MB, so every caller shares this one. It is loaded on first use, not
// on import: a start from the saved index answers questions without it.
// Only the pipes analyze.ts reads run: sentence breaks, parts of speech and
// named entities. Skipping negation, sentiment and custom entities leaves those
// outputs identical (checked over 1,500 Reuters articles) and reading a
// document a third faster: about 6 s of the archive's cold build.
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  if (!instance) {
    const require = createRequire(import.meta.url);
    const nlp = require('wink-nlp') as typeof winkNLP;
    instance = nlp(require('wink-eng-lite-web-model') as typeof model, ['sbd', 'pos', 'ner']);
  }
  return instance;
}
