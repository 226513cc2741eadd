// npm run soak: load, fault and memory scenarios against the local Discord
// stand-in, with the real discord.js client and the real interaction handler
// in this process (so heap can be measured after a forced GC). Prints a
// results table; exits 1 if anything was lost or answered twice.
//   npm run soak [-- --interactions 10000]
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import pino from 'pino';
import { startBot } from '../src/bot/client.js';
import { botState } from '../src/bot/command.js';
import { readConfig } from '../src/runtime/config.js';
import { Engine } from '../src/engine/engine.js';
import { EngineHolder } from '../src/engine/reload.js';
import {
  DiscordStandin,
  finalMessages,
  IDS,
  MEMBER_PERMISSIONS,
  messageText,
  PERMISSION_BITS,
  type InteractionRecord,
} from '../tests/support/discord-standin.js';
import { messyCorpus } from '../tests/support/messy-corpus.js';
import { questionsFromCorpus } from '../tests/support/questions.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('soak: run with node --expose-gc (npm run soak does)');
  process.exit(1);
}
const argAt = process.argv.indexOf('--interactions');
const TOTAL = argAt > 0 ? Number(process.argv[argAt + 1]) : 10_000;
const SEED = path.resolve(process.env.CORPUS_DIR ?? 'corpus');
const STRING = 3;
const CALLBACK = /^POST \/interactions\/.*\/callback$/;

// Log lines are counted, not printed.
const logLines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString().split('\n'))
      if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
    if (logLines.length > 5000) logLines.splice(0, logLines.length - 1000);
    done();
  },
});
const log = pino({ level: 'info' }, sink);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const replies = (r: InteractionRecord) => r.callbacks.filter((c) => c.type === 4 || c.type === 5).length;
const textOf = (r: InteractionRecord) => finalMessages(r).map(messageText).join('\n');
const noPings = (r: InteractionRecord) =>
  finalMessages(r).every((m) => Array.isArray(m.allowed_mentions?.parse) && m.allowed_mentions.parse.length === 0);

interface Tally {
  handled: number;
  answered: number;
  lost: number;
  twice: number;
  pings: number;
}
const tally: Tally = { handled: 0, answered: 0, lost: 0, twice: 0, pings: 0 };
let expired = 0;
function count(r: InteractionRecord): void {
  tally.handled++;
  const n = replies(r);
  if (n === 0 || r.timedOut || textOf(r).trim() === '') tally.lost++;
  else tally.answered++;
  if (n > 1) tally.twice++;
  if (!noPings(r)) tally.pings++;
}

// --- corpus faults ---------------------------------------------------------
const { dir: corpus, broken } = await messyCorpus(SEED);
const warned = new Set<string>();
const engine = await Engine.build(corpus, { onWarning: (w) => warned.add(w.file) });
const corpusSkipped = broken.filter((f) => warned.has(f)).length;

// --- the bot ----------------------------------------------------------------
const standin = await new DiscordStandin({ heartbeatInterval: 1000 }).start();
const holder = new EngineHolder(engine);
// The defaults a deployment runs with (POST_COOLDOWN, PUBLIC_REPLIES, RATE_LIMIT); traffic comes from many members.
const ctx = {
  get engine() {
    return holder.current;
  },
  log,
  ...botState(readConfig({}, false)),
};
const ready = standin.waitFor('ready', 60_000);
const bot = await startBot({ token: 'soak.token.for-the-stand-in', apiUrl: standin.apiURL }, ctx);
await ready;
await sleep(300);

/** A busy server: interaction n comes from member n mod MEMBERS (each within RATE_LIMIT and PUBLIC_REPLIES at this pace). */
const MEMBERS = 2000;
let sent = 0;
const memberId = (n: number) => String(1_400_000_000_000_100_000n + BigInt(n % MEMBERS));
const ask = async (
  question: string,
  extra: { appPermissions?: string; timeoutMs?: number; settleMs?: number; userId?: string } = {},
) =>
  standin.interact({
    name: 'ask',
    options: [{ name: 'question', type: STRING, value: question }],
    timeoutMs: extra.timeoutMs ?? 15_000,
    settleMs: extra.settleMs ?? 150,
    userId: extra.userId ?? memberId(sent++),
    ...(extra.appPermissions ? { appPermissions: extra.appPermissions } : {}),
  });

