// npm run cli -- <command>: the engine from the terminal. (The benchmark entry
// points are eval/cli.ts.)
import path from 'node:path';
import { ConfigError, readConfig } from '../runtime/config.js';
import { loadEngine as loadConfiguredEngine } from '../engine/from-config.js';
import { corpusKey } from '../engine/cache/engine-cache.js';
import type { Engine } from '../engine/engine.js';
import { loadOrBuild } from '../engine/load-or-build.js';
import { createLogger } from '../runtime/log.js';
import { parse, runCommandLine, UsageError } from './command-line.js';
import { runConsole } from './console.js';
import { DATES_USAGE, runDates } from './dates.js';
import { progressReporter } from './progress.js';
import { renderAskText } from './render-text.js';
import { renderTimelineText } from './render-timeline-text.js';

const USAGE = `usage: npm run cli -- <command>
  index [--force]                        build the saved index (CACHE_DIR) for CORPUS_DIR ahead of the first start
  ask "question"                         answer one question from the corpus (CORPUS_DIR)
  console                                an ask> prompt (piped input: one question per line)
  timeline [date [to date]]              what happened on a day (YYYY-MM-DD, "17 May 2024", "Friday 17 May"),
                                         in a range (YYYY-MM-DD..YYYY-MM-DD), or, without a date, an overview
${DATES_USAGE}`;

async function loadEngine(): Promise<Engine> {
  const config = readConfig();
  const log = createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn');
  try {
    return await loadConfiguredEngine(config, log);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}

/** `index`: build and save the index now, with progress, so the bot's first start is quick. */
async function buildIndex(force: boolean): Promise<number> {
  const config = readConfig();
  if (config.cacheDir === null) throw new UsageError('CACHE_DIR is off: there is nowhere to save the index');
  const dir = path.resolve(config.corpusDir);
  const cacheDir = path.resolve(config.cacheDir);
  const log = createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn');
  if (force) {
    const { rmSync, readdirSync, existsSync } = await import('node:fs');
    if (existsSync(cacheDir))
      for (const f of readdirSync(cacheDir))
        if ((f.startsWith('index-') && f.endsWith('.ndx')) || f === 'corpus-hashes.json')
          rmSync(path.join(cacheDir, f), { force: true });
  }
  const progress = progressReporter(process.stderr);
  let outcome = '';
  const t0 = performance.now();
  const engine = await loadOrBuild(dir, cacheDir, {
    onProgress: (p) => progress.update(p),
    onWarning: (w) => log.warn({ file: w.file, reason: w.reason }, `skipped corpus file ${w.file}: ${w.reason}`),
    onCache: (e) => {
      if (e.kind === 'hit') outcome = `the saved index is up to date (${e.file})`;
      if (e.kind === 'saved') outcome = `saved ${(e.bytes / 2 ** 20).toFixed(1)} MB to ${e.file}`;
      if (e.kind === 'save-failed') outcome = `could not save the index: ${e.reason}`;
      if (e.kind === 'miss' && e.reason.startsWith('saved index')) console.error(e.reason);
    },
  });
  if (engine.origin === 'built') progress.end();
  const { documents, passages } = engine.corpus;
  console.log(
    `${documents.length.toLocaleString('en-US')} articles, ${passages.length.toLocaleString('en-US')} passages in ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s: ${outcome} [key ${(await corpusKey(dir, cacheDir)).slice(0, 12)}]`,
  );
  if (documents.length === 0) throw new UsageError(`no usable articles in ${config.corpusDir} (CORPUS_DIR)`);
  return outcome.startsWith('could not') ? 1 : 0;
}

async function main(command: string, rest: string[]): Promise<number> {
  switch (command) {
    case 'index': {
      const { values } = parse({ args: rest, options: { force: { type: 'boolean', default: false } } });
      return buildIndex(values.force);
    }
    case 'ask': {
      const question = parse({ args: rest, options: {}, allowPositionals: true }).positionals.join(' ');
      const engine = await loadEngine();
      const result = engine.ask(question);
      console.log(renderAskText(result));
      return result.kind === 'answer' ? 0 : result.kind === 'invalid' ? 2 : 1;
    }
    case 'console':
      parse({ args: rest, options: {} });
      await runConsole(await loadEngine());
      return 0;
    case 'dates':
      return runDates(rest);
    case 'timeline': {
      // "a to b" and "a..b" are ranges: the date query reads them as /timeline does.
      const { positionals } = parse({ args: rest, options: {}, allowPositionals: true });
      const { text, ok } = renderTimelineText(await loadEngine(), positionals.join(' ').trim() || null, null);
      console.log(text);
      return ok ? 0 : 2;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

runCommandLine(USAGE, main);
