// `npm run eval-cli -- dates --jsonl`: the date tagger for benchmarks,
// {id, dct, text} lines in → {id, mentions} lines out.
import { createInterface } from 'node:readline';
import { parseIsoDay } from '../src/dates/calendar.js';
import { tagDates } from '../src/dates/tag-dates.js';

export interface JsonlIo {
  input: NodeJS.ReadableStream;
  out: (s: string) => void;
  err: (s: string) => void;
}

interface JsonlRequest {
  id: string | number;
  dct: string | null;
  text: string;
}

/** One input line → a request, or the reason it cannot be used. */
export function parseDatesRequest(line: string): JsonlRequest | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'expected an object {id, dct, text}';
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return '"id" must be a string or a number';
  if (typeof o.text !== 'string') return '"text" must be a string';
  const dct = o.dct ?? null;
  if (dct !== null && (typeof dct !== 'string' || !parseIsoDay(dct)))
    return `"dct" must be a real calendar day YYYY-MM-DD or null, got ${JSON.stringify(dct)}`;
  return { id: o.id, dct, text: o.text };
}

/** Tags each line; returns the exit code (1: some lines were unusable, and reported). */
export async function runDatesJsonl(io: JsonlIo): Promise<number> {
  let lineNo = 0;
  let bad = 0;
  for await (const line of createInterface({ input: io.input, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    const req = parseDatesRequest(line);
    if (typeof req === 'string') {
      bad++;
      io.err(`dates: line ${lineNo} skipped: ${req}\n`);
      continue;
    }
    const mentions = tagDates(req.text, { dct: req.dct }).map(({ start, end, text, value }) => ({
      start,
      end,
      text,
      value,
    }));
    io.out(`${JSON.stringify({ id: req.id, mentions })}\n`);
  }
  if (bad) io.err(`dates: ${bad} of ${lineNo} lines skipped\n`);
  return bad ? 1 : 0;
}
