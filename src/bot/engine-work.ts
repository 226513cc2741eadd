// The engine's synchronous work for /ask, one question per event-loop turn.
// A question costs tens of milliseconds of search on a big archive; run
// inline, a burst of 200 would hold every later interaction (and its 3 s
// acknowledgement) behind the earlier ones. Queued, each interaction can be
// acknowledged the moment it arrives and answered in turn. The queue also
// holds questions that arrive while the first engine is still loading.

export class EngineWork {
  private waiting = 0;
  /** Jobs queued and not yet run, per owner (a member). */
  private readonly perOwner = new Map<string, number>();
  private tail: Promise<unknown>;
  private isReady = false;

  /** @param ready settles when the first engine is in place; none: it already is */
  constructor(ready?: Promise<unknown>) {
    this.isReady = !ready;
    this.tail = (ready ?? Promise.resolve()).then(() => {
      this.isReady = true;
    });
    // A failed first load ends the process elsewhere; the jobs queued behind it just fail.
    this.tail.catch(() => undefined);
  }

  /** Is the first engine in place? */
  get ready(): boolean {
    return this.isReady;
  }

  /** Would a new job wait (engine still loading, or others queued)? Then acknowledge first. */
  get busy(): boolean {
    return !this.isReady || this.waiting > 0;
  }

  /** How many of `owner`'s jobs are queued and not yet run. */
  queuedFor(owner: string): number {
    return this.perOwner.get(owner) ?? 0;
  }

  /** Run `job` after the jobs queued before it, in an event-loop turn of its own (never before the engine is ready). */
  run<T>(job: () => T, owner?: string): Promise<T> {
    this.waiting++;
    if (owner !== undefined) this.perOwner.set(owner, this.queuedFor(owner) + 1);
    const started = () => {
      this.waiting--;
      if (owner === undefined) return;
      const left = this.queuedFor(owner) - 1;
      if (left > 0) this.perOwner.set(owner, left);
      else this.perOwner.delete(owner);
    };
    const result = this.tail.then(
      () =>
        new Promise<T>((resolve, reject) =>
          setImmediate(() => {
            started();
            try {
              resolve(job());
            } catch (err) {
              reject(err instanceof Error ? err : new Error(String(err)));
            }
          }),
        ),
      (err: unknown) => {
        started();
        throw err;
      },
    );
    this.tail = result.catch(() => undefined);
    return result;
  }
}