const questions = questionsFromCorpus(SEED, Math.max(TOTAL, 200));

// --- burst of 200 ----------------------------------------------------------
const t0 = performance.now();
const burst = await Promise.all(questions.slice(0, 200).map((q) => ask(q, { timeoutMs: 30_000, settleMs: 300 })));
const burstSeconds = (performance.now() - t0) / 1000;
burst.forEach(count);
const firstReplies = burst.map((r) => (r.firstAt ?? Infinity) - r.sentAt).sort((a, b) => a - b);
const within3s = firstReplies.filter((ms) => ms <= 3000).length;

// --- Discord faults --------------------------------------------------------
const faults: { name: string; ok: boolean }[] = [];
async function sameAnswer(name: string, q: string, inject: () => void): Promise<void> {
  const ref = await ask(q);
  count(ref);
  inject();
  const r = await ask(q, { timeoutMs: 20_000 });
  count(r);
  faults.push({ name, ok: replies(r) === 1 && textOf(r) === textOf(ref) && textOf(r).trim() !== '' });
}
async function reconnect(name: string, q: string, cause: () => void, undo = () => undefined): Promise<void> {
  const ref = await ask(q);
  count(ref);
  const warnsBefore = logLines.filter((l) => String(l.msg).includes('reconnecting')).length;
  const back = Promise.race([standin.waitFor('resumed', 30_000), standin.waitFor('ready', 30_000)]);
  cause();
  let ok = true;
  try {
    await back;
  } catch {
    ok = false;
  } finally {
    undo();
  }
  await sleep(300);
  const r = await ask(q);
  count(r);
  const warns = logLines.filter((l) => String(l.msg).includes('reconnecting')).length - warnsBefore;
  faults.push({ name, ok: ok && textOf(r) === textOf(ref) && warns === 1 });
}
let qi = 200;
await sameAnswer('429 on callback', questions[qi++] ?? '', () =>
  standin.faults.push({
    match: CALLBACK,
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
    headers: { 'retry-after': '1' },
  }),
);
await sameAnswer('500 on callback', questions[qi++] ?? '', () => standin.faults.push({ match: CALLBACK, status: 500 }));
{
  const q = questions[qi++] ?? '';
  const ref = await ask(q);
  count(ref);
  standin.faults.push({ match: CALLBACK, status: 404, body: { message: 'Unknown interaction', code: 10062 } });
  const gone = await ask(q, { timeoutMs: 1500 });
  expired++; // expired on purpose: not lost, there is nobody to answer
  const tries = standin.requests.filter((r) => r.path.includes(`/interactions/${gone.id}/`)).length;
  const next = await ask(q);
  count(next);
  faults.push({ name: '10062 unknown interaction', ok: tries === 1 && textOf(next) === textOf(ref) });
}
await reconnect('gateway drop (1006)', questions[qi++] ?? '', () => standin.dropGateway());
await reconnect(
  'heartbeat ACKs stop',
  questions[qi++] ?? '',
  () => {
    standin.ackHeartbeats = false;
  },
  () => {
    standin.ackHeartbeats = true;
  },
);
{
  standin.faults.push({ match: CALLBACK, status: 403, body: { message: 'Missing Permissions', code: 50013 } });
  const perms = String(BigInt(MEMBER_PERMISSIONS) & ~PERMISSION_BITS.EMBED_LINKS);
  const r = await ask(questions[qi++] ?? '', { appPermissions: perms });
  count(r);
  const text = textOf(r);
  faults.push({
    name: '50013 missing permission',
    ok: text.includes('Embed Links') && text.includes(`<#${IDS.general}>`),
  });
}

