// The passage index over small synthetic texts, and its term statistics.
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { terms } from '../../src/nlp/terms.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { TermStats } from '../../src/search/term-stats.js';

const TEXTS = [
  'Rockets struck the air base near Kirkuk on Friday night.',
  'Iran fired ballistic missiles at two bases in Iraq.',
  'The bakery on Main Street sells rye bread and pastries.',
  'Protesters gathered outside the embassy in Baghdad.',
  'More rockets were fired at the embassy compound.',
];

const build = () => PassageIndex.build(TEXTS.map((text, id) => ({ id, title: `Story ${id}`, text })));
const ids = (index: PassageIndex, q: string) => index.search(q).map((h) => h.id);

describe('PassageIndex', () => {
  const index = build();

  it('indexes every text', () => {
    expect(index.size).toBe(TEXTS.length);
    expect(index.stats.documents).toBe(TEXTS.length);
  });

  it('finds a text by a content word', () => {
    expect(ids(index, 'Kirkuk')).toEqual([0]);
    expect(ids(index, 'bakery')).toEqual([2]);
  });

  it('combines query words with OR: one matching word is enough', () => {
    expect(ids(index, 'Kirkuk zebra')).toEqual([0]);
    expect(ids(index, 'Kirkuk Baghdad').sort()).toEqual([0, 3]);
  });

  it('ranks a text matching more of the query first', () => {
    const hits = index.search('rockets embassy');
    expect(hits[0]?.id).toBe(4);
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining([0, 3, 4]));
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]?.score).toBeGreaterThanOrEqual(hits[i]?.score ?? 0);
  });

  it('matches inflected forms through stemming', () => {
    expect(ids(index, 'rocket')).toEqual(expect.arrayContaining([0, 4]));
    expect(ids(index, 'strike')).toEqual([0]);
    expect(ids(index, 'missile')).toEqual([1]);
    expect(ids(index, 'fires').sort()).toEqual([1, 4]);
  });

  it('reports the matched question terms of each hit', () => {
    const [hit] = index.search('Which rockets hit Kirkuk?');
    expect(hit?.id).toBe(0);
    expect(hit?.matched.sort()).toEqual(terms('rockets Kirkuk').sort());
  });

  it('finds nothing for a question of stop words only', () => {
    expect(index.search('what is the and of it')).toEqual([]);
    expect(index.search('')).toEqual([]);
  });

  it('falls back to fuzzy matching only when an exact search finds nothing', () => {
    // "missilles" (typo) alone: nothing exact, so the fuzzy search finds "missiles".
    const fuzzy = index.search('missilles');
    expect(fuzzy.map((h) => h.id)).toEqual([1]);
    expect(fuzzy[0]?.matched).toEqual(terms('missiles'));
    // With an exact match for another word, the typo is not fuzzed.
    expect(ids(index, 'missilles bakery')).toEqual([2]);
    // Short words are never fuzzed: one edit away matches too much.
    expect(index.search('misile')).toEqual([]);
    // Nothing near at all.
    expect(index.search('xylophone')).toEqual([]);
  });

  it('honours the result limit', () => {
    expect(index.search('rockets embassy base', 2)).toHaveLength(2);
  });

  it('suggests corpus terms as strings', () => {
    const s = index.suggest('embasy');
    expect(s.length).toBeGreaterThan(0);
    expect(s.length).toBeLessThanOrEqual(5);
    // Readable words, not stems ("embassi").
    expect(s).toContain('embassy');
    expect(index.suggest('embasy', 1).length).toBeLessThanOrEqual(1);
  });
});

describe('TermStats', () => {
  it('counts document frequency once per document', () => {
    const stats = new TermStats();
    stats.addDocument(['rocket', 'rocket', 'base']);
    stats.addDocument(['rocket']);
    expect(stats.documents).toBe(2);
    expect(stats.df.get('rocket')).toBe(2);
    expect(stats.df.get('base')).toBe(1);
  });

  it('gives a rarer term a higher, always positive idf', () => {
    const stats = new TermStats();
    for (let i = 0; i < 10; i++) stats.addDocument(i < 3 ? ['common', 'kirkuk'] : ['common']);
    expect(stats.idf('kirkuk')).toBeGreaterThan(stats.idf('common'));
    expect(stats.idf('never-seen')).toBeGreaterThan(stats.idf('kirkuk'));
    expect(stats.idf('common')).toBeGreaterThan(0);
  });

  it('is gathered from the text field of the index', () => {
    const index = build();
    // "rocket" in texts 0 and 4, "kirkuk" only in text 0; "stori" only in titles.
    expect(index.stats.df.get(terms('rockets')[0] as string)).toBe(2);
    expect(index.stats.df.get('kirkuk')).toBe(1);
    expect(index.stats.df.has(terms('Story')[0] as string)).toBe(false);
    expect(index.stats.idf('kirkuk')).toBeGreaterThan(index.stats.idf(terms('rockets')[0] as string));
  });
});

