// Questions made from whatever corpus a test runs on: named things (capitalised
// words) from its files, in templates. Nothing here knows the seed articles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TEMPLATES = ['What happened with {}?', 'Who is {}?', 'What did {} say?', 'Where is {}?', 'When did {} act?'];

export function questionsFromCorpus(dir: string, n: number): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/\b[A-Z][a-z]{4,}\b/g)) names.add(m[0]);
  }
  const list = [...names];
  if (list.length === 0) throw new Error(`no names to ask about in ${dir}`);
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const template = TEMPLATES[Math.floor(i / list.length) % TEMPLATES.length] ?? TEMPLATES[0];
    const q = (template ?? '{}').replace('{}', list[i % list.length] ?? '');
    // More questions than names × templates: number them so each is distinct.
    out.push(i < list.length * TEMPLATES.length ? q : `${q} (${i})`);
  }
  return out;
}
