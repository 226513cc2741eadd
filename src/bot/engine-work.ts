// The engine's synchronous work for /ask, one question per event-loop turn.
// A question costs tens of milliseconds of search on a big archive; run
// inline, a burst of 200 would hold every later interaction (and its 3 s
// acknowledgement) behind the earlier ones. Queued, each interaction can be
// acknowledged the moment it arrives and answered in turn. The queue also
// holds questions that arrive while the first engine is still loading.
//
// Acknowledgements before answers: a burst reaches the bot over several
// event-loop turns (the gateway socket is read in chunks), and a job run
// between two chunks holds every interaction of the later chunks for its tens
// of milliseconds, while their 3 s clock runs and the answers can wait. So a
// job runs once no interaction has arrived for QUIET_MS and every
// acknowledgement has been sent (a burst's acknowledgements each wait for a
// connection of their own); under a flood that never pauses it runs anyway
// after MAX_YIELD_MS.

/** How long no interaction may have arrived before the next job runs. */
export const QUIET_MS = 5;
/** The longest the queue waits for a quiet spell before it runs its next job anyway. */
export const MAX_YIELD_MS = 250;

export class EngineWork {
  private waiting = 0;
  /** Jobs queued and not yet run, per owner (a member). */
  private readonly perOwner = new Map<string, number>();
  private tail: Promise<unknown>;
  private isReady = false;
  /** When the last interaction arrived (performance.now()). */
  private lastArrival = -Infinity;
  /** Interactions whose acknowledgement is on its way out of the process. */
  private readonly unsent = new Set<string>();

  /**
   * @param ready settles when the first engine is in place; none: it already is
   * @param now the clock for quiet spells (tests pass their own)
   */
  constructor(
    ready?: Promise<unknown>,
    private readonly now: () => number = () => performance.now(),
  ) {
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

  /** An interaction arrived (any kind): its first response goes out before the next queued job runs. */
  arrived(): void {
    this.lastArrival = this.now();
  }

  /**
   * An acknowledgement was queued for `interactionId`: jobs wait until sent() says it went out, or `ack`
   * settles (whichever comes first: sent() needs the HTTP client's report, see responses-sent.ts).
   */
  acknowledging(interactionId: string, ack: Promise<unknown>): void {
    this.unsent.add(interactionId);
    const done = () => this.sent(interactionId);
    ack.then(done, done);
  }

  /** The acknowledgement of `interactionId` has been written. */
  sent(interactionId: string): void {
    this.unsent.delete(interactionId);
  }

  /** How many of `owner`'s jobs are queued and not yet run. */
  queuedFor(owner: string): number {
    return this.perOwner.get(owner) ?? 0;
  }

  /**
   * Run `job` after the jobs queued before it, in an event-loop turn of its own (never before the engine is
   * ready). A `background` job (the warm-up) does not make the queue busy: a question that arrives meanwhile is
   * still answered in one reply, after at most that job.
   */
  run<T>(job: () => T, owner?: string, { background = false }: { background?: boolean } = {}): Promise<T> {
    if (!background) this.waiting++;
    if (owner !== undefined) this.perOwner.set(owner, this.queuedFor(owner) + 1);
    const started = () => {
      if (!background) this.waiting--;
      if (owner === undefined) return;
      const left = this.queuedFor(owner) - 1;
      if (left > 0) this.perOwner.set(owner, left);
      else this.perOwner.delete(owner);
    };
    const result = this.tail.then(
      () =>
        new Promise<T>((resolve, reject) => {
          const due = this.now();
          const turn = () => {
            const now = this.now();
            const quiet = now - this.lastArrival;
            // Interactions are arriving (more may be on the way), or acknowledgements are still to go out: they go first.
            if ((quiet < QUIET_MS || this.unsent.size > 0) && now - due < MAX_YIELD_MS) {
              setTimeout(turn, Math.max(1, QUIET_MS - quiet));
              return;
            }
            started();
            try {
              resolve(job());
            } catch (err) {
              reject(err instanceof Error ? err : new Error(String(err)));
            }
          };
          setImmediate(turn);
        }),
      (err: unknown) => {
        started();
        throw err;
      },
    );
    this.tail = result.catch(() => undefined);
    return result;
  }
}
