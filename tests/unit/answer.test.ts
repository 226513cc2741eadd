// Engine.ask on the seed corpus: invalid questions, not-found, and the shape
// and grounding of answers to questions written for these tests.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/answer/compose.js';
import { Engine } from '../../src/engine/engine.js';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');

type Answer = Extract<AskResult, { kind: 'answer' }>;

describe('Engine.ask', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.build(CORPUS_DIR);
  });

  const answer = (q: string): Answer => {
    const r = engine.ask(q);
    if (r.kind !== 'answer') throw new Error(`no answer for ${q}: ${r.kind} ${r.message}`);
    return r;
  };

  it('loads the corpus and builds the index', () => {
    expect(engine.corpus.documents).toHaveLength(4);
    expect(engine.index.size).toBe(engine.corpus.passages.length);
  });

  it.each([
    ['an empty', ''],
    ['a white-space-only', '   \n\t  '],
    ['an invisible-characters-only', '\u200b\u0000\u202e'],
  ])('rejects %s question as invalid, with a message', (_label, q) => {
    const r = engine.ask(q);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.message).toMatch(/empty/i);
  });

  it('rejects a 5,000-character question as invalid, naming the length and the limit', () => {
    const r = engine.ask('Why did the rockets hit the base? '.repeat(150).slice(0, 5000));
    expect(r.kind).toBe('invalid');
    if (r.kind !== 'invalid') return;
    expect(r.message).toContain('5,000');
    expect(r.message).toContain('300');
    expect(r.question.length).toBeLessThanOrEqual(80);
  });

  it('answers "not found" for a question of stop words only', () => {
    const r = engine.ask('What is it that they were doing there?');
    expect(r.kind).toBe('not-found');
    if (r.kind === 'not-found') {
      expect(r.message.length).toBeGreaterThan(0);
      // Nothing to search for, so nothing to suggest from.
      expect(r.suggestions).toEqual([]);
    }
  });

  it('answers "not found" with suggestions for an unrelated question', () => {
    for (const q of ['sourdough recipes', 'What is the capital of Australia?']) {
      const r = engine.ask(q);
      expect(r.kind, q).toBe('not-found');
      if (r.kind !== 'not-found') continue;
      expect(r.message.length).toBeGreaterThan(0);
      expect(r.suggestions.length).toBeLessThanOrEqual(5);
      // Suggestions are words the articles use, so asking with one finds something.
      for (const s of r.suggestions) expect(engine.index.search(s).length, s).toBeGreaterThan(0);
      expect(r.stats.passages).toBe(engine.corpus.passages.length);
    }
  });

  // When no question word matches exactly, near spellings ("bake"→"make",
  // "knit"→"unit", "best"→"west") must not stand in for the question's terms
  // and give an unrelated question a confident answer about something else.
  it.each([['How do I bake sourdough bread?'], ['How do you knit a sweater?'], ['What is the best sourdough recipe?']])(
    '%s is not answered from the news articles',
    (q) => {
      expect(engine.ask(q).kind).toBe('not-found');
    },
  );

  // The pronoun "us" is a stop word: it must not match "US" and answer a content-free question.
  it('"Can you tell us about it?" has nothing to search for', () => {
    expect(engine.ask('Can you tell us about it?').kind).toBe('not-found');
  });

  // Questions written for these tests, with a fact checked in the corpus text.
  it.each([
    ['How many troops does Canada have in Iraq?', /\b500\b/, '000'],
    ['Who runs Kataib Hezbollah?', /Muhandis/, '002'],
    ['In which year was NATO founded?', /1949/, '001'],
    ['How many ballistic missiles did Iran launch at the bases in Iraq?', /dozen/, '003'],
    ['Who is the NATO Secretary-General?', /Stoltenberg/, '000'],
  ])('answers %j with a grounded, well-formed answer', (q, fact, docPrefix) => {
    const r = answer(q);
    expect(r.answer).toMatch(fact);
    expect(r.answer.replace(/ \[\d+\]/g, '').length).toBeLessThanOrEqual(400);
    expect(r.sentences.length).toBeGreaterThanOrEqual(1);
    expect(r.sentences.length).toBeLessThanOrEqual(3);
    expect(r.citations.length).toBeGreaterThanOrEqual(1);
    expect(r.citations.length).toBeLessThanOrEqual(5);
    expect(r.citations.map((c) => c.n)).toEqual(r.citations.map((_, i) => i + 1));
    expect(new Set(r.citations.map((c) => c.passage.id)).size).toBe(r.citations.length);
    // Every marker refers to an existing citation, and the answer is its sentences with their markers.
    const markers = [...r.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(markers).toHaveLength(r.sentences.length);
    for (const n of markers) expect(n >= 1 && n <= r.citations.length).toBe(true);
    expect(r.answer).toBe((r.lead ? `${r.lead} ` : '') + r.sentences.map((s) => `${s.text} [${s.citation}]`).join(' '));
    for (const s of r.sentences) {
      const cited = r.citations[s.citation - 1];
      expect(cited).toBeDefined();
      // The sentence is quoted from the passage it cites (an over-long one is cut with "…").
      expect(cited?.passage.text).toContain(s.text.replace(/…$/, ''));
    }
    for (const c of r.citations) {
      expect(c.excerpt.text.length).toBeLessThanOrEqual(300);
      expect(c.excerpt.text.length).toBeGreaterThan(0);
      expect(c.passage.text).toContain(c.excerpt.text.replace(/…$/, ''));
      expect(c.document).toBe(engine.corpus.documents[c.passage.doc]);
      for (const [s, e] of c.excerpt.highlights) {
        expect(0 <= s && s < e && e <= c.excerpt.text.length).toBe(true);
      }
    }
    // The fact comes from the cited article.
    const first = r.citations[(r.sentences[0]?.citation ?? 1) - 1];
    expect(first?.document.id.startsWith(docPrefix)).toBe(true);
    expect(first?.passage.text).toMatch(fact);
    expect(r.terms.length).toBeGreaterThan(0);
    expect(r.stats.documents).toBe(4);
  });

  it('cleans the question it echoes', () => {
    const r = answer('  How many troops does\u200b Canada\n have in Iraq?  ');
    expect(r.question).toBe('How many troops does Canada have in Iraq?');
  });

  it('finds a misspelled name through fuzzy matching', () => {
    const r = answer('Who was Soleimanni?');
    expect(r.answer).toMatch(/Solei?l?mani/);
  });
});
