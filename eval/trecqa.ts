// TrecQA answer-sentence selection (Wang et al. 2007): XML with tab-separated
// tokens; <positive>/<negative> candidates per question.
import { readFileSync } from 'node:fs';
import type { RankRequest, RankResponse } from './rank-candidates.js';

export interface TrecQaSet {
  requests: RankRequest[];
  positives: Map<string, Set<string>>;
}

/** Tokens back into text: PTB quotes and brackets as characters, no space before punctuation. */
export function detokenize(tokens: string): string {
  return tokens
    .split('\t')
    .join(' ')
    .replace(/``|''/g, '"')
    .replace(/-LRB-/g, '(')
    .replace(/-RRB-/g, ')')
    .replace(/ ([.,;:!?%)])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/ n't\b/g, "n't")
    .replace(/ '(s|re|ve|ll|d|m)\b/g, "'$1")
    .trim();
}

export function readTrecQa(file: string): TrecQaSet {
  const xml = readFileSync(file, 'utf8');
  const requests: RankRequest[] = [];
  const positives = new Map<string, Set<string>>();
  for (const m of xml.matchAll(/<QApairs id='([^']+)'>([\s\S]*?)<\/QApairs>/g)) {
    const qid = m[1] as string;
    const body = m[2] as string;
    const firstLine = (tag: string) => (tag.trim().split('\n')[0] ?? '').trim();
    const question = detokenize(firstLine(/<question>([\s\S]*?)<\/question>/.exec(body)?.[1] ?? ''));
    const candidates: { id: string; text: string }[] = [];
    const pos = new Set<string>();
    for (const c of body.matchAll(/<(positive|negative)>([\s\S]*?)<\/\1>/g)) {
      const id = String(candidates.length);
      candidates.push({ id, text: detokenize(firstLine(c[2] as string)) });
      if (c[1] === 'positive') pos.add(id);
    }
    // The files list every right answer before every wrong one, and ranking is
    // stable: reverse them so that a tie counts against the ranker, not for it.
    candidates.reverse();
    requests.push({ qid, question, candidates });
    positives.set(qid, pos);
  }
  return { requests, positives };
}

/** MAP and MRR over questions that have both right and wrong candidates (the standard TrecQA protocol). */
export function mapMrr(responses: RankResponse[], positives: Map<string, Set<string>>, sizes: Map<string, number>) {
  let ap = 0;
  let rr = 0;
  let n = 0;
  for (const r of responses) {
    const pos = positives.get(r.qid) ?? new Set();
    const size = sizes.get(r.qid) ?? 0;
    if (pos.size === 0 || pos.size === size) continue;
    n++;
    let hits = 0;
    let sum = 0;
    let first = 0;
    r.ranking.forEach((id, i) => {
      if (pos.has(id)) {
        hits++;
        sum += hits / (i + 1);
        if (!first) first = i + 1;
      }
    });
    ap += sum / pos.size;
    rr += first ? 1 / first : 0;
  }
  return { map: ap / Math.max(1, n), mrr: rr / Math.max(1, n), questions: n };
}
