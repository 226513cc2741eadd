// npm run eval-cli -- <command>: the benchmark entry points, each running the
// bot's own code (index settings, sentence ranker, date tagger) over a
// benchmark's files. Kept out of src/: nothing here ships with the bot.
import { createInterface } from 'node:readline';
import { parse, runCommandLine, UsageError } from '../src/cli/command-line.js';
import { beirRun, formatTrecRun, readJsonl, type BeirDoc, type BeirQuery } from './beir.js';
import { runDatesJsonl } from './dates-jsonl.js';
import { CandidateRanker, type RankRequest } from './rank-candidates.js';

const USAGE = `usage: npm run eval-cli -- <command>
  search-run --corpus C.jsonl --queries Q.jsonl [--depth 100]
                                         BEIR corpus → TREC run on stdout, with the bot's index settings
  rank --jsonl                           stdin {qid, question, candidates:[{id,text}]} lines →
                                         stdout {qid, ranking:[id…]} lines, with the bot's ranker
  dates --jsonl                          stdin {id, dct, text} lines → stdout {id, mentions:[{start,end,
                                         text,value}]} lines; bad lines are reported on stderr, skipped`;

async function readStdinLines(): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin })) if (line.trim()) lines.push(line);
  return lines;
}

async function main(command: string, args: string[]): Promise<number> {
  switch (command) {
    case 'search-run': {
      const { values } = parse({
        args,
        options: { corpus: { type: 'string' }, queries: { type: 'string' }, depth: { type: 'string', default: '100' } },
      });
      if (!values.corpus || !values.queries)
        throw new UsageError('search-run needs --corpus FILE.jsonl and --queries FILE.jsonl');
      const depth = Number(values.depth);
      if (!Number.isInteger(depth) || depth < 1) throw new UsageError('--depth takes a whole number, 1 or more');
      const rows = beirRun(readJsonl<BeirDoc>(values.corpus), readJsonl<BeirQuery>(values.queries), depth);
      process.stdout.write(formatTrecRun(rows));
      return 0;
    }
    case 'rank': {
      const { values } = parse({ args, options: { jsonl: { type: 'boolean' } } });
      if (!values.jsonl) throw new UsageError('rank reads JSON lines: use rank --jsonl');
      const requests = (await readStdinLines()).map((l, i) => {
        try {
          return JSON.parse(l) as RankRequest;
        } catch {
          throw new UsageError(`line ${i + 1} of the input is not JSON`);
        }
      });
      // Word vectors for the input's words: one scan of the embeddings file per run (seconds), not per question.
      const ranker = await CandidateRanker.withVectors(requests);
      for (const r of ranker.rankAll()) process.stdout.write(`${JSON.stringify(r)}\n`);
      return 0;
    }
    case 'dates': {
      const { values } = parse({ args, options: { jsonl: { type: 'boolean' } } });
      if (!values.jsonl)
        throw new UsageError('dates reads JSON lines here: use dates --jsonl (or npm run cli -- dates)');
      return runDatesJsonl({
        input: process.stdin,
        out: (s) => process.stdout.write(s),
        err: (s) => process.stderr.write(s),
      });
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

runCommandLine(USAGE, main);
