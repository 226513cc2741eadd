// Rendering for Discord: every reply within Discord's limits, and no text
// that could ping, whatever the question, article or answer text holds.
import path from 'node:path';
import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskResult, Citation } from '../../src/answer/compose.js';
import { fitEmbed, LIMITS } from '../../src/bot/limits.js';
import { renderAsk, renderError, type Reply } from '../../src/bot/render.js';
import type { ParsedPassage, SourceDocument } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine/engine.js';
import { terms, termSpans } from '../../src/nlp/terms.js';
import { truncate } from '../../src/util/text.js';
import { embedTexts, expectEmbedWithinLimits, expectReplyWithinLimits } from '../support/reply-limits.js';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');

/** True when `s` has no unpaired surrogate. */
const wellFormed = (s: string): boolean =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

const DANGER = [
  '@everyone',
  '@here',
  '@EVERYONE',
  '<@123456789012345678>',
  '<@!123>',
  '<@&987654321>',
  '<#555>',
  '**',
  '__',
  '*',
  '_',
  '~~',
  '||',
  '`',
  '```',
  '# ',
  '> ',
  '- ',
  '1. ',
  '[link](https://example.com)',
  '\\',
  '\n',
  '\r\n',
  '\u0000',
  '\u0007',
  '\u200b',
  '\u202e',
  '😀',
  '👩‍👩‍👧',
  '🇺🇳',
  'é',
  ' ',
  '…',
  '[1]',
];

/**
 * Well-formed text rich in markdown, mentions, controls and emoji; sometimes
 * long (up to ~10,000 characters: past every Discord limit). Longer texts are
 * tested once below: discord.js's escapeMarkdown is slow on them.
 */
const nasty = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...DANGER), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 25 }),
    fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 40 }) }),
  )
  .map(([parts, repeat]) => parts.join('').repeat(repeat));

/** The not-found messages compose.ts produces (the message is the engine's own text). */
const NOT_FOUND_MESSAGES = [
  'The question has no words to search for (only very common words).',
  'Nothing in the articles matches the question.',
  'The articles mention some of those words, but nothing that answers the question.',
];

const stats = fc.record({
  passages: fc.nat(10_000_000),
  documents: fc.nat(1_000_000),
  ms: fc.double({ min: 0, max: 1e7, noNaN: true }),
});

function citation(
  n: number,
  title: string,
  text: string,
  date: string | null,
  paragraph: number,
  cutBefore: boolean,
): Citation {
  const passage: ParsedPassage = {
    id: n,
    key: `doc:${paragraph}`,
    doc: 0,
    paragraph,
    part: 1,
    text,
    start: 0,
    end: text.length,
    sentences: [],
    dates: [],
  };
  const document: SourceDocument = { index: 0, id: 'doc', file: 'doc.txt', title, date, passages: [n] };
  // Highlights as the engine makes them: spans of some of the text's own terms.
  const ex = truncate(text, 300);
  const highlights = termSpans(ex, new Set(terms(ex).filter((_, i) => i % 3 === 0)));
  return { n, passage, document, excerpt: { text: ex, highlights, cutBefore } };
}

const citationArb = fc
  .tuple(nasty, nasty, fc.option(fc.constant('2020-01-08')), fc.integer({ min: 1, max: 100_000 }), fc.boolean())
  .map(([title, text, date, paragraph, cut]) => ({ title, text, date, paragraph, cut }));

const answerArb: fc.Arbitrary<AskResult> = fc
  .record({
    question: nasty,
    sentences: fc.array(nasty, { minLength: 1, maxLength: 3 }),
    cites: fc.array(citationArb, { minLength: 1, maxLength: 8 }),
    stats,
  })
  .map(({ question, sentences, cites, stats }) => {
    const citations = cites.map((c, i) => citation(i + 1, c.title, c.text, c.date, c.paragraph, c.cut));
    const ss = sentences.map((text, i) => ({ text, citation: (i % citations.length) + 1 }));
    return {
      kind: 'answer' as const,
      question,
      answer: ss.map((s) => `${s.text} [${s.citation}]`).join(' '),
      sentences: ss,
      citations,
      terms: terms(question),
      stats,
    };
  });

const notFoundArb: fc.Arbitrary<AskResult> = fc
  .record({
    question: nasty,
    message: fc.constantFrom(...NOT_FOUND_MESSAGES),
    suggestions: fc.array(nasty, { maxLength: 5 }),
    stats,
  })
  .map((r) => ({ kind: 'not-found' as const, ...r }));

const invalidArb: fc.Arbitrary<AskResult> = fc
  .record({ question: nasty, message: nasty })
  .map((r) => ({ kind: 'invalid' as const, ...r }));

