// Word vectors: the streaming scan of the embeddings file, term vectors and
// their neighbours, the WordNet antonym guard, query expansion, and the
// saved index's vectors section. A small file in the package's format
// stands in for the 307 MB one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPANSION_WEIGHT, expansionsFor } from '../../src/answer/expand.js';
import { parseQuestion } from '../../src/answer/question.js';
import { features } from '../../src/answer/ranker.js';
import { loadSaved, saveEngine } from '../../src/engine/cache/engine-cache.js';
import { Engine } from '../../src/engine/engine.js';
import { phraseKey, wordNetAntonyms, wordNetDir, wordNetRelations } from '../../src/nlp/antonyms.js';
import { stem, termOf } from '../../src/nlp/terms.js';
import {
  DIMENSIONS,
  deriveTermVectors,
  PLAIN_WORD,
  quantise,
  scanEmbeddings,
  TermVectors,
} from '../../src/nlp/word-vectors.js';
import { TermStats } from '../../src/search/term-stats.js';

const SEED = path.resolve(import.meta.dirname, '../../corpus');

/** A vector pointing mostly along `axis`, a little along `other` (so near words share an axis). */
function vec(axis: number, other = -1, amount = 0): number[] {
  const v = Array.from({ length: DIMENSIONS }, () => 0);
  v[axis] = 1;
  if (other >= 0) v[other] = amount;
  return v;
}

/** Words in frequency order with their vectors: buy/purchase close, sell close to buy (as in GloVe), car/automobile close. */
const WORDS: [string, number[]][] = [
  ['the', vec(0)],
  ['buy', vec(1, 2, 0.3)],
  ['sell', vec(1, 3, 0.35)],
  ['car', vec(4, 5, 0.4)],
  ['purchase', vec(1, 2, 0.5)],
  ['increase', vec(6, 7, 0.2)],
  ['decrease', vec(6, 8, 0.25)],
  ['automobile', vec(4, 5, 0.9)],
  ['ford', vec(9)],
  ['chrysler', vec(9, 10, 0.1)],
  ['u.s.', vec(11)],
];

function writeFixture(dir: string): string {
  const vectors = Object.fromEntries(WORDS.map(([w, v], rank) => [w, [...v, 1, rank]]));
  const json = JSON.stringify({
    precision: 8,
    l2NormIndex: DIMENSIONS,
    wordIndex: DIMENSIONS + 1,
    size: WORDS.length,
    dimensions: DIMENSIONS,
    words: WORDS.map(([w]) => w),
    vectors,
    unkVector: [...vec(0).map(() => 0), 0, -1],
  });
  const file = path.join(dir, 'embeddings.json');
  writeFileSync(file, json);
  return file;
}

const t = (w: string) => termOf(w) as string;

