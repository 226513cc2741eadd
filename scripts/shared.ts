// Where the shared evaluation inputs live (next to the checkout), and a clean
// skip when they are absent: they are test inputs, never part of the repo.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const SHARED = path.resolve(process.env.NEWSDESK_SHARED ?? path.join(process.cwd(), '..', 'shared'));

export function sharedPath(...parts: string[]): string | null {
  const p = path.join(SHARED, ...parts);
  return existsSync(p) ? p : null;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}
