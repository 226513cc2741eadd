// A /timeline range's pages, built without holding the event loop and kept
// per index and range (issue 15). A year of the archive is ~20,000 events on
// ~965 pages, a second of work: done in slices that yield to the event loop,
// once per range however many members ask for it or press ◀ ▶ on it.
import type { TimelineContext } from '../timeline/events.js';
import { LruCache } from '../util/lru.js';
import { yieldToEventLoop } from '../util/slices.js';
import { pagingRange, rangeDays, type PagedRange } from './render-timeline.js';

/** Work between two yields: well under a frame of the event loop. */
const SLICE_MS = 8;
/** Ranges kept per index: a year's pages are a few megabytes of text. */
const RANGES_KEPT = 8;

export interface BuiltRange {
  paged: PagedRange;
  /** Milliseconds of the event loop the build took (0 when it came from the cache). */
  workMs: number;
}

/** Pages a range in slices; `workMs` counts the synchronous time only, not the waits between slices. */
export async function buildRangeInSlices(ctx: TimelineContext, from: string, to: string): Promise<BuiltRange> {
  const steps = pagingRange(rangeDays(ctx, from, to));
  let workMs = 0;
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    const now = performance.now();
    if (step.done) return { paged: step.value, workMs: workMs + now - sliceStart };
    if (now - sliceStart >= SLICE_MS) {
      workMs += now - sliceStart;
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}

interface Entry {
  built: Promise<PagedRange>;
  /** Set once built. */
  paged?: PagedRange;
}

/**
 * Paged ranges per index (a reload brings a new index, and so a fresh cache)
 * and range. Requests for a range being built wait for that build.
 */
export class TimelinePages {
  private readonly byIndex = new WeakMap<object, LruCache<string, Entry>>();

  constructor(private readonly kept = RANGES_KEPT) {}

  /** The range's pages when they are ready now (no work needed), else undefined. */
  ready(ctx: TimelineContext, from: string, to: string): PagedRange | undefined {
    return this.rangesOf(ctx).get(`${from}..${to}`)?.paged;
  }

  /** Keep pages built elsewhere (a short range paged at once). */
  put(ctx: TimelineContext, from: string, to: string, paged: PagedRange): void {
    this.rangesOf(ctx).set(`${from}..${to}`, { built: Promise.resolve(paged), paged });
  }

  /** The range's pages; `workMs` is what this call cost the event loop (0 when built before or by another call). */
  async get(ctx: TimelineContext, from: string, to: string): Promise<BuiltRange> {
    const ranges = this.rangesOf(ctx);
    const key = `${from}..${to}`;
    const known = ranges.get(key);
    if (known) return { paged: known.paged ?? (await known.built), workMs: 0 };
    const building = buildRangeInSlices(ctx, from, to);
    const entry: Entry = { built: building.then((b) => b.paged) };
    // Waiters see a failure through their own await; this copy must not count as unhandled.
    entry.built.catch(() => undefined);
    ranges.set(key, entry);
    try {
      const done = await building;
      entry.paged = done.paged;
      return done;
    } catch (err) {
      // A failed build is not kept: the next request tries again.
      if (ranges.get(key) === entry) ranges.delete(key);
      throw err;
    }
  }

  private rangesOf(ctx: TimelineContext): LruCache<string, Entry> {
    let ranges = this.byIndex.get(ctx.timeline);
    if (!ranges) this.byIndex.set(ctx.timeline, (ranges = new LruCache(this.kept)));
    return ranges;
  }
}
