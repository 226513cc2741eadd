// How far V8 lets the heap grow past what its last full collection left
// live. Left to itself, V8 let a serving bot's heap reach several times its
// live size: each question's search makes megabytes of short-lived results
// (MiniSearch's per-term maps), and the archive served at a peak RSS of
// 890-920 MB around a live heap of 170 MB. Held to 30% above the live heap,
// the same 500 questions peaked at 410 MB with the same answer times, and a
// cold build of the archive at 650 MB instead of 870 (about 6% slower).
// Decoding a saved index keeps nearly all it makes, so there the collections
// are wasted: a warm load runs with V8's own growth (1.5 s faster).
import v8 from 'node:v8';

/** The heap may grow this many percent past the live heap before a full collection. */
export const COMPACT_HEAP_GROWTH_PERCENT = 30;

/** Serving and building: collect early. Off: V8's own heuristics (0 means unset). */
export function compactHeap(on: boolean): void {
  v8.setFlagsFromString(`--heap-growing-percent=${on ? COMPACT_HEAP_GROWTH_PERCENT : 0}`);
}
