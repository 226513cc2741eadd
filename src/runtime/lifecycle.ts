// Orderly exit on SIGTERM / SIGINT: stop taking work, finish what is running,
// close connections, flush the logs, exit 0 — all inside 5 s, which is what
// process managers (systemd, Docker, Kubernetes) wait before a SIGKILL.
import type { Logger } from './log.js';

/** Total time we allow ourselves; the work itself gets less (see `stop`). */
export const SHUTDOWN_DEADLINE_MS = 4500;

export interface ShutdownOptions {
  log: Logger;
  /** Stop taking new work, finish the work in flight, close everything. */
  stop: (signal: string) => Promise<void>;
  exit?: (code: number) => void;
  deadlineMs?: number;
  /** Which signals to handle; default SIGTERM and SIGINT. */
  signals?: NodeJS.Signals[];
}

export function exitOnSignals({
  log,
  stop,
  exit = (code) => process.exit(code),
  deadlineMs = SHUTDOWN_DEADLINE_MS,
  signals = ['SIGTERM', 'SIGINT'],
}: ShutdownOptions): (signal: NodeJS.Signals) => void {
  let stopping = false;
  const finish = (code: number) => {
    log.flush();
    exit(code);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal during shutdown: exiting now');
      finish(1);
      return;
    }
    stopping = true;
    log.info({ signal }, 'shutting down: finishing interactions in flight');
    const t0 = performance.now();
    // A hung close must not turn into a SIGKILL: leave on our own terms.
    const hard = setTimeout(() => {
      log.error({ signal, ms: deadlineMs }, 'shutdown did not finish in time; exiting anyway');
      finish(1);
    }, deadlineMs);
    hard.unref();
    stop(signal).then(
      () => {
        clearTimeout(hard);
        log.info({ signal, ms: Math.round(performance.now() - t0) }, 'stopped');
        finish(0);
      },
      (err: unknown) => {
        clearTimeout(hard);
        log.error({ signal, err }, 'shutdown failed');
        finish(1);
      },
    );
  };
  // on, not once: a second signal must reach us too, not kill the process mid-flush.
  for (const signal of signals) process.on(signal, onSignal);
  return onSignal;
}
