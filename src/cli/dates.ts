// `npm run cli -- dates`: the date tagger from the terminal. Plain text in →
// one readable line per mention. (The benchmark side, JSON lines in and out,
// is `npm run eval-cli -- dates --jsonl`.)
import { parseArgs } from 'node:util';
import { CorpusFileError, parseDateLine } from '../corpus/document.js';
import { estimateDct } from '../corpus/passage-dates.js';
import { parseIsoDay } from '../dates/calendar.js';
import { tagDates, type DateMention } from '../dates/tag-dates.js';

export const DATES_USAGE = `  dates [--dct YYYY-MM-DD]               stdin article → its date mentions, one per line (the DCT is
                                         the article's " date YYYY-MM-DD" line unless --dct is given)`;

/** Characters of context shown on each side of a mention. */
const CONTEXT = 26;

export interface DatesIo {
  input: NodeJS.ReadableStream;
  out: (s: string) => void;
  err: (s: string) => void;
}

const processIo: DatesIo = {
  input: process.stdin,
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

/** Runs the subcommand; returns the exit code (2: bad arguments, 1: the input was unusable). */
export async function runDates(args: string[], io: DatesIo = processIo): Promise<number> {
  let dct: string | undefined;
  try {
    ({
      values: { dct },
    } = parseArgs({ args, options: { dct: { type: 'string' } }, strict: true }));
  } catch (err) {
    return usage(io, `dates: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (dct !== undefined && !parseIsoDay(dct))
    return usage(io, `dates: --dct needs a real calendar day YYYY-MM-DD, got "${dct}"`);
  return runText(io, dct ?? null);
}

function usage(io: DatesIo, message: string): number {
  io.err(`${message}\n\nusage: npm run cli -- dates …\n${DATES_USAGE}\n`);
  return 2;
}

async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  input.setEncoding('utf8');
  for await (const chunk of input) text += String(chunk);
  return text;
}

async function runText(io: DatesIo, dctFlag: string | null): Promise<number> {
  const raw = await readAll(io.input);
  let line: { date: string | null; bodyStart: number };
  try {
    line = parseDateLine(raw);
  } catch (e) {
    if (!(e instanceof CorpusFileError)) throw e;
    io.err(`dates: ${e.message} (or pass --dct YYYY-MM-DD)\n`);
    return 1;
  }
  const dct = dctFlag ?? line.date;
  const body = raw.slice(line.bodyStart);
  let mentions = tagDates(body, { dct });
  const source = dctFlag ? '--dct' : line.date ? 'date line' : null;
  // No date: relative mentions are resolved against an estimate, as ingest does, and marked estimated.
  const estimate = dct ? null : estimateDct(mentions);
  if (estimate) mentions = tagDates(body, { dct: estimate, estimated: true });
  const none = estimate
    ? `none — relative dates resolved against an estimate, ${estimate} (the latest day the text writes out), and marked estimated`
    : 'none — relative dates stay unresolved';
  io.out(
    `publication date (DCT): ${dct && source ? `${dct} (${source})` : none}\n` +
      `${mentions.length} date mention${mentions.length === 1 ? '' : 's'}; offsets are into the input\n`,
  );
  for (const m of mentions) io.out(`${formatMention(body, m, line.bodyStart)}\n`);
  return 0;
}

/** `    163-178  2019-12-27TNI    day        relative …base near Kirkuk [on Friday night]. It is the most…` */
export function formatMention(body: string, m: DateMention, offset = 0): string {
  const flags = [m.relative ? 'relative' : '', m.estimated ? 'estimated' : ''].filter(Boolean).join(',');
  const span = `${m.start + offset}-${m.end + offset}`;
  return `${span.padStart(11)}  ${m.value.padEnd(16)} ${m.granularity.padEnd(10)} ${(flags || '-').padEnd(8)} ${context(body, m)}`;
}

function context(body: string, m: DateMention): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const left = flat(body.slice(Math.max(0, m.start - CONTEXT * 2), m.start)).slice(-CONTEXT);
  const right = flat(body.slice(m.end, m.end + CONTEXT * 2)).slice(0, CONTEXT);
  const more = (cut: boolean) => (cut ? '…' : '');
  return `${more(m.start > CONTEXT)}${left}[${flat(m.text)}]${right}${more(body.length - m.end > CONTEXT)}`;
}
