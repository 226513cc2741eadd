// Search as you type, compact references, and the choices built from them,
// over small synthetic corpora written to a temporary folder.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerButtons, fitRefs } from '../../src/bot/render-browse.js';
import { documentChoice, passageChoice, quoteText } from '../../src/bot/render-post.js';
import {
  documentRef,
  passageRef,
  resolveDocumentRef,
  resolvePassageFocus,
  resolvePassageRef,
  sentenceAt,
} from '../../src/corpus/refs.js';
import type { ParsedPassage, SourceDocument } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine/engine.js';
import {
  clearBestPassage,
  findDocuments,
  findPassages,
  latestDocuments,
  parseTyped,
} from '../../src/search/autocomplete.js';
import { sentencesOf } from '../../src/corpus/passage-store.js';

const dirs: string[] = [];
async function engineFor(files: Record<string, string>): Promise<Engine> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-autocomplete-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return Engine.build(dir);
}
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const FILES = {
  'bridge.txt': [
    ' date 2021-03-04',
    'Harbour bridge reopens after repairs',
    '',
    'The harbour bridge reopened to traffic on Thursday after six months of repairs to its cables.',
    '',
    'Engineers replaced forty cables and repainted the towers, the city said. The work cost more than planned.',
  ].join('\n'),
  'ferry.txt': [
    ' date 2021-05-10',
    'Ferry service adds evening crossings',
    '',
    'The ferry company will add three evening crossings across the harbour from June.',
    '',
    'Commuters had asked for later ferries since the bridge closed for repairs.',
  ].join('\n'),
  'library.txt': [
    'Library extends opening hours',
    '',
    'The central library will open until ten at night on weekdays, the council announced.',
  ].join('\n'),
};

describe('parseTyped', () => {
  it('takes finished words whole and the word being typed as prefixes', () => {
    expect(parseTyped('harbour brid')).toMatchObject({ whole: ['harbour'], partial: ['brid'] });
    expect(parseTyped('harbour bridge ')).toMatchObject({ whole: ['harbour', 'bridg'], partial: [] });
  });

  it('offers both the typed form and its stem of a finished-looking last word', () => {
    expect(parseTyped('repairs').partial).toEqual(['repairs', 'repair']);
  });

  it('ignores a one-letter last word and short stop words being typed', () => {
    expect(parseTyped('harbour b').partial).toEqual([]);
    expect(parseTyped('harbour the').partial).toEqual([]);
    expect(parseTyped('').whole).toEqual([]);
  });
});

describe('findPassages', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineFor(FILES);
  });
  const keys = (text: string) => findPassages(engine, text).map((m) => engine.corpus.passages[m.passage.id]?.text);

  it('finds a passage from an unfinished last word', () => {
    const [first] = findPassages(engine, 'evening cross');
    expect(first?.passage.text).toMatch(/evening crossings/);
    expect(first?.complete).toBe(true);
  });

  it('puts passages that match every word before those that match some', () => {
    const matches = findPassages(engine, 'bridge repairs');
    expect(matches.length).toBeGreaterThan(1);
    const firstPartial = matches.findIndex((m) => !m.complete);
    const lastComplete = matches.map((m) => m.complete).lastIndexOf(true);
    expect(lastComplete).toBeGreaterThanOrEqual(0);
    if (firstPartial >= 0) expect(firstPartial).toBeGreaterThan(lastComplete);
    // Titles are searched too: "every word" may be in the passage or its article's title.
    for (const m of matches.filter((x) => x.complete))
      expect(`${m.document.title} ${m.passage.text}`.toLowerCase()).toMatch(/bridge/);
  });

  it('points at the first typed word in the passage, for the excerpt', () => {
    const [first] = findPassages(engine, 'cables towers');
    expect(first?.passage.text.slice(first.at)).toMatch(/^(cables|towers)/);
  });

  it('returns nothing for words no article has, and the opening passages of the latest articles for nothing typed', () => {
    expect(keys('zebra quokka')).toEqual([]);
    const opening = findPassages(engine, '   ');
    expect(opening.map((m) => m.document.date)).toEqual(['2021-05-10', '2021-03-04', null]);
    for (const m of opening) expect(m.document.passages[0]).toBe(m.passage.id);
  });

  it('keeps to the limit', () => {
    expect(findPassages(engine, 'the', 2).length).toBeLessThanOrEqual(2);
    expect(findPassages(engine, 'harbour', 1)).toHaveLength(1);
  });

  it('chooses a clear best passage only when one stands out', () => {
    expect(clearBestPassage(findPassages(engine, 'forty cables repainted towers'))?.passage.text).toMatch(/forty/);
    expect(clearBestPassage(findPassages(engine, 'zebra'))).toBeNull();
    const one = { ...findPassages(engine, 'forty cables')[0]!, complete: true, score: 10 };
    expect(clearBestPassage([one, { ...one, score: 9.5 }])).toBeNull();
    expect(clearBestPassage([one, { ...one, score: 5 }])).toBe(one);
    expect(clearBestPassage([{ ...one, complete: false }])).toBeNull();
  });
});

