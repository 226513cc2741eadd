// WikiQA answer-sentence selection (Yang et al. 2015): Bing questions against
// the summary sentences of a Wikipedia page. The .tsv splits carry question
// ids and raw text; the .txt splits are tokenised and carry neither ids nor
// titles (a question's rows are consecutive).
import { readFileSync } from 'node:fs';
import type { RankRequest } from './rank-candidates.js';
import { detokenize } from './trecqa.js';
import type { TrecQaSet } from './trecqa.js';

/** Reads WikiQA-*.tsv (header row; QuestionID Question DocumentID DocumentTitle SentenceID Sentence Label). */
export function readWikiQaTsv(file: string): TrecQaSet {
  const lines = readFileSync(file, 'utf8').split('\n').slice(1);
  return group(
    lines
      .filter((l) => l.trim())
      .map((l) => {
        const f = l.split('\t');
        return {
          qid: f[0] ?? '',
          question: f[1] ?? '',
          sid: f[4] ?? '',
          text: f[5] ?? '',
          label: f[6]?.trim() === '1',
        };
      }),
  );
}

/** Reads WikiQA-*.txt (question TAB sentence TAB label, tokenised; a question's rows are consecutive). */
export function readWikiQaTxt(file: string): TrecQaSet {
  const rows: { qid: string; question: string; sid: string; text: string; label: boolean }[] = [];
  let last = '';
  let n = 0;
  let k = 0;
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const [q = '', s = '', label = '0'] = l.split('\t');
    if (q !== last) {
      n++;
      k = 0;
      last = q;
    }
    rows.push({
      qid: `T${n}`,
      question: untokenize(q),
      sid: String(k++),
      text: untokenize(s),
      label: label.trim() === '1',
    });
  }
  return group(rows);
}

const untokenize = (s: string) => detokenize(s.trim().split(/ +/).join('\t'));

function group(rows: { qid: string; question: string; sid: string; text: string; label: boolean }[]): TrecQaSet {
  const byQid = new Map<string, RankRequest>();
  const positives = new Map<string, Set<string>>();
  for (const r of rows) {
    let req = byQid.get(r.qid);
    if (!req) {
      req = { qid: r.qid, question: r.question, candidates: [] };
      byQid.set(r.qid, req);
      positives.set(r.qid, new Set());
    }
    req.candidates.push({ id: r.sid, text: r.text });
    if (r.label) positives.get(r.qid)?.add(r.sid);
  }
  return { requests: [...byQid.values()], positives };
}