// --- bad input ---------------------------------------------------------------
const HOSTILE = [
  '',
  ' \t ',
  'why '.repeat(1250),
  '\u0000\u0001\u0007 rockets',
  '\u202ewho was killed\u202c',
  'who\u200b was\u200d killed?',
  '🚀🚀🚀 rockets? 👩‍👩‍👧',
  '**bold** __u__ ~~s~~ ||spoiler|| # h > q',
  '@everyone @here what happened?',
  `<@&${IDS.guild}> who was killed`,
  `<@${IDS.user}> rockets?`,
  'what is at https://example.com/a?b=c',
  '```\nDROP TABLE articles;\n``` what happened?',
];
const random = fc.sample(fc.string({ unit: 'binary', maxLength: 300 }), { numRuns: 100, seed: 6 });
let badInputs = 0;
let badAnswered = 0;
for (let i = 0; i < HOSTILE.length + random.length; i += 20) {
  const batch = [...HOSTILE, ...random].slice(i, i + 20);
  (await Promise.all(batch.map((q) => ask(q)))).forEach((r) => {
    count(r);
    badInputs++;
    if (replies(r) === 1 && textOf(r).trim().length > 10) badAnswered++;
  });
}

// --- memory: 1,000 then up to TOTAL interactions --------------------------
async function runMany(from: number, to: number): Promise<void> {
  const CONCURRENCY = 25;
  for (let i = from; i < to; i += CONCURRENCY) {
    const batch = questions.slice(i, Math.min(to, i + CONCURRENCY));
    (await Promise.all(batch.map((q) => ask(q, { settleMs: 20 })))).forEach(count);
    standin.clearRecords(); // the stand-in's memory is not the bot's
  }
}
const heapMB = async () => {
  await sleep(200);
  gc();
  await sleep(50);
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
await runMany(0, 1000);
const heapAt1k = await heapMB();
await runMany(1000, TOTAL);
const heapAtN = await heapMB();

// --- shutdown ----------------------------------------------------------------
const tStop = performance.now();
await bot.stop();
const stopMs = performance.now() - tStop;
await standin.stop();
await rm(corpus, { recursive: true, force: true });

const growth = (heapAtN - heapAt1k) / heapAt1k;
const rows: [string, string][] = [
  ['interactions answered', `${tally.answered.toLocaleString('en-US')} of ${tally.handled.toLocaleString('en-US')}`],
  ['lost', String(tally.lost)],
  ['answered twice', String(tally.twice)],
  ['replies able to ping', String(tally.pings)],
  ['expired on purpose (10062), not retried', String(expired)],
  [
    'burst of 200 /ask at once',
    `${within3s}/200 first reply ≤ 3 s (slowest ${Math.round(firstReplies.at(-1) ?? 0)} ms), all settled in ${burstSeconds.toFixed(1)} s`,
  ],
  [
    'Discord faults survived',
    `${faults.filter((f) => f.ok).length}/${faults.length}: ${faults.map((f) => `${f.name}${f.ok ? '' : ' FAILED'}`).join(', ')}`,
  ],
  ['corpus faults skipped, bot up', `${corpusSkipped}/${broken.length}: ${broken.join(', ')}`],
  ['bad inputs tried', `${badInputs} (${HOSTILE.length} hostile + ${random.length} random), ${badAnswered} answered`],
  [
    `heap after 1,000 → ${TOTAL.toLocaleString('en-US')} interactions`,
    `${heapAt1k.toFixed(1)} MB → ${heapAtN.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%)`,
  ],
  ['shutdown: finish in flight, disconnect', `${Math.round(stopMs)} ms`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\n${'scenario'.padEnd(width)} | result\n${'-'.repeat(width)}-|-------`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)} | ${v}`);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; timings are noisy on a shared machine`,
);
const failed =
  tally.lost > 0 ||
  tally.twice > 0 ||
  tally.pings > 0 ||
  within3s < 200 ||
  faults.some((f) => !f.ok) ||
  corpusSkipped < broken.length ||
  badAnswered < badInputs ||
  growth > 0.1;
if (failed) console.log('soak: FAILED (see the table)');
process.exit(failed ? 1 : 0);
