// npm run eval [-- scifact trecqa qa]: quality figures with the bot's own
// code paths, on the shared evaluation sets (skipped when ../shared is absent).
//   scifact  BEIR SciFact nDCG@10 (published BM25: 0.665)
//   trecqa   TrecQA answer-sentence selection MAP/MRR on test (tuned on train/dev)
//   qa       the development questions over corpus/: expected text in the answer
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CandidateRanker } from '../src/answer/rank-candidates.js';
import { Engine } from '../src/engine.js';
import { beirRun, ndcgAt, readJsonl, readQrels, type BeirDoc, type BeirQuery } from '../src/eval/beir.js';
import { mapMrr, readTrecQa } from '../src/eval/trecqa.js';
import { sharedPath } from './shared.js';

const fold = (s: string) => s.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

function scifact(): void {
  const dir = sharedPath('eval', 'scifact');
  if (!dir) return console.log('scifact: skipped (../shared/eval/scifact not found)');
  const t0 = performance.now();
  const docs = readJsonl<BeirDoc>(path.join(dir, 'corpus.jsonl'));
  const qrels = readQrels(path.join(dir, 'qrels_test.tsv'));
  const queries = readJsonl<BeirQuery>(path.join(dir, 'queries.jsonl')).filter((q) => qrels.has(q._id));
  const rows = beirRun(docs, queries, 100);
  const ndcg = ndcgAt(rows, qrels, 10);
  console.log(
    `scifact: nDCG@10 ${ndcg.toFixed(4)} over ${qrels.size} test queries, ${docs.length} abstracts ` +
      `(published BM25 0.665; MiniSearch defaults 0.630) [${((performance.now() - t0) / 1000).toFixed(1)} s]`,
  );
}

function trecqa(): void {
  const dir = sharedPath('eval', 'trecqa');
  if (!dir) return console.log('trecqa: skipped (../shared/eval/trecqa not found)');
  for (const split of ['train', 'dev', 'test']) {
    const set = readTrecQa(path.join(dir, `${split}.xml`));
    const sizes = new Map(set.requests.map((r) => [r.qid, r.candidates.length]));
    const r = mapMrr(new CandidateRanker(set.requests).rankAll(), set.positives, sizes);
    console.log(
      `trecqa ${split.padEnd(5)}: MAP ${r.map.toFixed(4)}  MRR ${r.mrr.toFixed(4)}  (${r.questions} questions)`,
    );
  }
  console.log('trecqa: tuned on train/dev; word overlap ≈ 0.58, BM25 + answer type ≈ 0.73 (test MAP)');
}

async function qa(): Promise<void> {
  const file = sharedPath('eval', 'qa-dev.json');
  if (!file) return console.log('qa: skipped (../shared/eval/qa-dev.json not found)');
  const gold = (JSON.parse(readFileSync(file, 'utf8')) as { questions: { q: string; expect: string[] }[] }).questions;
  const engine = await Engine.load(path.resolve('corpus'));
  let hits = 0;
  const lengths: number[] = [];
  for (const g of gold) {
    const r = engine.ask(g.q);
    const text = r.kind === 'answer' ? r.answer : '';
    lengths.push(text.length);
    const ok = text.length <= 600 && g.expect.some((e) => fold(text).includes(fold(e)));
    hits += Number(ok);
    if (!ok) console.log(`qa miss: ${g.q} → ${text.slice(0, 160) || r.kind}`);
  }
  lengths.sort((a, b) => a - b);
  console.log(
    `qa: ${hits}/${gold.length} dev questions have the expected text in the answer; answer length median ${lengths[lengths.length >> 1]}, max ${lengths.at(-1)} chars`,
  );
}

const wanted = process.argv.slice(2);
const run = (name: string) => wanted.length === 0 || wanted.includes(name);
if (run('qa')) await qa();
if (run('trecqa')) trecqa();
if (run('scifact')) scifact();
