// Worker thread of embeddings-prefetch.ts: scan the embeddings file, keep every
// plain word quantised, parse WordNet, and post it all back (the vector buffer
// transferred, not copied).
import { parentPort, workerData } from 'node:worker_threads';
import { wordNetRelations } from './antonyms.js';
import type { Prescanned } from './embeddings-prefetch.js';
import { DIMENSIONS, PLAIN_WORD, quantise, scanEmbeddings } from './word-vectors.js';

const { file } = workerData as { file: string };
const words: string[] = [];
const ranks: number[] = [];
let vectors = new Int8Array(400_000 * DIMENSIONS);
let seen = 0;
await scanEmbeddings(
  file,
  (word, rank) => {
    seen = rank;
    return PLAIN_WORD.test(word);
  },
  (word, vector) => {
    if ((words.length + 1) * DIMENSIONS > vectors.length) {
      const grown = new Int8Array(vectors.length * 2);
      grown.set(vectors);
      vectors = grown;
    }
    vectors.set(quantise(vector), words.length * DIMENSIONS);
    // A copy: a slice of the chunk would keep the whole chunk (and so the whole file) alive.
    words.push(Buffer.from(word, 'utf8').toString('utf8'));
    ranks.push(seen);
  },
);
const kept = new ArrayBuffer(words.length * DIMENSIONS);
new Int8Array(kept).set(vectors.subarray(0, words.length * DIMENSIONS));
const rankBuffer = new ArrayBuffer(ranks.length * 4);
new Uint32Array(rankBuffer).set(ranks);
const out: Prescanned = {
  words,
  ranks: new Uint32Array(rankBuffer),
  vectors: new Int8Array(kept),
  wordNet: wordNetRelations(),
};
parentPort?.postMessage(out, [kept, rankBuffer]);
