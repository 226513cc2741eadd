// The bounded cache behind each engine's answers and the timeline's pages.
import { describe, expect, it } from 'vitest';
import { LruCache } from '../../src/util/lru.js';

describe('LruCache', () => {
  it('never holds more than its capacity and drops the least recently used', () => {
    const c = new LruCache<number, string>(3);
    for (let i = 0; i < 1000; i++) c.set(i, `v${i}`);
    expect(c.size).toBe(3);
    expect(c.get(997)).toBe('v997');
    c.set(1000, 'v1000'); // 998 is now the stalest
    expect(c.get(998)).toBeUndefined();
    expect(c.get(997)).toBe('v997');
    expect(c.get(999)).toBe('v999');
  });

  it('refuses a capacity below 1', () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});
