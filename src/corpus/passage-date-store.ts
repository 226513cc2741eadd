// Passages' date mentions as columns, for the saved index: a few typed arrays
// and one string per mention instead of an object each.
import type { PassageDate } from './types.js';
import { Growable } from '../util/growable.js';
import type { Granularity } from '../dates/tag-dates.js';

const GRANULARITIES: readonly Granularity[] = [
  'time',
  'day',
  'week',
  'month',
  'season',
  'year',
  'decade',
  'present',
  'unresolved',
  'duration',
  'set',
];
const RELATIVE = 1;
const ESTIMATED = 2;
const ANCHORED = 4;
const EDGE = 8;
const NO_EVENT = 16;
const DAY = /^\d{4}-\d{2}-\d{2}/;

export interface PassageDatesData {
  /** Passage id → index of its first mention; one more entry than passages. */
  first: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  sentence: Uint32Array;
  granularity: Uint8Array;
  flags: Uint8Array;
  values: { readonly length: number; get(i: number): string };
}

export class PassageDatesBuilder {
  private readonly first = new Growable(Uint32Array);
  private readonly start = new Growable(Uint32Array);
  private readonly end = new Growable(Uint32Array);
  private readonly sentence = new Growable(Uint32Array);
  private readonly granularity = new Growable(Uint8Array);
  private readonly flags = new Growable(Uint8Array);
  private readonly values: string[] = [];

  constructor() {
    this.first.push(0);
  }

  /** The next passage's mentions. */
  add(dates: readonly PassageDate[]): void {
    for (const m of dates) {
      this.start.push(m.start);
      this.end.push(m.end);
      this.sentence.push(m.sentence);
      this.granularity.push(Math.max(0, GRANULARITIES.indexOf(m.granularity)));
      this.flags.push(
        (m.relative ? RELATIVE : 0) | (m.estimated ? ESTIMATED : 0) | (m.anchored ? ANCHORED : 0) | (m.edge ? EDGE : 0) | (m.noEvent ? NO_EVENT : 0),
      );
      this.values.push(m.value);
    }
    this.first.push(this.values.length);
  }

  finish(): PassageDatesData {
    const values = this.values;
    return {
      first: this.first.finish(),
      start: this.start.finish(),
      end: this.end.finish(),
      sentence: this.sentence.finish(),
      granularity: this.granularity.finish(),
      flags: this.flags.finish(),
      values: { length: values.length, get: (i) => values[i] ?? '' },
    };
  }
}

/** The mentions of passage `id`, as objects. */
export function passageDatesOf(data: PassageDatesData, id: number): PassageDate[] {
  const from = data.first[id] ?? 0;
  const to = data.first[id + 1] ?? from;
  const out: PassageDate[] = [];
  for (let i = from; i < to; i++) {
    const value = data.values.get(i);
    const flags = data.flags[i] ?? 0;
    const granularity = GRANULARITIES[data.granularity[i] ?? 0] ?? 'unresolved';
    out.push({
      start: data.start[i] ?? 0,
      end: data.end[i] ?? 0,
      sentence: data.sentence[i] ?? 0,
      value,
      granularity,
      day: (granularity === 'day' || granularity === 'time') && DAY.test(value) ? value.slice(0, 10) : null,
      relative: (flags & RELATIVE) !== 0,
      estimated: (flags & ESTIMATED) !== 0,
      ...(flags & ANCHORED ? { anchored: true as const } : {}),
      ...(flags & EDGE ? { edge: true as const } : {}),
      ...(flags & NO_EVENT ? { noEvent: true as const } : {}),
    });
  }
  return out;
}
