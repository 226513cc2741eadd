// npm run eval [-- scifact trecqa qa]: quality figures with the bot's own
// code paths, on the shared evaluation sets (skipped when ../shared is absent).
//   scifact  BEIR SciFact nDCG@10 (published BM25: 0.665)
//   trecqa   TrecQA answer-sentence selection MAP/MRR on test (tuned on train/dev)
//   qa       the development questions over corpus/: expected text in the answer
//   tempeval TempEval-3 day-level date accuracy, extent precision, value F1; extent and value F1 on DATE/TIME
//            (TempEval-3's set-up: tuned on timebank/ and aquaint/, judged on platinum/)
//            beside chrono-node's defaults; `--misses N` prints N misses per set, `--sets timebank`
//            scores only the tuning set (so tuning never shows the held-out ones)
//   weekdays bare weekdays in Reuters-21578 articles, hand-labelled with the day they name
//            (eval/weekdays-reuters.jsonl; a development set for the weekday rules)
import * as chrono from 'chrono-node';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CandidateRanker } from '../src/answer/rank-candidates.js';
import { Engine } from '../src/engine.js';
import { beirRun, ndcgAt, readJsonl, readQrels, type BeirDoc, type BeirQuery } from '../src/eval/beir.js';
import { readTimeMl, scoreTempEval, type SystemMention, type TimeMlDocument } from '../src/eval/tempeval.js';
import { mapMrr, readTrecQa } from '../src/eval/trecqa.js';
import { tagDates, timexType } from '../src/dates/tag-dates.js';
import { readReuters } from './reuters-corpus.js';
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

/** chrono-node's defaults: every result, valued at its own granularity, `.date()` for the day. */
function chronoBaseline(doc: TimeMlDocument): SystemMention[] {
  const [y, m, d] = doc.dct.split('-').map(Number);
  const ref = new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12);
  return chrono.parse(doc.text, ref).map((r) => {
    const t = r.start.date();
    const day = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
    return { start: r.index, end: r.index + r.text.length, value: day };
  });
}

function tempeval(misses: number, sets: string[]): void {
  const dir = sharedPath('eval', 'tempeval');
  if (!dir) return console.log('tempeval: skipped (../shared/eval/tempeval not found)');
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  console.log('tempeval         day acc  extent P  extent R  value F1  (day-valued gold, all gold)');
  for (const set of sets) {
    const files = readdirSync(path.join(dir, set)).filter((f) => f.endsWith('.tml'));
    const docs = files.map((f) => readTimeMl(path.join(dir, set, f), f));
    const t0 = performance.now();
    const tagged = docs.map((doc) => ({
      doc,
      mentions: tagDates(doc.text, { dct: doc.dct }).map((m) => ({ ...m, type: timexType(m.granularity) })),
    }));
    const ours = scoreTempEval(tagged);
    const ms = performance.now() - t0;
    const base = scoreTempEval(docs.map((doc) => ({ doc, mentions: chronoBaseline(doc) })));
    const line = (name: string, s: typeof ours) =>
      `${name.padEnd(16)} ${pct(s.dayAccuracy)}%   ${pct(s.extentPrecision)}%   ${pct(s.extentRecall)}%   ${pct(s.valueF1)}%`;
    console.log(`${line(`${set}`, ours)}   (${ours.dayGold}, ${ours.gold}; ${docs.length} docs, ${ms.toFixed(0)} ms)`);
    console.log(line(`  chrono default`, base));
    const dt = scoreTempEval(tagged, ['DATE', 'TIME']);
    console.log(
      `  DATE/TIME only: extent F1 ${pct(dt.extentF1)}% (P ${pct(dt.extentPrecision)}%, R ${pct(dt.extentRecall)}%)  value F1 ${pct(dt.valueF1)}%  (${dt.gold} gold)`,
    );
    for (const x of ours.misses.slice(0, misses))
      console.log(`    miss ${x.doc}: "${x.text}" gold ${x.gold} got ${x.got}`);
  }
}

interface WeekdayLabel {
  id: string;
  /** Offsets into the article body with white space runs folded to one space. */
  start: number;
  end: number;
  text: string;
  dct: string;
  day: string;
}

function weekdays(misses: number): void {
  const file = sharedPath('data', 'reuters21578.jsonl');
  if (!file) return console.log('weekdays: skipped (../shared/data/reuters21578.jsonl not found)');
  const labels = readFileSync(path.resolve('eval', 'weekdays-reuters.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as WeekdayLabel);
  const bodies = new Map(readReuters(file).map((a) => [a.id, (a.body ?? '').replace(/\s+/g, ' ')]));
  const tagged = new Map<string, ReturnType<typeof tagDates>>();
  let right = 0;
  const byDirection = new Map<string, [number, number]>();
  for (const l of labels) {
    const body = bodies.get(l.id) ?? '';
    const key = `${l.id}@${l.dct}`;
    const mentions = tagged.get(key) ?? tagDates(body, { dct: l.dct });
    tagged.set(key, mentions);
    const got = mentions.find((m) => m.start < l.end && l.start < m.end);
    const ok = got?.day === l.day;
    right += Number(ok);
    const dir = l.day < l.dct ? 'back' : l.day > l.dct ? 'forward' : 'same';
    const [n, k] = byDirection.get(dir) ?? [0, 0];
    byDirection.set(dir, [n + 1, k + Number(ok)]);
    if (!ok && misses-- > 0) {
      const context = body.slice(Math.max(0, l.start - 120), l.end + 60);
      console.log(`    miss ${l.id} (${l.dct}) "${l.text}" gold ${l.day} got ${got?.day ?? null}: …${context}…`);
    }
  }
  const parts = [...byDirection].map(([dir, [n, k]]) => `${dir} ${k}/${n}`).join(', ');
  console.log(`weekdays: ${right}/${labels.length} (${((100 * right) / labels.length).toFixed(1)}%) right; ${parts}`);
}

const args = process.argv.slice(2);
const missesAt = args.indexOf('--misses');
const misses = missesAt >= 0 ? Number(args.splice(missesAt, 2)[1]) || 0 : 0;
const setsAt = args.indexOf('--sets');
const sets = setsAt >= 0 ? (args.splice(setsAt, 2)[1] ?? '').split(',') : ['timebank', 'aquaint', 'platinum'];
const wanted = args;
const run = (name: string) => wanted.length === 0 || wanted.includes(name);
if (run('tempeval')) tempeval(misses, sets);
if (run('weekdays')) weekdays(misses);
if (run('qa')) await qa();
if (run('trecqa')) trecqa();
if (run('scifact')) scifact();