describe('word vectors', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'vectors-'));
    file = writeFixture(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the scan hands over only the entries asked for, with their frequency rank', async () => {
    const seen: string[] = [];
    await scanEmbeddings(
      file,
      (w, rank) => w === 'car' || rank === 1,
      (w, v) => {
        seen.push(w);
        expect(v.length).toBe(DIMENSIONS);
      },
    );
    expect(seen.sort()).toEqual(['buy', 'car']);
  });

  it('vectors picked from a prescan (what the worker posts) equal those of an in-thread scan', async () => {
    const words: string[] = [];
    const ranks: number[] = [];
    const quantised: Int8Array[] = [];
    let at = 0;
    await scanEmbeddings(
      file,
      (w, rank) => ((at = rank), PLAIN_WORD.test(w)),
      (w, v) => {
        words.push(w);
        ranks.push(at);
        quantised.push(quantise(v));
      },
    );
    const vectors = new Int8Array(words.length * DIMENSIONS);
    quantised.forEach((q, i) => vectors.set(q, i * DIMENSIONS));
    const prescanned = { words, ranks: Uint32Array.from(ranks), vectors, wordNet: null };
    const corpus: [string, string][] = [
      [t('buy'), 'buy'],
      [t('car'), 'cars'],
      [t('chrysler'), 'chrysler'],
    ];
    const scanned = await deriveTermVectors(corpus, { file, general: 4 });
    const picked = await deriveTermVectors(corpus, { file: null, general: 4, prescanned });
    expect(picked?.terms).toEqual(scanned?.terms);
    expect(picked?.corpusTerms).toBe(scanned?.corpusTerms);
    expect([...(picked?.vectors ?? [])]).toEqual([...(scanned?.vectors ?? [])]);
    // Past the 4 commonest words, a corpus word's vector is a rare word's: "chrysler" (rank 9), not "car" (3).
    expect(scanned?.rare).toEqual([t('chrysler')]);
    expect(picked?.rare).toEqual(scanned?.rare);
    const v = new TermVectors(scanned as NonNullable<typeof scanned>);
    expect([v.isRare(t('chrysler')), v.isRare(t('car'))]).toEqual([true, false]);
    // 'u.s.' is no plain word: the prescan never holds it.
    expect(words).not.toContain('u.s.');
  });

  it('keys vectors by index term and finds a corpus term from a word the corpus lacks', async () => {
    const data = await deriveTermVectors(
      [
        [t('buy'), 'buy'],
        [t('car'), 'cars'],
        [t('sell'), 'selling'],
      ],
      { file, general: 7 },
    );
    expect(data).not.toBeNull();
    const v = new TermVectors(data as NonNullable<typeof data>);
    // The corpus's own terms come first: only they can be neighbours.
    expect(data?.terms.slice(0, data.corpusTerms).sort()).toEqual([t('buy'), t('car'), t('sell')].sort());
    expect(v.similarity(t('purchase'), t('buy'))).toBeGreaterThan(0.9);
    expect(v.similarity(t('purchase'), t('car'))).toBeLessThan(0.1);
    expect(v.neighbours(t('purchase'), 3, 0.5).map((n) => n.term)).toContain(t('buy'));
    expect(v.neighbours(t('purchase'), 3, 0.5).map((n) => n.term)).not.toContain(t('purchase'));
    // "automobile" ranks past the 7 commonest words and is not a corpus word: no vector.
    expect(v.has(t('automobile'))).toBe(false);
  });

  it('antonyms are neither similar nor neighbours, however close their vectors', async () => {
    const antonyms = new Map([
      [t('buy'), new Set([t('sell')])],
      [t('sell'), new Set([t('buy')])],
    ]);
    const pairs: [string, string][] = ['buy', 'sell', 'purchase'].map((w) => [t(w), w]);
    const plain = new TermVectors((await deriveTermVectors(pairs, { file }))!);
    const guarded = new TermVectors((await deriveTermVectors(pairs, { file, antonyms }))!);
    expect(plain.similarity(t('buy'), t('sell'))).toBeGreaterThan(0.8);
    expect(guarded.similarity(t('buy'), t('sell'))).toBe(0);
    expect(guarded.neighbours(t('buy'), 5, 0.5).map((n) => n.term)).toEqual([t('purchase')]);
  });

  it('no embeddings file: no vectors, and the ranker scores soft features 0', async () => {
    expect(await deriveTermVectors([[t('buy'), 'buy']], { file: null })).toBeNull();
    const f = features(
      parseQuestion('Who will purchase the car?'),
      { text: 'Ford will buy it.', kinds: 0, proper: [] },
      new TermStats(),
      5,
    );
    expect(f.soft).toBe(0);
    expect(f.cosine).toBe(0);
  });

  it('the ranker credits a sentence that says a question word in other words', async () => {
    const pairs: [string, string][] = ['buy', 'sell', 'purchase', 'car'].map((w) => [t(w), w]);
    const v = new TermVectors((await deriveTermVectors(pairs, { file }))!);
    const q = parseQuestion('Who will purchase the plant?');
    const stats = new TermStats();
    const say = (text: string) => features(q, { text, kinds: 0, proper: [] }, stats, 5, v);
    expect(say('Ford will buy the plant.').soft).toBeGreaterThan(0);
    expect(say('Ford will paint the plant.').soft).toBe(0);
    expect(say('Ford will buy the plant.').cosine).toBeGreaterThan(say('Ford will paint the plant.').cosine);
  });

  it('expansions: synonyms close in the vectors, weighted below the word itself; never names or mere neighbours', async () => {
    const related = (pairs: [string, string][]) => {
      const m = new Map<string, Set<string>>();
      for (const [a, b] of pairs) {
        m.set(t(a), new Set([...(m.get(t(a)) ?? []), t(b)]));
        m.set(t(b), new Set([...(m.get(t(b)) ?? []), t(a)]));
      }
      return m;
    };
    const antonyms = related([['increase', 'decrease']]);
    const synonyms = related([
      ['purchase', 'buy'],
      ['ford', 'chrysler'],
      ['automobile', 'sell'],
    ]);
    const corpus: [string, string][] = ['buy', 'sell', 'decrease', 'chrysler', 'car'].map((w) => [t(w), w]);
    const v = new TermVectors((await deriveTermVectors(corpus, { file, antonyms, synonyms }))!);
    const ex = expansionsFor(parseQuestion('Did Ford purchase an automobile maker or increase output?'), v);
    const terms = ex.map((e) => e.term);
    expect(terms).toContain(t('buy'));
    expect(terms).not.toContain(t('decrease'));
    // A name is not expanded; a WordNet synonym far off in the vectors is another sense; a vector neighbour is no synonym.
    expect(terms).not.toContain(t('chrysler'));
    expect(terms).not.toContain(t('sell'));
    expect(terms).not.toContain(t('car'));
    for (const e of ex) expect(e.weight).toBeLessThan(1);
    expect(expansionsFor(parseQuestion('Who will purchase it?'), null)).toEqual([]);
  });

  it('the saved index keeps the vectors section, and one without vectors loads as none', async () => {
    const engine = await Engine.build(SEED);
    expect(engine.vectors).toBeNull();
    const key = 'k'.repeat(64);
    const noVectors = await saveEngine(engine.data, path.join(dir, 'a'), key);
    expect((await loadSaved(noVectors.file, key)).data.vectors).toBeNull();
    const phrases = new Map([['set up', new Set([t('buy'), t('purchase'), t('establish')])]]);
    const data = (await deriveTermVectors(
      [
        [t('buy'), 'buy'],
        [t('chrysler'), 'chrysler'],
      ],
      { file, phrases, general: 5 },
    ))!;
    // A corpus term stands in for a two-word verb (what a search can find); a word with a vector but not in the
    // corpus says what it means; a word with neither is dropped.
    expect(data.phrases).toEqual([`set up:${t('buy')}`, `set up=${t('purchase')}`]);
    const v = new TermVectors(data);
    expect(v.phraseSynonyms('set up')).toEqual([t('buy')]);
    expect(v.phraseMeaning('set up')).toEqual([t('buy'), t('purchase')]);
    engine.data.vectors = data;
    const saved = await saveEngine(engine.data, path.join(dir, 'b'), key);
    const back = (await loadSaved(saved.file, key)).data.vectors;
    expect(back?.terms).toEqual(data.terms);
    expect(Array.from(back?.vectors ?? [])).toEqual(Array.from(data.vectors));
    expect(back?.corpusTerms).toBe(data.corpusTerms);
    expect(back?.phrases).toEqual(data.phrases);
    expect(back?.rare).toEqual([t('chrysler')]);
  });
});

