// The per-member post cooldown: a sliding window, with bounded memory.
import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/bot/cooldown.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('Cooldown', () => {
  it('allows N posts in the window, then says how long to wait', () => {
    const c = clock();
    const cd = new Cooldown({ posts: 3, windowMs: 30_000 }, 100, c.now);
    expect(cd.take('a').ok).toBe(true);
    c.advance(5_000);
    expect(cd.take('a').ok).toBe(true);
    expect(cd.take('a').ok).toBe(true);
    const refused = cd.take('a');
    expect(refused).toEqual({ ok: false, retryAfterMs: 25_000 });
    // Another member is not affected.
    expect(cd.take('b').ok).toBe(true);
  });

  it('gives a slot back when the post did not happen (Discord refused it)', () => {
    const c = clock();
    const cd = new Cooldown({ posts: 2, windowMs: 30_000 }, 100, c.now);
    expect(cd.take('a').ok).toBe(true);
    expect(cd.take('a').ok).toBe(true);
    cd.giveBack('a');
    expect(cd.take('a').ok).toBe(true);
    expect(cd.take('a').ok).toBe(false);
    cd.giveBack('nobody'); // a member never seen: nothing to give back, no throw
  });

  it('slides: the oldest post leaving the window makes room for one more', () => {
    const c = clock();
    const cd = new Cooldown({ posts: 2, windowMs: 10_000 }, 100, c.now);
    cd.take('a');
    c.advance(6_000);
    cd.take('a');
    c.advance(3_999);
    expect(cd.take('a').ok).toBe(false);
    c.advance(1);
    expect(cd.take('a').ok).toBe(true);
    expect(cd.take('a').ok).toBe(false);
  });

  it('refused attempts do not extend the wait', () => {
    const c = clock();
    const cd = new Cooldown({ posts: 1, windowMs: 1_000 }, 100, c.now);
    cd.take('a');
    for (let i = 0; i < 5; i++) {
      c.advance(100);
      expect(cd.take('a').ok).toBe(false);
    }
    c.advance(500);
    expect(cd.take('a').ok).toBe(true);
  });

  it('never holds more than its cap of members, forgetting idle ones first', () => {
    const c = clock();
    const cd = new Cooldown({ posts: 1, windowMs: 1_000 }, 50, c.now);
    for (let i = 0; i < 500; i++) {
      cd.take(`m${i}`);
      c.advance(10);
      expect(cd.size).toBeLessThanOrEqual(50);
    }
    // The most recent member is still limited.
    expect(cd.take('m499').ok).toBe(false);
  });

  it('does nothing when off', () => {
    const cd = new Cooldown(null);
    for (let i = 0; i < 100; i++) expect(cd.take('a').ok).toBe(true);
    expect(cd.size).toBe(0);
  });
});
