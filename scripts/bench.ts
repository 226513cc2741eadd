// npm run bench [-- 1000 5000]: speed through the real code paths on
// Reuters-21578 written out as a corpus folder in our format (` date` line,
// headline, hard-wrapped body). Skips when ../shared is absent.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderAsk } from '../src/bot/render.js';
import { Engine } from '../src/engine.js';
import { findDocuments, findPassages } from '../src/search/autocomplete.js';
import { percentile, sharedPath } from './shared.js';

interface Reuters {
  id: string;
  date: string | null;
  title: string | null;
  body: string | null;
}

const file = sharedPath('data', 'reuters21578.jsonl');
if (!file) {
  console.log('bench: skipped (../shared/data/reuters21578.jsonl not found)');
  process.exit(0);
}
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const articles = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Reuters);

function writeCorpus(n: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `newsdesk-bench-${n}-`));
  for (const a of articles.slice(0, n)) {
    const dateLine = a.date ? ` date ${a.date.slice(0, 10)}\n` : '';
    writeFileSync(
      path.join(dir, `reuters-${a.id.padStart(5, '0')}.txt`),
      `${dateLine}${a.title ?? ''}\n${a.body ?? ''}`,
    );
  }
  return dir;
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const rows: Record<string, string | number>[] = [];
for (const n of sizes.length ? sizes : [1000, 5000]) {
  const dir = writeCorpus(Math.min(n, articles.length));
  const t0 = performance.now();
  const engine = await Engine.load(dir);
  const build = performance.now() - t0;
  // Questions made from headlines: "what about <headline words>?"
  const questions = articles
    .slice(0, n)
    .filter((_, i) => i % Math.max(1, Math.floor(n / 500)) === 0)
    .slice(0, 500)
    .map((a) => `What happened with ${(a.title ?? '').toLowerCase()}?`);
  const askTimes: number[] = [];
  const searchTimes: number[] = [];
  for (const q of questions) {
    let t = performance.now();
    renderAsk(engine.ask(q), false);
    askTimes.push(performance.now() - t);
    t = performance.now();
    engine.index.search(q, 20);
    searchTimes.push(performance.now() - t);
  }
  askTimes.sort((a, b) => a - b);
  searchTimes.sort((a, b) => a - b);
  // Autocomplete as a member types a headline: every prefix of its first
  // words (the last one unfinished), for /post passages and /read titles.
  const typedTimes: number[] = [];
  const titleTimes: number[] = [];
  for (const a of articles
    .slice(0, n)
    .filter((_, i) => i % Math.max(1, Math.floor(n / 100)) === 0)
    .slice(0, 100)) {
    const typed = (a.title ?? '').toLowerCase().split(/\s+/).slice(0, 3).join(' ');
    for (let len = 2; len <= typed.length; len += 2) {
      let t = performance.now();
      findPassages(engine, typed.slice(0, len), 25);
      typedTimes.push(performance.now() - t);
      t = performance.now();
      findDocuments(engine.corpus, typed.slice(0, len), 25);
      titleTimes.push(performance.now() - t);
    }
  }
  typedTimes.sort((a, b) => a - b);
  titleTimes.sort((a, b) => a - b);
  rows.push({
    articles: engine.corpus.documents.length,
    passages: engine.corpus.passages.length,
    'build s': +(build / 1000).toFixed(1),
    'articles/s': Math.round(engine.corpus.documents.length / (build / 1000)),
    'ask p50 ms': ms(percentile(askTimes, 0.5)),
    'ask p95 ms': ms(percentile(askTimes, 0.95)),
    'ask p99 ms': ms(percentile(askTimes, 0.99)),
    'search p50 ms': ms(percentile(searchTimes, 0.5)),
    'search p95 ms': ms(percentile(searchTimes, 0.95)),
    'autocomplete p50 ms': ms(percentile(typedTimes, 0.5)),
    'autocomplete p99 ms': ms(percentile(typedTimes, 0.99)),
    'titles p99 ms': ms(percentile(titleTimes, 0.99)),
    'peak RSS MB': Math.round(process.resourceUsage().maxRSS / 1024),
  });
  rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify({ at: new Date().toISOString(), rows }, null, 1));
