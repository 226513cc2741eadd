// Rank free-standing candidate sentences for questions (the `rank` command and
// the TrecQA benchmark): the same ranker the bot uses, with term statistics
// taken from all the candidates given, as the bot takes them from its corpus.
import { analyze } from '../src/nlp/analyze.js';
import { TermVectors, vectorsForTexts } from '../src/nlp/word-vectors.js';
import { terms } from '../src/nlp/terms.js';
import { TermStats } from '../src/search/term-stats.js';
import { parseQuestion } from '../src/answer/question.js';
import { features, rank, type Candidate, type Features, type Weights } from '../src/answer/ranker.js';

export interface RankRequest {
  qid: string;
  question: string;
  candidates: { id: string; text: string }[];
}
export interface RankResponse {
  qid: string;
  ranking: string[];
}

type Tagged = Candidate & { id: string };

function tag(c: { id: string; text: string }): Tagged {
  let kinds = 0;
  const proper = new Set<string>();
  for (const s of analyze(c.text)) {
    kinds |= s.kinds;
    for (const p of s.proper) proper.add(p);
  }
  return { id: c.id, text: c.text, kinds, proper: [...proper] };
}

export class CandidateRanker {
  private readonly stats = new TermStats();
  private readonly tagged: Tagged[][];

  /** With word vectors for the requests' words (read from the embeddings package, when installed). */
  static async withVectors(requests: RankRequest[]): Promise<CandidateRanker> {
    const data = await vectorsForTexts(requests.flatMap((r) => [r.question, ...r.candidates.map((c) => c.text)]));
    return new CandidateRanker(requests, data ? new TermVectors(data) : null);
  }

  constructor(
    private readonly requests: RankRequest[],
    readonly vectors: TermVectors | null = null,
  ) {
    this.tagged = requests.map((r) => r.candidates.map(tag));
    for (const r of requests) for (const c of r.candidates) this.stats.addDocument(terms(c.text));
  }

  rankAll(weights?: Weights): RankResponse[] {
    return this.requests.map((r, i) => ({
      qid: r.qid,
      ranking: rank(parseQuestion(r.question), this.tagged[i] ?? [], this.stats, weights, this.vectors).map(
        (x) => x.candidate.id,
      ),
    }));
  }

  /** Every candidate's features, per request (for fitting the weights: the score is linear in them). */
  features(): Features[][] {
    return this.requests.map((r, i) => {
      const q = parseQuestion(r.question);
      const cands = this.tagged[i] ?? [];
      const avg = cands.reduce((s, c) => s + c.text.length, 0) / Math.max(1, cands.length) / 6;
      return cands.map((c) => features(q, c, this.stats, avg, this.vectors));
    });
  }
}
