/** The first index of sorted `a` whose item is not below `x` (a.length when none is). */
export function lowerBound(a: readonly string[], x: string): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] ?? '') < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
