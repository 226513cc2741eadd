// Ingestion of the seed corpus and of synthetic corpus folders: dates, glued
// sentences, passage size and boundaries, boilerplate, repeats, offsets, and
// files that cannot be used.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PASSAGE_CHARS, parseDocument } from '../../src/corpus/document.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus, CorpusWarning, ParsedPassage, Passage, SourceDocument } from '../../src/corpus/types.js';
import { breakLongRuns } from '../../src/nlp/analyze.js';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');
const noSpace = (s: string) => s.replace(/\s+/g, '');

describe('loadCorpus on the seed corpus', () => {
  let corpus: Corpus<ParsedPassage>;
  const sources = new Map<string, string>();

  const doc = (prefix: string): SourceDocument => {
    const d = corpus.documents.find((x) => x.id.startsWith(prefix));
    if (!d) throw new Error(`no document ${prefix}`);
    return d;
  };
  const passagesOf = (prefix: string): Passage[] => doc(prefix).passages.map((id) => corpus.passages[id] as Passage);
  const allText = () => corpus.passages.map((p) => p.text);

  beforeAll(async () => {
    corpus = await loadCorpus(CORPUS_DIR);
    for (const d of corpus.documents) sources.set(d.file, await readFile(path.join(CORPUS_DIR, d.file), 'utf8'));
  });

  it('loads all four articles without warnings', () => {
    expect(corpus.documents.map((d) => d.id.slice(0, 3))).toEqual(['000', '001', '002', '003']);
    expect(corpus.warnings).toEqual([]);
    expect(corpus.passages.length).toBeGreaterThan(20);
  });

  it('parses the date line, and leaves a file without one undated', () => {
    expect(doc('000').date).toBe('2020-01-06');
    expect(doc('001').date).toBeNull();
    expect(doc('002').date).toBe('2019-12-28');
    expect(doc('003').date).toBe('2020-01-08');
  });

  it('does not leave the date line in the passage text', () => {
    for (const t of allText()) {
      expect(t).not.toMatch(/\bdate \d{4}-\d{2}-\d{2}/);
    }
    expect(passagesOf('000')[0]?.text.startsWith('After the U.S. drone strike')).toBe(true);
  });

  it('repairs glued sentences but keeps abbreviations intact', () => {
    const text = allText().join('\n');
    // The source has "threatened to do.The rocket attack", "intact.The widespread",
    // "official.”Reuters claimed" and "desert.In the wake".
    expect(text).toContain('threatened to do. The rocket attack');
    expect(text).toContain('four rockets intact. The widespread');
    expect(text).toContain('defense official.” Reuters claimed');
    expect(text).toContain('toward the desert. In the wake');
    expect(text).not.toMatch(/\p{Ll}[.!?]["”]?\p{Lu}\p{Ll}/u);
    expect(text).not.toContain('respond.The');
    expect(text).toContain('U.S.');
    expect(text).not.toMatch(/U\. S\./);
    expect(text).toContain('Jan. 3');
    expect(text).toContain('Dec. 10');
    expect(text).not.toMatch(/\b(Jan|Dec)\.\d/);
  });

  it('keeps every passage within the passage size limit', () => {
    expect(MAX_PASSAGE_CHARS).toBe(600);
    for (const p of corpus.passages) {
      expect(p.text.length).toBeGreaterThan(0);
      expect(p.text.length, p.key).toBeLessThanOrEqual(600);
    }
  });

  it('splits the long one-paragraph article into several passages on sentence boundaries', () => {
    const raw = sources.get(doc('002').file) ?? '';
    expect(raw.length).toBeGreaterThan(8000);
    const ps = passagesOf('002');
    expect(ps.length).toBeGreaterThanOrEqual(Math.ceil(8000 / 600));
    for (const [i, p] of ps.entries()) {
      expect(p.paragraph).toBe(1);
      expect(p.part).toBe(i + 1);
      expect(p.key).toBe(`${doc('002').id}:1.${i + 1}`);
      expect(p.text, p.key).toMatch(/[.!?]["”’)]?$/u);
      expect(p.text, p.key).toMatch(/^["“]?[\p{Lu}\d]/u);
    }
    // Nothing lost between the parts: together they hold the whole paragraph's words.
    const joined = noSpace(ps.map((p) => p.text).join(''));
    const body = noSpace(raw.replace(/^ date \S+/, ''));
    expect(joined).toBe(body);
  });

  it('marks where each further story of a listing page begins, after its "Read More" link', () => {
    const raw = sources.get(doc('001').file) ?? '';
    const links = raw.split('\n').filter((line) => /^Read More$/.test(line.trim())).length;
    const stories = doc('001').stories ?? [];
    // Every link but the last, which ends the page, opens a story.
    expect(stories).toHaveLength(links - 1);
    for (const { from, title } of stories) {
      const [caption, lead] = passagesOf('001').filter((p) => p.paragraph >= from);
      // The story opens with its photo, as each does on the page; its title is its first sentence of news.
      expect(caption?.paragraph).toBe(from);
      expect(caption?.text).toMatch(/\)$/);
      expect(lead?.text.replace(/^[A-Z]+ \(Reuters\) - /, '').startsWith(title.replace(/…$/, ''))).toBe(true);
      expect(title).not.toBe(doc('001').title);
    }
    for (const prefix of ['000', '002', '003']) expect(doc(prefix).stories ?? []).toEqual([]);
  });

  it('drops boilerplate paragraphs', () => {
    for (const t of allText()) {
      expect(t).not.toMatch(/Read More/i);
      expect(t).not.toMatch(/All rights reserved/i);
      expect(t).not.toMatch(/Editor['’]s Note/i);
      expect(t).not.toMatch(/Additional information/i);
      expect(t).not.toMatch(/Updated:/);
      expect(t).not.toBe('world');
      expect(t.startsWith('world')).toBe(false);
    }
    // The real article text around the boilerplate is still there.
    expect(allText().some((t) => t.startsWith("Iraq's Defense Ministry says"))).toBe(true);
    expect(allText().some((t) => t.startsWith('The US department of defence confirmed'))).toBe(true);
  });

  it('indexes a tweet quoted twice in one article once', () => {
    const withTweet = allText().filter((t) => t.includes('Assessment of casualties'));
    expect(withTweet).toHaveLength(1);
    expect(corpus.duplicates).toBeGreaterThanOrEqual(1);
  });

  it('gives every passage a document id, title, paragraph number and a unique key', () => {
    const keys = new Set<string>();
    for (const d of corpus.documents) {
      expect(d.id).toBe(d.file.replace(/\.txt$/, ''));
      expect(d.title.trim().length).toBeGreaterThan(0);
      expect(d.title.length).toBeLessThanOrEqual(90);
      expect(d.passages.length).toBeGreaterThan(0);
    }
    corpus.passages.forEach((p, i) => {
      expect(p.id).toBe(i);
      const d = corpus.documents[p.doc];
      expect(d).toBeDefined();
      expect(d?.passages).toContain(p.id);
      expect(p.paragraph).toBeGreaterThanOrEqual(1);
      expect(p.part).toBeGreaterThanOrEqual(1);
      expect(p.key.startsWith(`${d?.id}:${p.paragraph}`)).toBe(true);
      expect(keys.has(p.key)).toBe(false);
      keys.add(p.key);
      expect(p.sentences.length).toBeGreaterThan(0);
      for (const s of p.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(p.text.length);
        expect(s.end).toBeGreaterThan(s.start);
      }
    });
  });

  it('maps every passage to offsets where its text begins in the source file', () => {
    for (const p of corpus.passages) {
      const d = corpus.documents[p.doc] as SourceDocument;
      const raw = sources.get(d.file) ?? '';
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.end).toBeGreaterThan(p.start);
      expect(p.end).toBeLessThanOrEqual(raw.length);
      const src = noSpace(raw.slice(p.start, p.end));
      const text = noSpace(p.text);
      expect(src.slice(0, 20), p.key).toBe(text.slice(0, 20));
      // (The whole text against its source: the test below.)
    }
  });

  // A passage that ends at a repaired glued sentence end ("casualties.If")
  // still ends after the "." in the source: the cited source is the whole passage.
  it('source text between start and end equals the passage text (whitespace aside)', () => {
    for (const p of corpus.passages) {
      const d = corpus.documents[p.doc] as SourceDocument;
      const raw = sources.get(d.file) ?? '';
      expect(noSpace(raw.slice(p.start, p.end)), p.key).toBe(noSpace(p.text));
    }
  });
});

describe('loadCorpus on synthetic folders', () => {
  const dirs: string[] = [];
  const folder = async (files: Record<string, string | Buffer>): Promise<string> => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-ingest-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
    return dir;
  };
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  /** Load a folder that must yield exactly one document and no warnings. */
  const loadOne = async (files: Record<string, string | Buffer>) => {
    const c = await loadCorpus(await folder(files));
    expect(c.warnings).toEqual([]);
    expect(c.documents).toHaveLength(1);
    return { c, d: c.documents[0] as SourceDocument };
  };

  const GOOD = 'Rocket fire hit the air base on Friday night. Nobody was hurt in the attack, officials said.\n';

  it('unwraps a hard-wrapped wire article into paragraphs and takes its headline as title', async () => {
    const wire = [
      ' date 1987-02-26',
      'Cocoa producers expect lower sales this season',
      '    LONDON, Feb 26 - Cocoa producing countries are expected to',
      'limit their sales on the world market in the coming months,',
      'trade sources said today. They said the decision followed a',
      'meeting of the main exporters in Abidjan earlier this week.',
      '    The International Cocoa Organization said world stocks had',
      'risen for the third year running, which kept prices under',
      'pressure throughout the season.',
      '    Dealers said the market would remain quiet until the council',
      'meets again in March.',
      '',
    ].join('\n');
    const { c, d } = await loadOne({ 'wire.txt': wire });
    expect(d.id).toBe('wire');
    expect(d.date).toBe('1987-02-26');
    expect(d.title).toBe('Cocoa producers expect lower sales this season');
    expect(c.passages.map((p) => p.paragraph)).toEqual([1, 2, 3]);
    const [p1, p2, p3] = c.passages as [ParsedPassage, ParsedPassage, ParsedPassage];
    expect(p1.text).toBe(
      'LONDON, Feb 26 - Cocoa producing countries are expected to limit their sales on the world market in the coming months, trade sources said today. They said the decision followed a meeting of the main exporters in Abidjan earlier this week.',
    );
    expect(p2.text.startsWith('The International Cocoa Organization said')).toBe(true);
    expect(p2.text).toContain('kept prices under pressure');
    expect(p3.text).toBe('Dealers said the market would remain quiet until the council meets again in March.');
    for (const p of c.passages) {
      expect(p.text).not.toMatch(/\n|\s{2}/);
      expect(p.text).not.toContain('Cocoa producers expect');
      expect(noSpace(wire.slice(p.start, p.end))).toBe(noSpace(p.text));
    }
  });

  it('carries a wire sentence on across a blank line, and only a sentence left open', async () => {
    const wire = [
      ' date 1987-03-13',
      'BANK POSTPONES PLANNED AUCTION OF SHARES',
      "Sweden's Nordbanken banking group",
      '',
      'said it would postpone indefinitely its planned auction on',
      'Monday of 4.2 mln free shares deposited as loan collateral.',
      "    A statement cited the company's financial position as the",
      'main reason for the delay, the bank said on Friday.',
      '',
      'analysts said the shares would find buyers in the spring.',
      '',
    ].join('\n');
    const { c } = await loadOne({ 'wire.txt': wire });
    const texts = c.passages.map((p) => p.text);
    expect(texts[0]).toMatch(/^Sweden's Nordbanken banking group said it would postpone indefinitely/);
    // After a finished sentence a blank line still closes the paragraph, whatever case follows.
    expect(texts.some((t) => t.startsWith('analysts said'))).toBe(true);
    for (const p of c.passages) expect(noSpace(wire.slice(p.start, p.end))).toBe(noSpace(p.text));
  });

  it('skips a file with a bad date line, naming it and why, and still loads the rest', async () => {
    const dir = await folder({ 'bad.txt': ` date 2020-13-45\n${GOOD}`, 'good.txt': ` date 2020-02-29\n${GOOD}` });
    const seen: CorpusWarning[] = [];
    const c = await loadCorpus(dir, { onWarning: (w) => seen.push(w) });
    expect(c.documents.map((d) => d.file)).toEqual(['good.txt']);
    expect(c.documents[0]?.date).toBe('2020-02-29');
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]?.file).toBe('bad.txt');
    expect(c.warnings[0]?.reason).toMatch(/date/i);
    expect(c.warnings[0]?.reason).toContain('2020-13-45');
    expect(seen).toEqual(c.warnings);
  });

  it('skips empty, white-space-only, binary and non-UTF-8 files with a warning each', async () => {
    const dir = await folder({
      'a-empty.txt': '',
      'b-blank.txt': ' \n\n\t \n',
      'c-binary.txt': Buffer.concat([Buffer.from('Some text'), Buffer.from([0, 1, 2, 0]), Buffer.from(' more.')]),
      'd-latin1.txt': Buffer.concat([
        Buffer.from('Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' owners said prices rose.'),
      ]),
      'e-good.txt': GOOD,
    });
    const c = await loadCorpus(dir);
    expect(c.documents.map((d) => d.file)).toEqual(['e-good.txt']);
    const reasons = Object.fromEntries(c.warnings.map((w) => [w.file, w.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['a-empty.txt', 'b-blank.txt', 'c-binary.txt', 'd-latin1.txt']);
    expect(reasons['a-empty.txt']).toMatch(/empty/i);
    expect(reasons['b-blank.txt']).toMatch(/empty|white space/i);
    expect(reasons['c-binary.txt']).toMatch(/binary|NUL/i);
    expect(reasons['d-latin1.txt']).toMatch(/UTF-8/i);
  });

  it('reads .md files (markdown stripped) and ignores other extensions', async () => {
    const md =
      '# Harbour reopens after storm\n\nThe **harbour** reopened on Monday after [the storm](https://example.com) passed. Ferries ran again by noon.\n';
    const { c, d } = await loadOne({ 'story.md': md, 'notes.json': '{"a": 1}', 'readme.rtf': GOOD });
    expect(d.file).toBe('story.md');
    expect(d.id).toBe('story');
    expect(d.title).toBe('Harbour reopens after storm');
    expect(c.passages).toHaveLength(1);
    expect(c.passages[0]?.text).toBe(
      'The harbour reopened on Monday after the storm passed. Ferries ran again by noon.',
    );
  });

  it('warns about an exact duplicate file and indexes its passages once', async () => {
    const article = `${GOOD}\nThe base hosts several hundred coalition troops and contractors.\n`;
    const dir = await folder({ 'one.txt': article, 'two.txt': article });
    const c = await loadCorpus(dir);
    expect(c.documents.map((d) => d.file)).toEqual(['one.txt']);
    expect(c.passages).toHaveLength(2);
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]?.file).toBe('two.txt');
    expect(c.warnings[0]?.reason).toMatch(/repeat|duplicate/i);
  });

  it('reports a missing corpus folder as an error', async () => {
    await expect(loadCorpus(path.join(os.tmpdir(), 'newsdesk-no-such-folder-xyz'))).rejects.toThrow();
  });
});

describe('long unbroken runs before wink', () => {
  it('get a space every 120 characters, same length, words and emoji pairs untouched (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '/', '🚀', ' ', '.', 'é'), maxLength: 2000 }), (text) => {
        const broken = breakLongRuns(text);
        expect(broken.length).toBe(text.length);
        expect(/\S{240,}/.test(broken)).toBe(false);
        // Only characters that were not white space change, and only to a space; no surrogate is split.
        for (let i = 0; i < text.length; i++) if (broken[i] !== text[i]) expect(broken[i]).toBe(' ');
        expect(broken.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')).not.toMatch(/[\ud800-\udfff]/);
      }),
    );
    const sentence = 'Rockets hit the base on Friday, https://example.com/a/b said.';
    expect(breakLongRuns(sentence)).toBe(sentence);
  });
});

describe('stories of a page', () => {
  const breaks = (body: string) => parseDocument('page', body, new Set()).stories.map((s) => s.from);

  it('divides a page only where a link to the rest of a story stands between two of them', () => {
    const story = (n: number) => `LONDON (Reuters) - Story number ${n} tells what happened on the day, officials said.`;
    expect(breaks([story(1), 'Read more', story(2), 'Continue reading…', story(3)].join('\n\n'))).toEqual([3, 5]);
    // A link before any news, or at the page's end, divides nothing; nor does other furniture.
    expect(breaks(['Read more', story(1), 'Advertisement', story(2), 'Read more'].join('\n\n'))).toEqual([]);
    // The furniture after a link is passed over: the story begins at its first paragraph of news, here its photo.
    const photo = 'Traders at work in London. (REUTERS/Staff)';
    expect(breaks([story(1), 'Read more', '© 2020 Example', photo, story(2), 'Read more'].join('\n\n'))).toEqual([4]);
  });

  it('does not divide an article at its link to a related story, alone or followed by more of the article', () => {
    const article = (n: number) => `Paragraph ${n} of the article goes on with the story, officials said.`;
    const story = 'WASHINGTON (Reuters) - Another story begins here, officials said.';
    // One link alone is an article's, whatever follows it.
    expect(breaks([article(1), 'Read more', story, article(2)].join('\n\n'))).toEqual([]);
    // Two links, but what follows the first goes on with the article: no story opens there.
    expect(breaks([article(1), 'Read more', article(2), 'Read more', story].join('\n\n'))).toEqual([5]);
  });

  it("titles each further story by its first sentence of news, a photo's caption and a wire dateline aside", () => {
    const page = [
      'Markets steady. Dealers said trade was thin.',
      'Read more',
      'Traders at work in London. (REUTERS/Staff)',
      'LONDON (Reuters) - Gold rose on Friday. Dealers cited the dollar.',
      'Read more',
    ].join('\n\n');
    const parsed = parseDocument('page', page, new Set());
    expect(parsed.stories).toEqual([{ from: 3, title: 'Gold rose on Friday.' }]);
    expect(parsed.title).toBe('Markets steady.');
  });
});
