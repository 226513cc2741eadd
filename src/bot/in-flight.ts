// The interactions being answered right now, so a shutdown can stop taking
// new ones and still finish these.
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();
  private closed = false;

  /** False once close() was called: new interactions are turned away. */
  get accepting(): boolean {
    return !this.closed;
  }

  get size(): number {
    return this.running.size;
  }

  /** Track a running handler until it settles (it never rejects: the dispatcher catches). */
  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
  }

  close(): void {
    this.closed = true;
  }

  /** Resolves with how many were still running when `timeoutMs` ran out (0: all finished). */
  async drain(timeoutMs: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    while (this.running.size > 0) {
      const outcome = await Promise.race([Promise.all([...this.running]), timeout]);
      if (outcome === 'timeout') break;
    }
    clearTimeout(timer);
    return this.running.size;
  }
}