describe('findDocuments', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineFor(FILES);
  });
  const titles = (text: string) => findDocuments(engine.corpus, text).map((d) => d.title);

  it('matches every typed word as a title word prefix', () => {
    expect(titles('ferry even')).toEqual(['Ferry service adds evening crossings']);
    expect(titles('harb')).toEqual(['Harbour bridge reopens after repairs']);
    expect(titles('bridge ferry')).toEqual([]);
  });

  it('matches a document id prefix', () => {
    expect(titles('libr')).toEqual(['Library extends opening hours']);
    expect(findDocuments(engine.corpus, 'ferry').map((d) => d.id)).toEqual(['ferry']);
  });

  it('lists the newest first when nothing is typed, undated last', () => {
    expect(latestDocuments(engine.corpus).map((d) => d.id)).toEqual(['ferry', 'bridge', 'library']);
    expect(findDocuments(engine.corpus, '').map((d) => d.id)).toEqual(['ferry', 'bridge', 'library']);
  });
});

describe('passage and document references', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineFor(FILES);
  });

  it('round-trips every passage and document, without ":" and within 20 characters', () => {
    for (const p of engine.corpus.passages) {
      const ref = passageRef(p);
      expect(ref).not.toContain(':');
      expect(ref.length).toBeLessThanOrEqual(20);
      expect(resolvePassageRef(engine.corpus, ref)).toBe(p);
    }
    for (const d of engine.corpus.documents) expect(resolveDocumentRef(engine.corpus, documentRef(d))).toBe(d);
  });

  it('carries the sentence in view, and ignores one the passage does not have', () => {
    const p = engine.corpus.passages.find((x) => sentencesOf(x).length > 1);
    if (!p) throw new Error('fixture needs a passage of two sentences');
    expect(resolvePassageFocus(engine.corpus, passageRef(p, 1))).toEqual({ passage: p, sentence: 1 });
    expect(passageRef(p, 99)).toBe(passageRef(p));
    expect(sentenceAt(p, sentencesOf(p)[1]!.start)).toBe(1);
  });

  it('does not resolve to another passage once the corpus changed', async () => {
    const before = engine.corpus.passages.map((p) => ({ ref: passageRef(p), key: p.key }));
    // A new article sorts first and shifts every position.
    const changed = await engineFor({ ...FILES, 'aaa-new.txt': 'Zoo opens\n\nA new zoo opened downtown today.' });
    for (const { ref, key } of before) {
      const now = resolvePassageRef(changed.corpus, ref);
      if (now) expect(now.key).toBe(key);
    }
    expect(before.filter(({ ref }) => resolvePassageRef(changed.corpus, ref) === null).length).toBeGreaterThan(0);
  });

  it('rejects malformed references', () => {
    for (const bad of ['', 'p', 'p1', 'p1.abc', 'pzzzzzzzz.abcde', 'x1.abcde', 'p1.abcde.', 'd0.zzzzz'])
      expect(resolvePassageRef(engine.corpus, bad)).toBeNull();
    expect(resolveDocumentRef(engine.corpus, 'd0.zzzzz')).toBeNull();
  });
});