describe.skipIf(!wordNetDir())('WordNet antonyms', () => {
  it('opposite directions are antonyms, synonyms are not', () => {
    const a = wordNetAntonyms();
    const opposite = (x: string, y: string) => a?.get(t(x))?.has(t(y)) ?? false;
    expect(opposite('increase', 'decrease')).toBe(true);
    expect(opposite('rise', 'fall')).toBe(true);
    expect(opposite('buy', 'sell')).toBe(true);
    expect(opposite('buy', 'purchase')).toBe(false);
    expect(opposite('car', 'automobile')).toBe(false);
  });

  /** WordNet's synonym relation has the pair (as index terms). */
  const same = (x: string, y: string) => wordNetRelations()?.synonyms.get(t(x))?.has(t(y)) ?? false;

  it('synonyms share a common sense: buy/purchase, car/automobile; not million/billion, week/month', () => {
    expect(same('purchase', 'buy')).toBe(true);
    expect(same('automobile', 'car')).toBe(true);
    expect(same('million', 'billion')).toBe(false);
    expect(same('week', 'month')).toBe(false);
    expect(same('increase', 'decrease')).toBe(false);
  });

  it('a word and its derivation stand in for each other: directs/director, died/death, leadership/leader', () => {
    expect(same('directs', 'director')).toBe(true);
    expect(same('director', 'directs')).toBe(true);
    expect(same('died', 'death')).toBe(true);
    expect(same('leadership', 'leader')).toBe(true);
    expect(same('born', 'death')).toBe(false);
    expect(same('director', 'death')).toBe(false);
  });

  /** WordNet's two-word verb (as typed) stands for the word (as its stem). */
  const phrase = (verb: string, particle: string, word: string) =>
    wordNetRelations()
      ?.phrases.get(phraseKey(verb, particle) ?? '')
      ?.has(stem(word)) ?? false;

  it('a two-word verb in its commonest sense stands for its one-word synonyms: set up/found, step down/resign', () => {
    expect(phrase('set', 'up', 'established')).toBe(true);
    // "founded" is the corpus's word: its stem, not "find" (whose past "found" also is).
    expect(phrase('sets', 'up', 'founded')).toBe(true);
    expect(phrase('set', 'up', 'find')).toBe(false);
    expect(phrase('stepped', 'down', 'resigned')).toBe(true);
    expect(phrase('shut', 'down', 'closed')).toBe(true);
    expect(phrase('step', 'down', 'established')).toBe(false);
    expect(phraseKey('set', 'up')).toBe(phraseKey('setting', 'up'));
  });

  it("a two-word verb with no one-word synonym stands for its hypernym's: spell out/specify, laugh off/dismiss", () => {
    expect(phrase('spelled', 'out', 'specified')).toBe(true);
    expect(phrase('laughed', 'off', 'dismissed')).toBe(true);
    // "Operatives sitting in other countries" attend nothing: a preposition makes no two-word verb of its own.
    expect(phrase('sitting', 'in', 'attend')).toBe(false);
    expect(phrase('spelled', 'out', 'dismissed')).toBe(false);
  });
});

describe('two-word verbs in questions', () => {
  it('search their synonyms, and the verb is ranked as the synonym the passages use', () => {
    const v = new TermVectors({
      terms: [t('found'), t('club')],
      corpusTerms: 2,
      vectors: new Int8Array(2 * DIMENSIONS),
      antonyms: [],
      phrases: [`${phraseKey('set', 'up')}:${t('found')}`],
    });
    const q = parseQuestion('When was the club set up?');
    const found = expansionsFor(q, v).find((e) => e.term === t('found'));
    expect(found).toMatchObject({ for: t('set'), phrase: true });
    expect(found?.weight).toBeLessThan(EXPANSION_WEIGHT);
    expect(expansionsFor(parseQuestion('Where was the club set?'), v)).toEqual([]);
  });
});
