// The embeddings scan and WordNet's parse (together ~8 s) run on the second
// core while the main thread reads and indexes the corpus: a worker thread
// scans every plain word's vector, quantised (~30 MB), and WordNet's
// relations; when the index is done, the corpus's terms are picked out of
// that in milliseconds. A cold build so costs no more wall time than without
// vectors. Where a worker can't start, the caller scans in-thread as before.
import { Worker } from 'node:worker_threads';
import type { WordNetRelations } from './antonyms.js';

/** Every plain word of the embeddings file in frequency order, each with its rank and quantised vector. */
export interface Prescanned {
  words: string[];
  ranks: Uint32Array;
  /** `words[i]`'s vector is `vectors[i*100 … i*100+100)`, unit length × 127. */
  vectors: Int8Array;
  wordNet: WordNetRelations | null;
}

/** Start the scan in a worker; resolves to null (never rejects) when the worker fails, so the caller falls back. */
export function prefetchEmbeddings(file: string): Promise<Prescanned | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // Compiled (npm start runs dist/*.js), the worker's entry is JavaScript too. From the TypeScript
      // sources, a worker does not inherit tsx's loader hooks (Node 20): it registers them, then imports.
      const compiled = import.meta.url.endsWith('.js');
      const entry = JSON.stringify(new URL(`./embeddings-worker.${compiled ? 'js' : 'ts'}`, import.meta.url).href);
      const boot = compiled
        ? `import(${entry});`
        : `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); });`;
      worker = new Worker(boot, { eval: true, workerData: { file } });
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (m: Prescanned) => resolve(m));
    worker.once('error', () => resolve(null));
    // Not unref'd: a build awaiting the scan must keep the process alive for it.
    worker.once('exit', () => resolve(null));
  });
}
