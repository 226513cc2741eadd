// BEIR-style retrieval runs with the bot's own index configuration.
import { readFileSync } from 'node:fs';
import { PassageIndex } from '../src/search/passage-index.js';

export interface BeirDoc {
  _id: string;
  title?: string;
  text?: string;
}
export interface BeirQuery {
  _id: string;
  text: string;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export interface RunRow {
  qid: string;
  docid: string;
  rank: number;
  score: number;
}

/** Index a BEIR corpus and run each query; `depth` rows per query; `expand` adds a query's expansions (word vectors). */
export function beirRun(
  docs: BeirDoc[],
  queries: BeirQuery[],
  depth = 100,
  expand?: (query: string) => { term: string; weight: number }[],
): RunRow[] {
  const index = PassageIndex.build(docs.map((d, id) => ({ id, title: d.title ?? '', text: d.text ?? '' })));
  const rows: RunRow[] = [];
  for (const q of queries) {
    index.search(q.text, depth, expand ? { expansions: expand(q.text) } : {}).forEach((hit, i) => {
      const doc = docs[hit.id];
      if (doc) rows.push({ qid: q._id, docid: doc._id, rank: i + 1, score: hit.score });
    });
  }
  return rows;
}

export function formatTrecRun(rows: RunRow[], tag = 'newsdesk'): string {
  return rows.map((r) => `${r.qid} Q0 ${r.docid} ${r.rank} ${r.score.toFixed(4)} ${tag}`).join('\n') + '\n';
}

/** qrels TSV (`query-id corpus-id score`, with a header) → qid → docid → grade. */
export function readQrels(file: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [q, d, s] = line.trim().split(/\s+/);
    if (!q || !d) continue;
    if (!out.has(q)) out.set(q, new Map());
    out.get(q)?.set(d, Number(s ?? 1));
  }
  return out;
}

/** Mean nDCG@k over the judged queries (as trec_eval's ndcg_cut, linear gains). */
export function ndcgAt(rows: RunRow[], qrels: Map<string, Map<string, number>>, k = 10): number {
  const byQuery = new Map<string, RunRow[]>();
  for (const r of rows) {
    if (!byQuery.has(r.qid)) byQuery.set(r.qid, []);
    byQuery.get(r.qid)?.push(r);
  }
  let sum = 0;
  for (const [qid, judged] of qrels) {
    const ranked = (byQuery.get(qid) ?? []).sort((a, b) => a.rank - b.rank).slice(0, k);
    const dcg = ranked.reduce((s, r, i) => s + (judged.get(r.docid) ?? 0) / Math.log2(i + 2), 0);
    const ideal = [...judged.values()]
      .sort((a, b) => b - a)
      .slice(0, k)
      .reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
    sum += ideal > 0 ? dcg / ideal : 0;
  }
  return sum / qrels.size;
}
