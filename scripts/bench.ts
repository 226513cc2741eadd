// npm run bench [-- 1000 5000 19043]: speed through the real code paths on
// Reuters-21578 (../shared/data/reuters21578.jsonl) written out as a corpus
// folder in our format. Each size gets a cold build in its own process (which
// saves the index), then warm starts: a new process, compiled as npm start
// runs the bot, from spawn to the engine ready on the saved index (and to
// discord.js loaded after it, as the bot does), which then times 500 headline questions, MiniSearch alone
// on the same passages, and checks 20 headlines are answered from their own
// article. Prints a table and writes bench-results/bench.json. Skips when
// ../shared is absent. Timings on a shared machine are noisy: re-run on a
// quiet one for figures to publish.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readReuters, reutersFile, writeReutersCorpus, type ReutersArticle } from './reuters-corpus.js';
import { sharedPath } from './shared.js';
import { compile, sourcesIn } from '../bin/compile.mjs';

const file = sharedPath('data', 'reuters21578.jsonl');
if (!file) {
  console.log('bench: skipped (../shared/data/reuters21578.jsonl not found)');
  process.exit(0);
}
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
// Articles with a body: 19,043 of the 21,578.
const articles = readReuters(file).filter((a) => a.body?.trim());
// Compiled to JavaScript as npm start runs the bot (bin/start.mjs): a warm start is timed without a TypeScript loader.
const COMPILED = path.join('bench-results', 'compiled');
await compile([...sourcesIn('src'), 'scripts/bench-child.ts'], COMPILED);
const CHILD = path.resolve(COMPILED, 'scripts', 'bench-child.js');
const WARM_STARTS = 3;

interface Ready {
  cpuMs: number;
  loadMs: number;
}

function run(args: string[]): Promise<{ out: string; readyMs: number; discordMs: number; ready?: Ready; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let readyMs = NaN;
    let discordMs = NaN;
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (Number.isNaN(readyMs) && out.includes('READY')) readyMs = performance.now() - t0;
      if (Number.isNaN(discordMs) && out.includes('DISCORD-LOADED')) discordMs = performance.now() - t0;
    });
    child.on('close', (code) =>
      code === 0
        ? resolve({
            out,
            readyMs,
            discordMs,
            ...(/READY (\{.*\})/.exec(out)?.[1]
              ? { ready: JSON.parse(/READY (\{.*\})/.exec(out)?.[1] ?? '{}') as Ready }
              : {}),
            ms: performance.now() - t0,
          })
        : reject(new Error(`bench child ${args[0]} exited ${code}`)),
    );
  });
}
const lastJson = <T>(out: string): T => JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as T;

const question = (a: ReutersArticle) => `What happened with ${(a.title ?? '').toLowerCase()}?`;
const spread = <T>(xs: T[], n: number) =>
  xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / n)) === 0).slice(0, n);
const f = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

interface Build {
  buildMs: number;
  documents: number;
  passages: number;
  cacheBytes: number;
  buildPeakRssMB: number;
  maxEventLoopGapMs: number;
}
interface Pcts {
  p50: number;
  p95: number;
  p99: number;
}
interface Serve {
  ask: Pcts;
  search: Pcts;
  miniSearch: Pcts;
  extras: ({ name: string } & Pcts)[];
  servePeakRssMB: number;
  cited: number;
  checks: number;
  kinds: Record<string, number>;
}

const rows: Record<string, string | number>[] = [];
const results: unknown[] = [];
for (const n of sizes.length ? sizes : [1000, 5000]) {
  const root = mkdtempSync(path.join(os.tmpdir(), `newsdesk-bench-${n}-`));
  const dir = path.join(root, 'corpus');
  const cache = path.join(root, 'cache');
  const chosen = articles.slice(0, Math.min(n, articles.length));
  writeReutersCorpus(chosen, dir);
  try {
    const build = lastJson<Build>((await run(['build', dir, cache])).out);
    const questions = spread(chosen, 500).map(question);
    const checks = spread(chosen, 20).map((a) => ({ question: question(a), file: reutersFile(a) }));
    const warm: number[] = [];
    const withDiscord: number[] = [];
    const ready: Ready[] = [];
    let serve: Serve | undefined;
    for (let i = 0; i < WARM_STARTS; i++) {
      const r = await run([
        'serve',
        dir,
        cache,
        JSON.stringify(i === 0 ? { questions, checks } : { questions: [], checks: [] }),
      ]);
      warm.push(r.readyMs);
      withDiscord.push(r.discordMs);
      if (r.ready) ready.push(r.ready);
      if (i === 0) serve = lastJson<Serve>(r.out);
    }
    if (!serve) throw new Error('no serve results');
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
    const warmMs = median(warm);
    const warmCpuMs = median(ready.map((r) => r.cpuMs));
    const loadMs = median(ready.map((r) => r.loadMs));
    const cacheBytes = readdirSync(cache).reduce((s, x) => s + statSync(path.join(cache, x)).size, 0);
    const extra = (name: string) => serve.extras.find((e) => e.name === name);
    const result = {
      articles: build.documents,
      passages: build.passages,
      build,
      warmStartMs: warm,
      withDiscordMs: withDiscord,
      warmStart: ready,
      serve,
      cacheBytes,
    };
    results.push(result);
    rows.push({
      articles: build.documents,
      passages: build.passages,
      'build s': +(build.buildMs / 1000).toFixed(1),
      'articles/s': Math.round(build.documents / (build.buildMs / 1000)),
      'passages/s': Math.round(build.passages / (build.buildMs / 1000)),
      'warm start s': +(warmMs / 1000).toFixed(2),
      'with discord.js loaded s': +(median(withDiscord) / 1000).toFixed(2),
      'warm start CPU s / index load s': `${(warmCpuMs / 1000).toFixed(2)} / ${(loadMs / 1000).toFixed(2)}`,
      'ask p50/p95/p99 ms': `${f(serve.ask.p50)} / ${f(serve.ask.p95)} / ${f(serve.ask.p99)}`,
      'search p50/p95 ms': `${f(serve.search.p50)} / ${f(serve.search.p95)}`,
      'MiniSearch p50/p95 ms': `${f(serve.miniSearch.p50)} / ${f(serve.miniSearch.p95)}`,
      'ask ÷ MiniSearch p50/p95': `${(serve.ask.p50 / serve.miniSearch.p50).toFixed(2)} / ${(serve.ask.p95 / serve.miniSearch.p95).toFixed(2)}`,
      'autocomplete p95 ms': extra('autocomplete') ? f(extra('autocomplete')?.p95 ?? NaN) : 'n/a',
      'timeline p95 ms': extra('timeline') ? f(extra('timeline')?.p95 ?? NaN) : 'n/a',
      'prefix lookup p95 ms': f(extra('term prefix lookup')?.p95 ?? NaN),
      'peak RSS MB build/serve': `${build.buildPeakRssMB} / ${serve.servePeakRssMB}`,
      'cache MB': +(cacheBytes / 2 ** 20).toFixed(1),
      'own article cited': `${serve.cited}/${serve.checks}`,
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
console.table(rows);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)}`;
console.log(`machine: ${machine}`);
console.log(
  'autocomplete: /post passage choices as a member types (every other prefix of three words); ' +
    'timeline: /timeline for a day with events, date → rendered reply.',
);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify({ at: new Date().toISOString(), machine, rows, results }, null, 1),
);
console.log('written: bench-results/bench.json');
