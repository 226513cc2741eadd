// npm run burst: 200 members each send an /ask at the same moment, through the
// local Discord stand-in (in this process) to the bot as `npm start` runs it
// (its own process), on CORPUS_DIR (the archive for the README's figures). Questions are made from
// Reuters headlines (../shared; a --questions FILE of one question a line
// instead). Prints how soon each was acknowledged (Discord's 3 s rule) and
// answered, and how many got an answer.
//   CORPUS_DIR=/work/reuters-corpus CACHE_DIR=… npm run burst -- [--n 200] [--questions FILE]
import { readFileSync } from 'node:fs';
import { botEnv, startBotProcess } from '../tests/support/bot-process.js';
import {
  DiscordStandin,
  finalMessages,
  messageText,
  type InteractionRecord,
} from '../tests/support/discord-standin.js';
import { readReuters } from './reuters-corpus.js';
import { percentile, sharedPath } from './shared.js';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const n = Number(arg('--n') ?? 200);
const file = arg('--questions');
const reuters = sharedPath('data', 'reuters21578.jsonl');
if (!file && !reuters) {
  console.log('burst: skipped (no --questions file and ../shared/data/reuters21578.jsonl not found)');
  process.exit(0);
}
const questions = file
  ? readFileSync(file, 'utf8').split('\n').filter(Boolean)
  : readReuters(reuters ?? '')
      .filter((a, i) => a.title && i % 97 === 0)
      .map((a) => `What happened with ${(a.title ?? '').toLowerCase()}?`);
const asked = questions.slice(0, n);

const standin = await new DiscordStandin().start();
const ready = standin.waitFor('ready', 180_000);
const env = { CORPUS_DIR: process.env.CORPUS_DIR ?? 'corpus', LOG_LEVEL: 'warn', WORD_VECTORS: 'on' };
const profileDir = arg('--cpu-prof');
const bot = startBotProcess(
  botEnv(standin.apiURL, {
    ...env,
    ...(process.env.CACHE_DIR ? { CACHE_DIR: process.env.CACHE_DIR } : {}),
  }),
  'ignore',
  // --cpu-prof DIR: the bot process writes a V8 CPU profile there when it stops.
  profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
);
await ready;
await new Promise((r) => setTimeout(r, 1000));

const t0 = performance.now();
const records = await Promise.all(
  asked.map((question, i) =>
    standin.interact({
      name: 'ask',
      options: [{ name: 'question', type: 3, value: question }],
      // One member each: the burst is many people, not one member over their RATE_LIMIT.
      userId: String(1500000000000000000n + BigInt(i)),
      timeoutMs: 60_000,
      settleMs: 300,
    }),
  ),
);
const burstMs = performance.now() - t0;
const sorted = (xs: number[]) => xs.filter(Number.isFinite).sort((a, b) => a - b);
const first = sorted(records.map((r) => (r.firstAt === undefined ? Infinity : r.firstAt - r.sentAt)));
const last = sorted(records.map((r) => (r.lastAt === undefined ? Infinity : r.lastAt - r.sentAt)));
const answered = (r: InteractionRecord) => finalMessages(r).some((m) => messageText(m).trim());
const ms = (x: number) => Math.round(x);
console.log(
  JSON.stringify(
    {
      corpus: env.CORPUS_DIR,
      burst: asked.length,
      answered: records.filter(answered).length,
      acknowledgedWithin3s: first.filter((x) => x <= 3000).length,
      firstReplyMs: { p50: ms(percentile(first, 0.5)), p95: ms(percentile(first, 0.95)), max: ms(first.at(-1) ?? NaN) },
      answerMs: { p50: ms(percentile(last, 0.5)), p95: ms(percentile(last, 0.95)), max: ms(last.at(-1) ?? NaN) },
      burstSeconds: +(burstMs / 1000).toFixed(2),
    },
    null,
    1,
  ),
);
await bot.stop();
await standin.stop();
process.exit(0);
