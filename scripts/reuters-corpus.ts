// Reuters-21578 (../shared/data/reuters21578.jsonl) written out as a corpus
// folder in our document format: ` date YYYY-MM-DD` line, headline, body as
// Reuters wrote it (hard-wrapped, indented paragraphs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface ReutersArticle {
  id: string;
  date: string | null;
  title: string | null;
  body: string | null;
}

export function readReuters(file: string): ReutersArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ReutersArticle);
}

/** The file name an article gets in the corpus folder. */
export const reutersFile = (a: ReutersArticle) => `reuters-${a.id.padStart(5, '0')}.txt`;

export function writeReutersCorpus(articles: ReutersArticle[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const a of articles) {
    const dateLine = a.date ? ` date ${a.date.slice(0, 10)}\n` : '';
    writeFileSync(path.join(dir, reutersFile(a)), `${dateLine}${a.title ?? ''}\n${a.body ?? ''}`);
  }
}
