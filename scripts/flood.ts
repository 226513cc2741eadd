// npm run flood: issue 15's flood through the local Discord stand-in, with the
// real client and dispatcher in this process, on CORPUS_DIR (the archive for
// the figures in the README). One member sends five /timeline for a long range
// at once, then presses ▶ five times; another member's /ask comes 50 ms after
// the five. Prints each first reply and the event loop's longest stall
// (perf_hooks monitorEventLoopDelay) while it ran.
//   CORPUS_DIR=/work/reuters-corpus npm run flood -- [--range 1987-01-01..1987-12-31]
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { botState } from '../src/bot/command.js';
import { startBot } from '../src/bot/client.js';
import { readConfig } from '../src/runtime/config.js';
import { loadEngine } from '../src/engine/from-config.js';
import { createLogger } from '../src/runtime/log.js';
import {
  DiscordStandin,
  finalMessages,
  messageText,
  type InteractionRecord,
  type MessagePayload,
} from '../tests/support/discord-standin.js';

const at = process.argv.indexOf('--range');
const [from = '', to = ''] = (at > 0 ? (process.argv[at + 1] ?? '') : '1987-01-01..1987-12-31').split('..');
const STRING = 3;
const FLOODER = '1400000000000000004';
const OTHER = '1400000000000000099';
const PRESSER = '1400000000000000098';

const config = readConfig();
const log = createLogger('warn');
const engine = await loadEngine(config, log);
const standin = await new DiscordStandin().start();
const ready = standin.waitFor('ready', 60_000);
const bot = await startBot(
  { token: 'flood.token.for-the-stand-in', apiUrl: standin.apiURL },
  { engine, log, ...botState(readConfig({}, false)) },
);
await ready;
await new Promise((r) => setTimeout(r, 300));

const firstMs = (r: InteractionRecord) => (r.firstAt === undefined ? Infinity : Math.round(r.firstAt - r.sentAt));
const lastMs = (r: InteractionRecord) => (r.lastAt === undefined ? Infinity : Math.round(r.lastAt - r.sentAt));
const timeline = () =>
  standin.interact({
    name: 'timeline',
    options: [
      { name: 'date', type: STRING, value: from },
      { name: 'to', type: STRING, value: to },
    ],
    userId: FLOODER,
    timeoutMs: 60_000,
    settleMs: 300,
  });

const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
const flood = Array.from({ length: 5 }, timeline);
await new Promise((r) => setTimeout(r, 50));
const ask = await standin.interact({
  name: 'ask',
  options: [{ name: 'question', type: STRING, value: 'What did the central bank do?' }],
  userId: OTHER,
  timeoutMs: 30_000,
});
const timelines = await Promise.all(flood);
// The flooder's own ▶ press: past RATE_LIMIT after a year's paging, they are asked to slow down.
let page: MessagePayload | undefined = finalMessages(timelines[0] as InteractionRecord)[0];
const nextId = (m: MessagePayload | undefined) =>
  (m?.components?.[0] as { components?: { custom_id?: string }[] } | undefined)?.components?.[1]?.custom_id;
const own = await standin.interact({
  type: 3,
  customId: nextId(page) ?? '',
  userId: FLOODER,
  message: { embeds: page?.embeds ?? [], components: page?.components ?? [] },
});
const flooderTold = messageText(finalMessages(own)[0]);
// Then ▶ five times from another member (a public timeline's buttons are anyone's): pages kept, no rebuild.
const presses: InteractionRecord[] = [];
for (let i = 0; i < 5; i++) {
  const next = nextId(page);
  if (!next) break;
  const r = await standin.interact({
    type: 3,
    customId: next,
    userId: PRESSER,
    message: { embeds: page?.embeds ?? [], components: page?.components ?? [] },
    timeoutMs: 30_000,
  });
  presses.push(r);
  page = finalMessages(r)[0];
}
delay.disable();

const answered = (r: InteractionRecord) => finalMessages(r).some((m) => messageText(m).trim());
console.log(
  JSON.stringify(
    {
      range: `${from}..${to}`,
      articles: engine.corpus.documents.length,
      timelineFirstReplyMs: timelines.map(firstMs),
      timelineSettledMs: timelines.map(lastMs),
      timelinesAnswered: timelines.filter(answered).length,
      footer: finalMessages(timelines[0] as InteractionRecord)[0]?.embeds?.[0]?.footer?.text,
      askFirstReplyMs: firstMs(ask),
      flooderPressTold: flooderTold.slice(0, 120),
      pressFirstReplyMs: presses.map(firstMs),
      pressFooters: presses.map((r) => finalMessages(r)[0]?.embeds?.[0]?.footer?.text?.replace(/.* · page/, 'page')),
      eventLoopMaxStallMs: Math.round(delay.max / 1e6),
      eventLoopP99Ms: Math.round(delay.percentile(99) / 1e6),
    },
    null,
    1,
  ),
);
await bot.stop();
await standin.stop();
process.exit(0);
