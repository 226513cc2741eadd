// One wink-nlp instance per process: loading the model takes ~100 ms and
// tens of MB, so every caller shares this one. It is loaded on first use, not
// on import: a start from the saved index answers questions without it.
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  if (!instance) {
    const require = createRequire(import.meta.url);
    const nlp = require('wink-nlp') as typeof winkNLP;
    instance = nlp(require('wink-eng-lite-web-model') as typeof model);
  }
  return instance;
}