function expectSafeReply(reply: Reply, inputsWellFormed = true): void {
  expectReplyWithinLimits(reply);
  const texts = [reply.content ?? '', ...reply.embeds.flatMap(embedTexts)];
  for (const t of texts) {
    expect(t).not.toMatch(/@(everyone|here)/i);
    expect(t).not.toMatch(/<@[!&]?\d+>/);
    expect(t).not.toMatch(/<#\d+>/);
    if (inputsWellFormed) expect(wellFormed(t), JSON.stringify(t.slice(0, 200))).toBe(true);
  }
}

describe('renderAsk', () => {
  it('keeps answers within Discord limits and free of pings', () => {
    fc.assert(
      fc.property(answerArb, fc.boolean(), (result, isPrivate) => {
        const reply = renderAsk(result, isPrivate);
        expect(reply.private).toBe(isPrivate);
        expect(reply.embeds).toHaveLength(1);
        const e = reply.embeds[0] as APIEmbed;
        expect((e.description ?? '').length).toBeGreaterThan(0);
        if (result.kind === 'answer') {
          expect((e.fields ?? []).length).toBeLessThanOrEqual(Math.min(5, result.citations.length));
          expect((e.fields ?? []).length).toBeGreaterThan(0);
        }
        expectSafeReply(reply);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps not-found replies within Discord limits and free of pings', () => {
    fc.assert(
      fc.property(notFoundArb, fc.boolean(), (result, isPrivate) => {
        const reply = renderAsk(result, isPrivate);
        expect(reply.embeds).toHaveLength(1);
        expectSafeReply(reply);
      }),
      { numRuns: 200 },
    );
  });

  it('renders invalid questions as a short private note within limits', () => {
    fc.assert(
      fc.property(invalidArb, (result) => {
        const reply = renderAsk(result, false);
        expect(reply.private).toBe(true);
        expect(reply.embeds).toEqual([]);
        expectSafeReply(reply);
      }),
      { numRuns: 200 },
    );
  });

  it('stays within limits and ping-free even with lone surrogates in the input', () => {
    const raw = fc.string({ unit: 'binary', maxLength: 3000 });
    fc.assert(
      fc.property(raw, raw, raw, (q, title, text) => {
        const result: AskResult = {
          kind: 'answer',
          question: q,
          answer: `${text} [1]`,
          sentences: [{ text, citation: 1 }],
          citations: [citation(1, title, text, null, 1, false)],
          terms: [],
          stats: { passages: 1, documents: 1, ms: 1 },
        };
        expectSafeReply(renderAsk(result, true), false);
        expectSafeReply(renderError(text), false);
      }),
      { numRuns: 200 },
    );
  });

  it('handles one very long text in every slot', () => {
    const long = 'Rockets @everyone hit <@123> the **base** near Kirkuk. '.repeat(200);
    expect(long.length).toBeGreaterThan(10_000);
    const result: AskResult = {
      kind: 'answer',
      question: long,
      answer: `${long} [1]`,
      sentences: [{ text: long, citation: 1 }],
      citations: Array.from({ length: 5 }, (_, i) => citation(i + 1, long, long, '2020-01-08', i + 1, i % 2 === 0)),
      terms: terms(long),
      stats: { passages: 1, documents: 1, ms: 1 },
    };
    const reply = renderAsk(result, false);
    expectSafeReply(reply);
    expect(reply.embeds[0]?.fields?.length).toBeGreaterThanOrEqual(1);
    const nf = renderAsk(
      {
        kind: 'not-found',
        question: long,
        message: NOT_FOUND_MESSAGES[1] as string,
        suggestions: [long, long],
        stats: result.stats,
      },
      true,
    );
    expectSafeReply(nf);
    expectSafeReply(renderError(long));
  });

  it('defuses mentions and escapes markdown in a concrete answer', () => {
    const result: AskResult = {
      kind: 'answer',
      question: 'Did @everyone see <@123456>?',
      answer: '**Bold** @here <@&42> [1]',
      sentences: [{ text: '**Bold** @here <@&42>', citation: 1 }],
      citations: [citation(1, 'Title @everyone', 'Rockets hit <@!7> the base.', '2020-01-08', 4, false)],
      terms: ['rocket'],
      stats: { passages: 1234, documents: 4, ms: 3.25 },
    };
    const reply = renderAsk(result, false);
    const e = reply.embeds[0] as APIEmbed;
    expect(e.title).toContain('@\u200beveryone');
    expect(e.description).toContain('\\*\\*Bold\\*\\*');
    expect(e.description).toContain('[1]');
    expect(e.fields?.[0]?.name).toContain('[1]');
    expect(e.fields?.[0]?.name).toContain('2020-01-08');
    expect(e.fields?.[0]?.name).toContain('¶4');
    expect(e.footer?.text).toContain('1,234 passages');
    expectSafeReply(reply);
  });
});

describe('renderAsk on real engine results', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.build(CORPUS_DIR);
  });

  it('renders real answers within limits, with real texts overwritten by hostile ones', () => {
    const base = engine.ask('How many troops does Canada have in Iraq?');
    expect(base.kind).toBe('answer');
    if (base.kind !== 'answer') return;
    expectSafeReply(renderAsk(base, false));
    fc.assert(
      fc.property(nasty, nasty, nasty, (q, title, text) => {
        const result: AskResult = {
          ...base,
          question: q,
          sentences: base.sentences.map((s) => ({ ...s, text })),
          citations: base.citations.map((c) => ({
            ...c,
            document: { ...c.document, title },
            excerpt: { ...c.excerpt, text: truncate(text, 300), highlights: [] },
          })),
        };
        expectSafeReply(renderAsk(result, true));
      }),
      { numRuns: 100 },
    );
  });
});

describe('fitEmbed', () => {
  it('cuts a hugely over-limit embed down to every limit', () => {
    const big = (n: number, ch = 'x') => `${ch} `.repeat(n);
    const embed: APIEmbed = {
      title: big(5000, 'T'),
      description: big(10_000, 'D'),
      footer: { text: big(5000, 'F') },
      author: { name: big(1000, 'A') },
      fields: Array.from({ length: 40 }, (_, i) => ({ name: big(500, `N${i}`), value: big(2000, `V${i}`) })),
    };
    const out = fitEmbed(embed);
    expectEmbedWithinLimits(out);
    expect(out.title?.endsWith('…')).toBe(true);
    expect(out.description?.endsWith('…')).toBe(true);
    // Fields are dropped first; then the description is shortened until the whole fits.
    expect(out.fields).toEqual([]);
    expect(out.description?.length).toBeLessThan(LIMITS.embedDescription);
    // With room for some fields, the first ones are kept, in order.
    const roomy = fitEmbed({ ...embed, footer: { text: 'f' }, author: undefined });
    expectEmbedWithinLimits(roomy);
    expect(roomy.fields?.length).toBeGreaterThan(0);
    expect(roomy.fields?.map((f) => f.name.split(' ')[0])).toEqual(roomy.fields?.map((_, i) => `N${i}`));
    // The input is not modified.
    expect(embed.fields).toHaveLength(40);
    expect(embed.title?.length).toBe(10_000);
  });

  it('replaces empty field names and values with a zero-width space', () => {
    const out = fitEmbed({ fields: [{ name: '', value: '' }] });
    expect(out.fields?.[0]).toEqual({ name: '\u200b', value: '\u200b' });
  });

  it('leaves an embed within limits unchanged', () => {
    const e: APIEmbed = {
      title: 'Title',
      description: 'Body',
      fields: [{ name: 'n', value: 'v' }],
      footer: { text: 'f' },
    };
    expect(fitEmbed(e)).toEqual(e);
  });

  it('fits arbitrary embeds (property)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 7000 }),
    );
    fc.assert(
      fc.property(
        fc.record({
          title: text,
          description: text,
          footer: fc.record({ text }),
          fields: fc.array(fc.record({ name: text, value: text }), { maxLength: 30 }),
        }),
        (e) => expectEmbedWithinLimits(fitEmbed(e)),
      ),
      { numRuns: 50 },
    );
  });
});

describe('truncate', () => {
  it('never exceeds max, never splits a surrogate pair, and keeps a prefix', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 400 }),
          fc.string({ unit: 'grapheme-composite', maxLength: 400 }),
        ),
        fc.nat(450),
        (text, max) => {
          const out = truncate(text, max);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(wellFormed(out)).toBe(true);
          if (text.length <= max) expect(out).toBe(text);
          else if (max >= 1) {
            expect(out.endsWith('…')).toBe(true);
            expect(text.startsWith(out.slice(0, -1))).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('does not cut a surrogate pair at the limit', () => {
    const text = `${'a'.repeat(8)}😀😀😀`;
    for (let max = 0; max < text.length; max++) {
      const out = truncate(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(wellFormed(out)).toBe(true);
    }
  });

  it('cuts on a word boundary when one is near', () => {
    expect(truncate('The rockets hit the base last night', 20)).toBe('The rockets hit the…');
    expect(truncate('short', 20)).toBe('short');
    expect(truncate('abcdef', 3, '...')).toBe('...');
  });
});
