// One wink-nlp instance per process: loading the model takes ~100 ms and
// tens of MB, so every caller shares this one.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model);
  return instance;
}
