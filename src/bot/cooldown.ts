// Per-member post cooldown: at most N posts in a sliding window, so a
// scripted loop cannot make the bot spam a channel. Memory is bounded: only
// members who posted within the window are kept, and at most `maxMembers`.
import type { PostCooldown } from '../runtime/config.js';

export type CooldownVerdict = { ok: true } | { ok: false; retryAfterMs: number };

export class Cooldown {
  private readonly recent = new Map<string, number[]>();

  constructor(
    readonly limit: PostCooldown | null,
    private readonly maxMembers = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Record a post by `memberId` if the window has room; otherwise say when it will. */
  take(memberId: string): CooldownVerdict {
    if (!this.limit) return { ok: true };
    const { posts, windowMs } = this.limit;
    const t = this.now();
    const times = (this.recent.get(memberId) ?? []).filter((x) => t - x < windowMs);
    if (times.length >= posts) {
      this.recent.set(memberId, times);
      return { ok: false, retryAfterMs: windowMs - (t - (times[0] ?? t)) };
    }
    times.push(t);
    // Re-insert so the map's order is least recently active first.
    this.recent.delete(memberId);
    this.recent.set(memberId, times);
    if (this.recent.size > this.maxMembers) this.prune(t);
    return { ok: true };
  }

  /** Return the slot `take` used last, when the post did not happen (Discord refused it). */
  giveBack(memberId: string): void {
    this.recent.get(memberId)?.pop();
  }

  /** Members currently tracked (for tests and logs). */
  get size(): number {
    return this.recent.size;
  }

  private prune(t: number): void {
    const windowMs = this.limit?.windowMs ?? 0;
    // Least recently active first: drop members whose window has passed, and
    // while still over the cap, the least recently active ones too.
    for (const [id, times] of this.recent) {
      if (t - (times.at(-1) ?? 0) < windowMs && this.recent.size <= this.maxMembers) break;
      this.recent.delete(id);
    }
  }
}