describe('choices and quotes', () => {
  const doc = (title: string, date: string | null): SourceDocument => ({
    index: 0,
    id: 'doc',
    file: 'doc.txt',
    title,
    date,
    passages: [0],
  });
  const passage = (text: string): ParsedPassage => ({
    id: 123456,
    key: 'doc:7',
    doc: 0,
    paragraph: 7,
    part: 1,
    text,
    start: 0,
    end: text.length,
    sentences: [{ start: 0, end: text.length, kinds: 0, proper: [] }],
    dates: [],
  });

  it('always fits Discord: names 1–100 characters, values ≤ 100, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.string({ minLength: 1, maxLength: 2000 }),
        fc.nat(3000),
        (title, text, at) => {
          const c = passageChoice({ passage: passage(text), document: doc(title, '2020-01-02'), at });
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeLessThanOrEqual(100);
          expect(c.name).not.toMatch(/\p{Cc}/u);
          const d = documentChoice(doc(title, null), 12);
          expect(d.name.length).toBeLessThanOrEqual(100);
          expect(d.name).toMatch(/ · undated · 12 ¶$/);
        },
      ),
    );
  });

  it('names the source and paragraph, and starts the excerpt at the match', () => {
    const text = 'Officials met on Monday. Later that week the harbour bridge reopened after long repairs.';
    const c = passageChoice({
      passage: passage(text),
      document: doc('Bridge news', '2021-03-04'),
      at: text.indexOf('harbour'),
    });
    expect(c.name).toMatch(/^Bridge news · 2021-03-04 · ¶7 — …harbour bridge/);
  });

  it('quotes a long passage from just before the sentence picked, in bold', () => {
    const sentences = ['First sentence here.', 'Second one follows.', 'Third is the one picked.', 'Fourth ends it.'];
    const filler = ' Filler words go on and on.'.repeat(20);
    const text = sentences[0] + filler + ' ' + sentences.slice(1).join(' ');
    const at = (s: string) => text.indexOf(s);
    const p: ParsedPassage = {
      ...passage(text),
      sentences: sentences
        .map((s) => ({ start: at(s), end: at(s) + s.length, kinds: 0, proper: [] }))
        .map((s, i) => (i === 0 ? { ...s, end: at(sentences[1]!) - 1 } : s)),
    };
    const q = quoteText(p, 2);
    expect(q.startsWith('…Second one follows.')).toBe(true);
    expect(q).toContain('**Third is the one picked.**');
    expect(q).toContain('Fourth ends it.');
    // A short passage, or none picked, is quoted whole.
    expect(quoteText(p, 0).startsWith('First sentence here.')).toBe(true);
  });
});

describe('answer buttons', () => {
  const big = (id: number): ParsedPassage => ({
    id,
    key: `some/long/folder/article-${id}:12.3`,
    doc: 0,
    paragraph: 12,
    part: 3,
    text: 'x',
    start: 0,
    end: 1,
    sentences: [],
    dates: [],
  });

  it('fits as many further-source refs as a custom_id holds, even for huge corpora and 20-digit ids', () => {
    const further = [1, 2, 3, 4, 5, 6].map((i) => big(60_000_000 + i));
    for (const isPrivate of [true, false]) {
      const rows = answerButtons(further, isPrivate, '12345678901234567890');
      const ids = rows.flatMap((r) => r.components).map((c) => ('custom_id' in c ? c.custom_id : ''));
      for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
      expect(ids.some((id) => id.startsWith('more:'))).toBe(true);
      expect(ids.some((id) => id.startsWith('apost:'))).toBe(isPrivate);
    }
    expect(fitRefs('more', ['12345678901234567890'], ['p1.abcde', 'p2.abcde']).length).toBe(2);
    expect(fitRefs('more', ['x'.repeat(80)], ['p1.abcde', 'p2.abcde'])).toEqual(['p1.abcde']);
  });

  it('disables More sources when there are none', () => {
    const [row] = answerButtons([], false, '1');
    const more = row?.components[0];
    expect(more && 'disabled' in more ? more.disabled : undefined).toBe(true);
  });
});
