// TempEval-3 TimeML reader and the day-level date score: of the gold DATE/TIME
// expressions whose value names a day, the share we find (overlapping span)
// with the same day. Also extent precision and value F1 over all TIMEX3s.
import { readFileSync } from 'node:fs';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMlDocument {
  id: string;
  /** Document creation time, YYYY-MM-DD. */
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? _);
}

function attr(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

export function parseTimeMl(id: string, xml: string): TimeMlDocument {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = (dctTag ? attr(dctTag[1] ?? '', 'value') : '').slice(0, 10);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    text += decode(body.slice(last, m.index));
    last = tag.lastIndex;
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) open = { start: text.length, type: attr(m[3] ?? '', 'type'), value: attr(m[3] ?? '', 'value') };
    else if (open) {
      timexes.push({ ...open, end: text.length, text: text.slice(open.start, text.length) });
      open = null;
    }
  }
  text += decode(body.slice(last));
  return { id, dct, text, timexes };
}

export function readTimeMl(path: string, id = path): TimeMlDocument {
  return parseTimeMl(id, readFileSync(path, 'utf8'));
}

export interface SystemMention {
  start: number;
  end: number;
  value: string;
  /** TimeML type (DATE, TIME, DURATION, SET); untyped mentions count as any type. */
  type?: string;
}

export interface TempEvalScore {
  /** Gold DATE/TIME expressions whose value names a day. */
  dayGold: number;
  /** …of which found (overlap) with the right day. */
  dayCorrect: number;
  dayAccuracy: number;
  /** Share of system mentions that overlap some gold TIMEX3 (any type). */
  extentPrecision: number;
  /** Share of gold TIMEX3s overlapped by some system mention. */
  extentRecall: number;
  /** Relaxed extent F1: precision as above, recall as above. */
  extentF1: number;
  /** Value F1 over the scored TIMEX3s: a match overlaps and has exactly the gold value. */
  valueP: number;
  valueR: number;
  valueF1: number;
  system: number;
  gold: number;
  misses: { doc: string; text: string; gold: string; got: string | null }[];
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Scores system mentions against gold TIMEX3s. With `types` (TempEval-3's per-type view, e.g. DATE and TIME),
 * only gold of those types is scored, and only system mentions typed so (or untyped) count.
 */
export function scoreTempEval(
  docs: { doc: TimeMlDocument; mentions: SystemMention[] }[],
  types?: readonly string[],
): TempEvalScore {
  let dayGold = 0;
  let dayCorrect = 0;
  let system = 0;
  let systemOverlapping = 0;
  let gold = 0;
  let goldOverlapped = 0;
  let valueMatches = 0;
  const misses: TempEvalScore['misses'] = [];
  for (const { doc: all, mentions: allMentions } of docs) {
    const doc = types ? { ...all, timexes: all.timexes.filter((g) => types.includes(g.type)) } : all;
    const mentions = types ? allMentions.filter((m) => !m.type || types.includes(m.type)) : allMentions;
    system += mentions.length;
    systemOverlapping += mentions.filter((m) => doc.timexes.some((g) => overlaps(g, m))).length;
    for (const g of doc.timexes) {
      gold++;
      const hits = mentions.filter((m) => overlaps(g, m));
      if (hits.length) goldOverlapped++;
      if (hits.some((m) => m.value === g.value)) valueMatches++;
      if ((g.type === 'DATE' || g.type === 'TIME') && DAY.test(g.value)) {
        dayGold++;
        const day = g.value.slice(0, 10);
        if (hits.some((m) => m.value.slice(0, 10) === day)) dayCorrect++;
        else misses.push({ doc: doc.id, text: g.text, gold: g.value, got: hits[0]?.value ?? null });
      }
    }
  }
  const valueP = system ? valueMatches / system : 0;
  const valueR = gold ? valueMatches / gold : 0;
  const extentPrecision = system ? systemOverlapping / system : 0;
  const extentRecall = gold ? goldOverlapped / gold : 0;
  return {
    dayGold,
    dayCorrect,
    dayAccuracy: dayGold ? dayCorrect / dayGold : 0,
    extentPrecision,
    extentRecall,
    extentF1:
      extentPrecision + extentRecall ? (2 * extentPrecision * extentRecall) / (extentPrecision + extentRecall) : 0,
    valueP,
    valueR,
    valueF1: valueP + valueR ? (2 * valueP * valueR) / (valueP + valueR) : 0,
    system,
    gold,
    misses,
  };
}
