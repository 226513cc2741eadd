// Per-member limits on how much of the bot one member can use (issue 15), as
// leaky buckets: each member carries a debt that drains at a steady rate;
// while it is at or over the bucket's size, they are asked to slow down and
// told when the debt will have drained enough.
//
// The work limit (RATE_LIMIT) counts milliseconds of the event loop that a
// member's /ask, /timeline and ◀ ▶ presses used, so a member may ask many
// cheap questions but not hold the bot for everyone with long ranges. Each
// interaction costs at least `minCost`, so a flood of cheap ones is bounded
// too. The autocomplete throttle is the same bucket counting keystrokes.
import type { RateLimit } from '../runtime/config.js';

export type LimitVerdict = { ok: true } | { ok: false; retryAfterMs: number };

interface Debt {
  amount: number;
  at: number;
}

export class MemberBuckets {
  private readonly debts = new Map<string, Debt>();

  constructor(
    /** Bucket size and the time it takes to drain; null: no limit. */
    readonly limit: RateLimit | null,
    /** What one interaction costs at least, charged when it is let in. */
    readonly minCost: number,
    private readonly maxMembers = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Let the member in (and charge `minCost`) while their debt is under the bucket's size; otherwise say when. */
  take(memberId: string): LimitVerdict {
    if (!this.limit) return { ok: true };
    const t = this.now();
    const debt = this.current(memberId, t);
    const { amount: size, windowMs } = this.limit;
    if (debt >= size) {
      // Drained below the size again after this long (at least a second, so the note is worth reading).
      const retryAfterMs = Math.max(1000, Math.ceil(((debt - size) * windowMs) / size) + 1);
      return { ok: false, retryAfterMs };
    }
    this.set(memberId, debt + this.minCost, t);
    return { ok: true };
  }

  /** Add what the member's interaction cost beyond `minCost` (work measured after the fact). */
  charge(memberId: string, cost: number): void {
    if (!this.limit || !(cost > this.minCost)) return;
    const t = this.now();
    this.set(memberId, this.current(memberId, t) + cost - this.minCost, t);
  }

  /** Members currently carrying a debt (for tests and logs). */
  get size(): number {
    return this.debts.size;
  }

  private current(memberId: string, t: number): number {
    const d = this.debts.get(memberId);
    if (!d || !this.limit) return 0;
    const drained = ((t - d.at) * this.limit.amount) / this.limit.windowMs;
    return Math.max(0, d.amount - drained);
  }

  private set(memberId: string, amount: number, t: number): void {
    // Re-insert, so the map's order is least recently active first.
    this.debts.delete(memberId);
    this.debts.set(memberId, { amount, at: t });
    if (this.debts.size > this.maxMembers) this.prune(t);
  }

  private prune(t: number): void {
    for (const [id] of this.debts) {
      if (this.current(id, t) > 0 && this.debts.size <= this.maxMembers) break;
      this.debts.delete(id);
    }
  }
}

/** Keystrokes of autocomplete a member may send at once, and per second after that. */
export const AUTOCOMPLETE_THROTTLE: RateLimit = { amount: 10, windowMs: 2000 };

/** The limits a bot runs with. */
export interface Limits {
  /** RATE_LIMIT: event-loop milliseconds per member for /ask, /timeline and their buttons. */
  work: MemberBuckets;
  autocomplete: MemberBuckets;
}

/** Each /ask, /timeline or button press costs at least this many milliseconds of the work limit. */
export const MIN_WORK_MS = 10;

export function createLimits(work: RateLimit | null, now: () => number = Date.now): Limits {
  return {
    work: new MemberBuckets(work, MIN_WORK_MS, 10_000, now),
    autocomplete: new MemberBuckets(AUTOCOMPLETE_THROTTLE, 1, 10_000, now),
  };
}
