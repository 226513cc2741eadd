// One search per question: the answer, its citations and "More sources" all
// come from the hits of a single search of the index.
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { furtherPassages } from '../../src/answer/further.js';
import { Engine } from '../../src/engine/engine.js';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');

describe('one search per question', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.build(CORPUS_DIR);
  });

  it('searches the index once for an answer and its further sources', () => {
    const search = vi.spyOn(engine.index, 'search');
    const mini = vi.spyOn(engine.index.mini, 'search');
    const titles = vi.spyOn(engine.index.titles, 'search');
    try {
      const r = engine.ask('Why were the rockets fired at the base near Kirkuk?');
      expect(r.kind).toBe('answer');
      if (r.kind !== 'answer') return;
      const further = furtherPassages(engine, r);
      expect(search).toHaveBeenCalledTimes(1);
      // One query each of MiniSearch over the passage texts and over the article titles.
      expect(mini).toHaveBeenCalledTimes(1);
      expect(titles).toHaveBeenCalledTimes(1);
      // Further sources are other passages than the cited ones, best first, from the same hits.
      const cited = new Set(r.citations.map((c) => c.passage.id));
      expect(further.length).toBeGreaterThan(0);
      for (const p of further) expect(cited.has(p.id)).toBe(false);
      const hits = engine.index.search('Why were the rockets fired at the base near Kirkuk?', 50).map((h) => h.id);
      const ranks = further.map((p) => hits.indexOf(p.id));
      expect(ranks.every((x) => x >= 0)).toBe(true);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    } finally {
      search.mockRestore();
      mini.mockRestore();
      titles.mockRestore();
    }
  });

  // "Roughly" says how exact the answer may be, not what it is about: it is not searched for (the passages
  // with "roughly 11 to 14 rockets" would otherwise lead).
  it('searches for the question without its frame words and fillers', () => {
    const search = vi.spyOn(engine.index, 'search');
    try {
      engine.ask('Roughly how many American troops are stationed in Iraq right now?');
      expect(search).toHaveBeenCalledTimes(1);
      const query = String(search.mock.calls[0]?.[0]);
      expect(query).toMatch(/troops/);
      expect(query).not.toMatch(/roughly|right now/i);
    } finally {
      search.mockRestore();
    }
  });
});
