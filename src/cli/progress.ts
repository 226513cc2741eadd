// Indexing progress for the terminal: a bar redrawn in place on a TTY, plain
// lines now and then otherwise (logs, CI), so neither floods its output.

export interface Progress {
  files: number;
  total: number;
  passages: number;
}

export interface ProgressOutput {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const BAR = 24;

export function formatProgress(p: Progress, elapsedMs: number, bar: boolean): string {
  const s = elapsedMs / 1000;
  const rate = s > 0 ? Math.round(p.files / s) : 0;
  const n = (x: number) => x.toLocaleString('en-US');
  const counts = `${n(p.files)}/${n(p.total)} files · ${n(p.passages)} passages · ${s.toFixed(1)} s · ${n(rate)} files/s`;
  if (!bar) return `indexing: ${counts}`;
  const done = p.total ? Math.round((BAR * p.files) / p.total) : BAR;
  return `[${'#'.repeat(done)}${'-'.repeat(BAR - done)}] ${counts}`;
}

/** A progress callback for `out`, and `end()` to finish the line. */
export function progressReporter(out: ProgressOutput, now: () => number = () => performance.now()) {
  const start = now();
  let lastDraw = -Infinity;
  let last: Progress | undefined;
  const tty = out.isTTY === true;
  // A TTY redraws ten times a second; a log gets a line every five seconds.
  const every = tty ? 100 : 5000;
  const draw = (p: Progress) => {
    const line = formatProgress(p, now() - start, tty);
    if (tty) out.write(`\r${line.slice(0, Math.max(20, (out.columns ?? 100) - 1))}\x1b[K`);
    else out.write(`${line}\n`);
  };
  return {
    update(p: Progress): void {
      last = p;
      if (now() - lastDraw < every) return;
      lastDraw = now();
      draw(p);
    },
    end(): void {
      if (last) draw(last);
      if (tty) out.write('\n');
    },
  };
}
