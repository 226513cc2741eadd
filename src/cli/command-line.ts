// What every command-line entry point shares: flags read with node:util
// parseArgs, usage errors shown with the usage text, and the exit code set
// (not process.exit, so output is flushed).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorCode } from '../util/errors.js';

/** A mistake in the command line: shown with the usage text. */
export class UsageError extends Error {}

/** parseArgs, with its complaints (unknown option, missing value) as usage errors. */
export function parse<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    if (err instanceof TypeError && errorCode(err)?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(err.message);
    throw err;
  }
}

/**
 * Runs `main` on the process's arguments: `help` (or none) prints the usage,
 * a usage error prints itself and the usage, any other error one line; exit code 1 on error.
 */
export function runCommandLine(usage: string, main: (command: string, args: string[]) => Promise<number>): void {
  const [command, ...args] = process.argv.slice(2);
  const run = async (): Promise<number> => {
    if (command === undefined || command === 'help' || command === '--help') {
      console.log(usage);
      return command ? 0 : 2;
    }
    return main(command, args);
  };
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof UsageError) console.error(`${err.message}\n\n${usage}`);
      else console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
