// The one sentence splitter (src/nlp/sentences.ts, through analyze()): real
// sentences, generated text whose boundaries are known, and a sample of the
// Reuters archive when ../shared has it. Also wire headlines, titles and
// paragraph numbers as a reader counts them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/document.js';
import { analyze } from '../../src/nlp/analyze.js';
import { lexiconTags } from '../../src/nlp/lexicon.js';
import { repairSentences, type TokenView } from '../../src/nlp/sentences.js';
import { truncate } from '../../src/util/text.js';

const split = (text: string) => analyze(text).map((s) => text.slice(s.start, s.end));

describe('sentence boundaries on real sentences', () => {
  it.each([
    [
      'in the U.S. And Canada (Reuters capitalises after "U.S.")',
      'Sales rose sharply in the U.S. And Canada, company officials said.',
    ],
    ['before a name after "U.S."', 'The U.S. Treasury said it would sell 9.75 billion dlrs of notes.'],
    ['at an initial inside a name', 'The award went to John F. Kennedy and to Harry S. Truman, the committee said.'],
    ['after titles', 'Gen. Smith met Mr. Brown, Dr. Jones and Sen. Robert J. Dole in St. Louis.'],
    ['after a month or "No." before a number', 'The No. 2 plant will close on Jan. 3 and reopen on Sept. 14.'],
    ['after a company form before its title', 'Acme Corp. Chairman John Smith said profits rose.'],
    ['after a company form before its ticker', 'Nippon Light Metal Co. Ltd. <NLGT.T> will continue output cuts.'],
    ['inside a ticker', 'Shares of British Petroleum Co Plc <BP.L> and Siemens AG <SIEG.F> rose.'],
    [
      'inside a ticker closed with a bracket by mistake',
      'Montedison SpA <MONI.MI> and Hercules Inc <HPC.N) are major shareholders, it said.',
    ],
    ['inside a number', 'Net profit rose 3.5 pct to 1,000.5 mln dlrs from 966.25 mln.'],
    ['at a given name written short', 'The managing underwriter is Alex. Brown and Sons Inc, the company said.'],
    ['at a given name written short before a firm', 'The gum maker Wm. Wrigley Jr. Co said profit rose.'],
    ['inside a quotation', 'He said "prices will rise. We agree with that," and left.'],
    ['inside an aside', 'The company (which was founded in 1901. It has 300 staff) said nothing.'],
  ])('keeps one sentence %s', (_, text) => {
    expect(split(text)).toEqual([text]);
  });

  it.each([
    [
      'after "U.S." before a determiner',
      'The drug is the most common treatment in the U.S. The company said it will sell it abroad.',
      ['The drug is the most common treatment in the U.S.', 'The company said it will sell it abroad.'],
    ],
    [
      'after "p.m." before a pronoun (wink runs these together)',
      'Mr. Smith left the meeting at 3 p.m. He returned an hour later.',
      ['Mr. Smith left the meeting at 3 p.m.', 'He returned an hour later.'],
    ],
    [
      'after "Inc." before a fronted phrase and its clause',
      'It bought a stake in Baxter Inc. In 1986, the company earned 5.2 mln dlrs on sales of 40 mln.',
      ['It bought a stake in Baxter Inc.', 'In 1986, the company earned 5.2 mln dlrs on sales of 40 mln.'],
    ],
    [
      'after a given name that ends a sentence, before a determiner',
      'He met Alex. The talks went well.',
      ['He met Alex.', 'The talks went well.'],
    ],
    [
      'after "U.K." before a subordinate clause',
      'Toshiba already has a sizeable presence in the U.K. While other companies have plants there, it does not.',
      ['Toshiba already has a sizeable presence in the U.K.', 'While other companies have plants there, it does not.'],
    ],
  ])('splits %s', (_, text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });

  it('does not end a sentence after "U.S." before a short reporting tail', () => {
    const text = 'Japan will ask the U.S. Over semiconductor trade, government officials said.';
    expect(split(text)).toEqual([text]);
  });

  it('reads an initialism whose dot wink split off like one it kept whole', () => {
    // wink's tokenizer keeps "F.N." whole until it has met "F.N" as a word; then it splits off the dot.
    const text = 'It granted F.N. Wolf an option.';
    const words = ['It', 'granted', 'F.N', '.', 'Wolf', 'an', 'option', '.'];
    const start = Int32Array.from([0, 3, 11, 14, 16, 21, 24, 30]);
    const tokens: TokenView = {
      text: words,
      pos: ['PRON', 'VERB', 'PROPN', 'PUNCT', 'PROPN', 'DET', 'NOUN', 'PUNCT'],
      start,
      end: Int32Array.from(words.map((w, i) => (start[i] ?? 0) + w.length)),
    };
    expect(words.every((w, i) => text.slice(start[i], (start[i] ?? 0) + w.length) === w)).toBe(true);
    expect(
      repairSentences(text, tokens, [
        [0, 3],
        [4, 7],
      ]),
    ).toEqual([[0, 7]]);
  });

  it('never starts a sentence in lower case or with a closing mark', () => {
    for (const text of [
      'Output fell. and then it rose again.',
      'He said (the price rose. Then it fell) and so on.',
      'Prices rose 5 pct. ) Then they fell.',
    ]) {
      for (const s of split(text).slice(1)) expect(s, text).not.toMatch(/^["“(\s]*[\p{Ll})\]}>,;:”]/u);
    }
  });
});

// Generated paragraphs whose sentence boundaries are known: subjects, verb
// phrases and endings full of abbreviations, initials, tickers, numbers and quotes.
const OPENERS = ['The company', 'It', 'He', 'They', 'In 1987, the bank', 'However, the group', 'This year, the firm'];
const SUBJECTS = [
  ...OPENERS,
  'Acme Corp <ACME.N>',
  'Mr. Brown',
  'Gen. John F. Kennedy',
  'U.S. officials',
  'Dr. Ann Lee of Baxter Inc. <BAX.N>',
  'Analysts at E.F. Hutton',
  '"We are pleased," Mr. Smith said, and the board',
];
const PHRASES = [
  'said profits rose 3.5 pct to 1,000.5 mln dlrs',
  'will pay a dividend on Jan. 3',
  'met Sen. Robert J. Dole and Dr. Jones in St. Louis',
  'bought the No. 2 plant from Baxter Inc. for 12.5 mln dlrs',
  'sold its stake in Lloyds Bank Plc <LLOY.L> to a U.S. unit',
  'said "prices will rise. We agree" and left',
  'cut its U.K. prime rate by 0.25 point',
  'named Robert Benders president of its Megatek Corp. unit',
];
const PLAIN_ENDS = ['.', ' last week.', ', officials said.', ' (see table).'];
const ABBREVIATION_ENDS = [' in the U.S.', ' to Acme Inc.', ' at 3 p.m.', ' in the U.K.', ' from Siemens Corp.'];

const sentenceArb = fc.record({
  subject: fc.constantFrom(...SUBJECTS),
  opener: fc.constantFrom(...OPENERS),
  phrase: fc.constantFrom(...PHRASES),
  plainEnd: fc.constantFrom(...PLAIN_ENDS),
  abbreviationEnd: fc.constantFrom(...ABBREVIATION_ENDS),
  endsInAbbreviation: fc.boolean(),
});

describe('sentence boundaries on generated text (property)', () => {
  it('finds exactly the sentences the text was built from, with offsets into it', () => {
    fc.assert(
      fc.property(fc.array(sentenceArb, { minLength: 1, maxLength: 8 }), (parts) => {
        const sentences: string[] = [];
        let afterAbbreviation = false;
        for (const p of parts) {
          // After "… in the U.S." only a clause opener can show that a new sentence starts.
          const subject = afterAbbreviation ? p.opener : p.subject;
          sentences.push(`${subject} ${p.phrase}${p.endsInAbbreviation ? p.abbreviationEnd : p.plainEnd}`);
          afterAbbreviation = p.endsInAbbreviation;
        }
        const text = sentences.join(' ');
        const found = analyze(text);
        expect(found.map((s) => text.slice(s.start, s.end))).toEqual(sentences);
        for (const [i, s] of found.entries()) {
          expect(s.start).toBeLessThan(s.end);
          if (i > 0) expect(s.start).toBeGreaterThan(found[i - 1]?.end ?? Infinity);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('wire copy: headline, title and paragraph numbers', () => {
  const wire = [
    ' date 1987-03-02',
    'U.K. MONEY MARKET GIVEN 215 MLN STG HELP',
    'The Bank of England said it provided the',
    'money market with 215 mln stg assistance in the afternoon',
    'session. This takes the total help so far today to 240 mln stg.',
    '    Year',
    '    Earlier, the Bank forecast a shortage of 400 mln stg in the',
    'system today.',
    ' REUTER',
    '',
  ].join('\n');
  const doc = parseDocument('wire', wire, new Set());

  it('takes a headline in capitals as the title, even with "U.K." in it', () => {
    expect(doc.title).toBe('U.K. MONEY MARKET GIVEN 215 MLN STG HELP');
    expect(doc.passages.map((p) => p.text).join(' ')).not.toContain('MONEY MARKET');
  });

  it('numbers paragraphs as a reader counts them in the file, label line included, sign-off dropped', () => {
    expect(doc.passages.map((p) => [p.paragraph, p.text.slice(0, 12)])).toEqual([
      [1, 'The Bank of '],
      [3, 'Earlier, the'],
    ]);
    expect(doc.passages.map((p) => p.text).join(' ')).not.toMatch(/REUTER/);
    for (const p of doc.passages) expect(wire.slice(p.start, p.end).replace(/\s+/g, ' ')).toBe(p.text);
  });

  it('unwraps a short item whose lines carry on in lower case', () => {
    const item =
      ' date 1987-03-02\nACME TO SELL UNIT\n<Acme Corp> said\nit agreed to sell its Versatile\nunit to Vicon Inc for\nundisclosed terms.\n Reuter\n';
    const d = parseDocument('item', item, new Set());
    expect(d.title).toBe('ACME TO SELL UNIT');
    expect(d.passages.map((p) => [p.paragraph, p.text])).toEqual([
      [1, '<Acme Corp> said it agreed to sell its Versatile unit to Vicon Inc for undisclosed terms.'],
    ]);
  });
});

describe('repeated text across files', () => {
  const payout = (headline: string, row: string) =>
    ` date 1987-03-02\n${headline}\n${row}\n    Pay April One\n    Record March 14\n Reuter\n`;
  const story =
    'The Bank of England said it provided the money market with 215 mln stg assistance in the afternoon session.';

  it('keeps a short table row that reads alike under another company’s headline', () => {
    const seen = new Set<string>();
    const row = 'Qtly div 35 cts vs 35 cts prior';
    const first = parseDocument('a', payout('EMHART CORP <EMH> QTLY DIVIDEND', row), seen);
    const second = parseDocument('b', payout('JIM WALTER CORP <JWC> SETS PAYOUT', row), seen);
    expect(first.passages.map((p) => p.text)).toEqual([row, 'Pay April One', 'Record March 14']);
    expect(second.passages.map((p) => p.text)).toEqual([row, 'Pay April One', 'Record March 14']);
    // The same item again under the same headline is a repeat.
    expect(parseDocument('c', payout('EMHART CORP <EMH> QTLY DIVIDEND', row), seen).passages).toEqual([]);
  });

  it('drops a story repeated under another headline', () => {
    const seen = new Set<string>();
    expect(parseDocument('a', ` date 1987-03-02\nU.K. MONEY MARKET HELP\n${story}\n`, seen).passages).toHaveLength(1);
    const again = parseDocument('b', ` date 1987-03-02\n(RPT) U.K. MONEY MARKET HELP\n${story}\n`, seen);
    expect(again.passages).toEqual([]);
    expect(again.repeats).toBe(1);
  });
});

// The Reuters archive, when ../shared has it: a spread sample of articles as
// the corpus writer lays them out (date line, headline, body).
const REUTERS = path.resolve(import.meta.dirname, '../../../shared/data/reuters21578.jsonl');
const SAMPLE = 300;

interface Article {
  id: string;
  date: string | null;
  title: string | null;
  body: string | null;
}

/** Where a reader sees paragraphs start in a wire file: the first body line, after a blank line, at an indent. */
function readerParagraphStarts(raw: string): number[] {
  const starts: number[] = [];
  let offset = 0;
  let previousBlank = true;
  for (const [k, line] of raw.split('\n').entries()) {
    const isChrome = k <= 1; // the date line and the headline
    if (!isChrome && line.trim() && !/^\s*reuter\s*$/i.test(line)) {
      if (previousBlank || /^\s/.test(line)) starts.push(offset + line.length - line.trimStart().length);
      previousBlank = false;
    } else previousBlank = isChrome || !line.trim();
    offset += line.length + 1;
  }
  return starts;
}

describe.skipIf(!existsSync(REUTERS))('sentences, titles and paragraphs over the Reuters archive (sample)', () => {
  const articles = existsSync(REUTERS)
    ? readFileSync(REUTERS, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Article)
        .filter((a) => a.body?.trim() && a.title?.trim())
    : [];
  const step = Math.max(1, Math.floor(articles.length / SAMPLE));
  const sample = articles.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  const parsed = sample.map((a) => {
    const raw = `${a.date ? ` date ${a.date.slice(0, 10)}\n` : ''}${a.title ?? ''}\n${a.body ?? ''}`;
    return { a, raw, doc: parseDocument(`reuters-${a.id}`, raw, new Set()) };
  });

  it('no sentence after a paragraph’s first starts in lower case, with a closing mark, inside a ticker or a number', () => {
    const bad: string[] = [];
    let boundaries = 0;
    for (const { a, doc } of parsed)
      for (const p of doc.passages)
        for (const s of p.sentences.slice(p.part === 1 ? 1 : 0)) {
          if (s.start === 0) continue;
          boundaries++;
          const before = p.text.slice(0, s.start);
          const at = p.text.slice(s.start, s.start + 30);
          const openTicker = before.lastIndexOf('<') > before.lastIndexOf('>');
          if (/^["“(]*[\p{Ll})\]}>,;:”]/u.test(at) || openTicker || (/\d[.,]\s*$/.test(before) && /^\d/.test(at)))
            bad.push(`${a.id}: …${before.slice(-30)} || ${at}`);
        }
    expect(boundaries).toBeGreaterThan(150);
    expect(bad).toEqual([]);
  });

  it('no sentence ends after a title, or after an initial or "U.S." before a name', () => {
    const bad: string[] = [];
    for (const { a, doc } of parsed)
      for (const p of doc.passages)
        for (const s of p.sentences.slice(1)) {
          const before = p.text.slice(0, s.start).trimEnd();
          const next = /^\p{Lu}[\p{L}'-]*/u.exec(p.text.slice(s.start))?.[0];
          if (!next) continue;
          const title = /\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|St)\.$/.test(before);
          const initials = /(?:^|[\s(])(?:\p{Lu}\.)+$/u.test(before);
          const isName = !lexiconTags(next.toLowerCase());
          if (title || (initials && isName)) bad.push(`${a.id}: …${before.slice(-30)} || ${next}`);
        }
    expect(bad).toEqual([]);
  });

  it('cites source offsets that hold the passage text, and sentences inside it, in order', () => {
    for (const { raw, doc } of parsed)
      for (const p of doc.passages) {
        expect(raw.slice(p.start, p.end).replace(/\s+/g, ' '), p.key).toBe(p.text);
        let last = 0;
        for (const s of p.sentences) {
          expect(s.start, p.key).toBeGreaterThanOrEqual(last);
          expect(s.end, p.key).toBeGreaterThan(s.start);
          expect(s.end, p.key).toBeLessThanOrEqual(p.text.length);
          last = s.end;
        }
      }
  });

  it('takes the headline as the title, whole (not cut at "U.S." or run into the story)', () => {
    const wrong = parsed.filter(
      ({ a, doc }) => doc.title !== truncate((a.title ?? '').replace(/\s+/g, ' ').trim(), 90),
    );
    expect(wrong.length / parsed.length).toBeLessThanOrEqual(0.01);
  });

  it('numbers paragraphs as a reader counts them in the file', () => {
    let agree = 0;
    let total = 0;
    for (const { raw, doc } of parsed) {
      const starts = readerParagraphStarts(raw);
      for (const p of doc.passages) {
        total++;
        if (starts.filter((s) => s <= p.start).length === p.paragraph) agree++;
      }
    }
    expect(total).toBeGreaterThan(1000);
    expect(agree / total).toBeGreaterThanOrEqual(0.99);
  });
});
