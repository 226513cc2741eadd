// Fit the sentence ranker's weights by coordinate ascent on the mean of
// WikiQA train MAP and TrecQA train MAP (two kinds of question: Bing queries
// against Wikipedia summaries, with little word overlap; TREC factoid
// questions against news), with word vectors when the embeddings package is
// installed. Then report train and dev of both, and TrecQA test. WikiQA's test
// set is not in the repo's data: it judges, unseen. Test never steers the fit.
// Run: npx tsx scripts/tune-ranker.ts [--no-test]
import path from 'node:path';
import { CandidateRanker, type RankRequest } from '../eval/rank-candidates.js';
import { score, WEIGHTS, type Features, type Weights } from '../src/answer/ranker.js';
import { mapMrr, readTrecQa, type TrecQaSet } from '../eval/trecqa.js';
import { readWikiQaTsv, readWikiQaTxt } from '../eval/wikiqa.js';
import { sharedPath } from './shared.js';

/**
 * Weights kept as set in ranker.ts. The passage score is always 1 in these
 * sets, so it cannot be fitted here; and as ranking ignores scale, coverage is
 * held to anchor it, which keeps the passage weight's share of the score what
 * the bot was tuned with.
 */
const FIXED: ReadonlySet<keyof Features> = new Set(['passage', 'coverage']);
/** Where the search starts: the weights fitted on TrecQA alone before the vector features (off). */
const START: Weights = {
  coverage: 3,
  bm25: 2.95,
  bigrams: 0.45,
  type: 5,
  newNames: 0.1,
  density: 0.75,
  answerNear: 1.25,
  lengthPenalty: 0.5,
  passage: 0.5,
  soft: 0,
  cosine: 0,
  defines: 0,
  align: 0,
  salign: 0,
  agent: 0,
  topic: 0,
};
const GRID = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 4, 5, 6];
const STEPS = [-0.25, -0.1, -0.05, 0.05, 0.1, 0.25];
const MAX_WEIGHT = 6;
const MAX_ROUNDS = 20;
/** A step must gain at least this much train MAP to be taken, so the fit stops short of noise. */
const MIN_GAIN = 1e-4;

interface Prepared {
  questions: { features: Features[]; positive: boolean[] }[];
}

/** A set's features through CandidateRanker (the bot's own tagging, term statistics and vectors). */
async function prepare(set: TrecQaSet): Promise<{ ranker: CandidateRanker; prepared: Prepared }> {
  const ranker = await CandidateRanker.withVectors(set.requests);
  const all = ranker.features();
  const questions: Prepared['questions'] = [];
  set.requests.forEach((r: RankRequest, i) => {
    const pos = set.positives.get(r.qid) ?? new Set<string>();
    if (pos.size === 0 || pos.size === r.candidates.length) return;
    questions.push({ features: all[i] ?? [], positive: r.candidates.map((c) => pos.has(c.id)) });
  });
  return { ranker, prepared: { questions } };
}

/** MAP with ties counted against the ranker (a right answer tied with a wrong one ranks below it). */
function fastMap(p: Prepared, w: Weights): number {
  let total = 0;
  for (const q of p.questions) {
    const order = q.features
      .map((f, i) => ({ s: score(f, w), i, pos: q.positive[i] ? 1 : 0 }))
      .sort((a, b) => b.s - a.s || a.pos - b.pos);
    let hits = 0;
    let sum = 0;
    order.forEach((x, rankIdx) => {
      if (q.positive[x.i]) sum += ++hits / (rankIdx + 1);
    });
    total += sum / Math.max(1, hits);
  }
  return total / Math.max(1, p.questions.length);
}

function coordinateAscent(sets: Prepared[], start: Weights): Weights {
  const objective = (w: Weights) => sets.reduce((s, p) => s + fastMap(p, w), 0) / sets.length;
  const w: Weights = { ...start };
  let best = objective(w);
  const keys = (Object.keys(w) as (keyof Features)[]).filter((k) => !FIXED.has(k));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let improved = false;
    for (const k of keys) {
      const current = w[k];
      let bestValue = current;
      for (const value of [...GRID, ...STEPS.map((s) => Math.round((current + s) * 100) / 100)]) {
        if (value < 0 || value > MAX_WEIGHT) continue;
        w[k] = value;
        const m = objective(w);
        if (m > best + MIN_GAIN) {
          best = m;
          bestValue = value;
        }
      }
      w[k] = bestValue;
      if (bestValue !== current) improved = true;
    }
    console.log(`round ${round + 1}: mean train MAP ${best.toFixed(4)}`);
    if (!improved) break;
  }
  return w;
}

async function main(): Promise<void> {
  const trec = sharedPath('eval', 'trecqa');
  const wiki = sharedPath('eval', 'wikiqa');
  if (!trec || !wiki) {
    console.log('TrecQA or WikiQA data not found under ../shared/eval; skipping the ranker fit.');
    return;
  }
  const trecSet = (split: string) => readTrecQa(path.join(trec, `${split}.xml`));
  const sets = {
    'wikiqa train': readWikiQaTxt(path.join(wiki, 'WikiQA-train.txt')),
    'trecqa train': trecSet('train'),
    'wikiqa dev': readWikiQaTsv(path.join(wiki, 'WikiQA-dev.tsv')),
    'trecqa dev': trecSet('dev'),
    ...(process.argv.includes('--no-test') ? {} : { 'trecqa test': trecSet('test') }),
  };
  const prepared = new Map<string, { ranker: CandidateRanker; prepared: Prepared; set: TrecQaSet }>();
  for (const [name, set] of Object.entries(sets)) prepared.set(name, { ...(await prepare(set)), set });
  const train = ['wikiqa train', 'trecqa train'].map((n) => prepared.get(n)?.prepared as Prepared);
  const fitted = coordinateAscent(train, START);
  console.log('fitted weights:', JSON.stringify(fitted));
  const differs = (Object.keys(fitted) as (keyof Features)[]).filter((k) => Math.abs(fitted[k] - WEIGHTS[k]) > 0.005);
  if (differs.length) console.log(`WEIGHTS in ranker.ts differ from the fit in: ${differs.join(', ')}`);
  for (const [name, p] of prepared) {
    const sizes = new Map(p.set.requests.map((r) => [r.qid, r.candidates.length]));
    const r = mapMrr(p.ranker.rankAll(fitted), p.set.positives, sizes);
    console.log(
      `${name.padEnd(12)} MAP ${r.map.toFixed(4)}  MRR ${r.mrr.toFixed(4)}  | ties last: MAP ${fastMap(p.prepared, fitted).toFixed(4)}  (${r.questions} questions)`,
    );
  }
}

await main();