describe('PassageIndex is MiniSearch', () => {
  // Words from a small pool, so that texts share terms, typos are near others, and ties happen.
  const POOL =
    'rocket rockets base bases embassy Baghdad Kirkuk missile missiles bread bakery fired fires strike troops Canada Canadian Iraq Iran US protest protesters night Friday the of and'.split(
      ' ',
    );
  const text = fc.array(fc.constantFrom(...POOL), { maxLength: 14 }).map((w) => w.join(' '));
  const corpus = fc.array(fc.record({ title: text, text }), { minLength: 1, maxLength: 25 });
  const query = fc.array(fc.constantFrom(...POOL, 'embasy', 'missilles', 'rokcets', 'zebra'), {
    minLength: 1,
    maxLength: 5,
  });

  it('ranks and scores as a MiniSearch made with its options, fuzzy fallback included', () => {
    fc.assert(
      fc.property(corpus, fc.array(query, { minLength: 1, maxLength: 5 }), (docs, queries) => {
        const items = docs.map((d, id) => ({ id, ...d }));
        const ours = PassageIndex.build(items);
        // An independent MiniSearch with both fields, fed the texts as they are: the builder's counts and
        // tokenizer, and the titles' own index (each passage its own article here), change nothing.
        const mini = new MiniSearch({ ...PassageIndex.options(), fields: ['title', 'text'] });
        mini.addAll(items);
        for (const words of queries) {
          const q = words.join(' ');
          let expected = mini.search(q);
          if (expected.length === 0)
            expected = mini.search(q, {
              fuzzy: (t) => (t.length >= 6 ? 0.2 : false),
              prefix: (t) => t.length >= 5,
            });
          const got = ours.search(q, 1000);
          // Equal scores may come in another order (the index puts fuzzy ties in passage order).
          const key = (score: number) => Number(score.toPrecision(9));
          const order = <T extends { id: unknown; score: number }>(xs: T[]) =>
            [...xs].sort((a, b) => key(b.score) - key(a.score) || (a.id as number) - (b.id as number));
          expect(order(got).map((h) => [h.id, key(h.score)])).toEqual(
            order(expected).map((r) => [r.id as number, key(r.score)]),
          );
          const matchedBy = new Map(expected.map((r) => [r.id as number, [...r.terms].sort()]));
          for (const h of got) expect([...h.matched].sort()).toEqual(matchedBy.get(h.id));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the first of its ranking for a few hits, with expansions and articles of several passages', () => {
    // A search for a few hits passes over results that score below the last kept: it must keep the same ones.
    const article = fc.array(fc.record({ title: text, texts: fc.array(text, { minLength: 1, maxLength: 4 }) }), {
      minLength: 1,
      maxLength: 12,
    });
    const expansion = fc.record({
      term: fc.constantFrom(...POOL.flatMap((w) => terms(w))),
      weight: fc.double({ min: 0.05, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        article,
        query,
        fc.array(expansion, { maxLength: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (arts, words, expansions, limit) => {
          const items = arts.flatMap((a, doc) => a.texts.map((t) => ({ doc, title: a.title, text: t })));
          const index = PassageIndex.build(items.map((it, id) => ({ id, ...it })));
          const q = words.join(' ');
          const all = index.search(q, 1000, { expansions });
          expect(index.search(q, limit, { expansions })).toEqual(all.slice(0, limit));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('saves as MiniSearch JSON and loads back with the same results', () => {
    const items = TEXTS.map((t, id) => ({ id, title: `Story ${id}`, text: t }));
    const index = PassageIndex.build(items);
    const data = index.toData();
    const loaded = PassageIndex.fromData({
      ...data,
      mini: MiniSearch.loadJSON(JSON.stringify(data.mini), PassageIndex.options()),
      titles: MiniSearch.loadJSON(JSON.stringify(data.titles), PassageIndex.titleOptions()),
    });
    for (const q of ['rockets embassy', 'Kirkuk', 'missilles']) expect(loaded.search(q)).toEqual(index.search(q));
  });

  it('indexes a title once per article, and scores it on every passage of the article', () => {
    // Two articles of two passages each; "Kirkuk" only in the first article's title.
    const items = [
      { id: 0, doc: 0, title: 'Kirkuk base attacked', text: TEXTS[0] as string },
      { id: 1, doc: 0, title: 'Kirkuk base attacked', text: TEXTS[4] as string },
      { id: 2, doc: 1, title: 'Bakery news', text: TEXTS[2] as string },
      { id: 3, doc: 1, title: 'Bakery news', text: TEXTS[3] as string },
    ];
    const index = PassageIndex.build(items);
    expect(index.titles.documentCount).toBe(2);
    expect(index.mini.documentCount).toBe(4);
    expect(ids(index, 'attacked').sort()).toEqual([0, 1]);
    // A title match adds to a text match: passage 0 holds "Kirkuk" in its text and its title.
    const [first, second] = index.search('Kirkuk');
    expect([first?.id, second?.id]).toEqual([0, 1]);
    expect(first?.score).toBeGreaterThan(second?.score ?? Infinity);
    // Searches one after another each count a passage once, by its text and title or its title alone.
    const kirkuk = index.search('Kirkuk bakery');
    expect(index.search('attacked news')).toHaveLength(4);
    expect(index.search('Kirkuk bakery')).toEqual(kirkuk);
    expect(new Set(kirkuk.map((h) => h.id)).size).toBe(kirkuk.length);
    // Every word must match for a complete autocomplete match: one in the title, one in the text.
    expect(index.searchPrefix(terms('bakery'), ['embass']).map((h) => h.id)[0]).toBe(3);
    // The title's passages count towards how many passages hold a word.
    expect(index.termsWithPrefix('attack').find((f) => f.term === terms('attacked')[0])?.passages).toBe(2);
  });

  it('finds index terms by prefix, from memory', () => {
    const index = PassageIndex.build(TEXTS.map((t, id) => ({ id, title: '', text: t })));
    const found = index.termsWithPrefix(terms('rockets')[0]?.slice(0, 3) ?? '');
    expect(found.map((f) => f.term)).toContain(terms('rockets')[0]);
    expect(found.find((f) => f.term === terms('rockets')[0])?.passages).toBe(2);
  });
});

describe('PassageIndex expansions', () => {
  const items = [
    'The airline agreed to purchase six jets.',
    'The carrier will buy six jets from Boeing.',
    'Six jets were delivered to the museum.',
  ].map((text, id) => ({ id, title: '', text }));
  const index = PassageIndex.build(items);
  const buy = terms('buy')[0] as string;

  it('finds a passage only an expansion reaches, below one that has the exact word', () => {
    expect(index.search('who will purchase', 10).map((h) => h.id)).toEqual([0]);
    const hits = index.search('who will purchase', 10, { expansions: [{ term: buy, weight: 0.6 }] });
    expect(hits.map((h) => h.id)).toEqual([0, 1]);
    expect(hits[1]?.matched).toEqual([buy]);
    expect(hits[1]?.score).toBeLessThan(hits[0]?.score ?? 0);
  });

  it('counts an expansion below a question word in the ranking', () => {
    // "jets" in all three; "purchase" only in 0, its neighbour "buy" only in 1.
    const hits = index.search('purchase jets', 10, { expansions: [{ term: buy, weight: 0.5 }] });
    expect(hits.map((h) => h.id)).toEqual([0, 1, 2]);
    const plain = index.search('purchase jets', 10);
    // Without the expansion, the passage that says "buy" is only a "jets" match, level with 2.
    expect(plain.find((h) => h.id === 1)?.score).toBeCloseTo(plain.find((h) => h.id === 2)?.score ?? 0, 0);
  });

  it("ignores unknown terms, weights of 0 and the question's own terms", () => {
    const plain = index.search('purchase jets', 10);
    expect(
      index.search('purchase jets', 10, {
        expansions: [
          { term: 'zzz', weight: 0.5 },
          { term: buy, weight: 0 },
          { term: terms('jets')[0] as string, weight: 0.5 },
        ],
      }),
    ).toEqual(plain);
  });
});
