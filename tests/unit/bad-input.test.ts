// Bad input, by property and by example: whatever text arrives — as an
// article or as a question — ingestion, question parsing and rendering never
// throw, keep offsets valid, stay within Discord's limits and never ping.
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/answer/clean-question.js';
import { parseQuestion } from '../../src/answer/question.js';
import { renderAsk, renderError, renderMissingPermission, type Reply } from '../../src/bot/render.js';
import { renderReload } from '../../src/bot/render-reload.js';
import { CorpusFileError, MAX_PASSAGE_CHARS, parseDocument } from '../../src/corpus/document.js';
import { Engine } from '../../src/engine/engine.js';
import { embedTexts, expectReplyWithinLimits } from '../support/reply-limits.js';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');

/** Text that is mostly hostile: markdown, mentions, controls, bidi, zero-width, emoji, URLs, code. */
const PIECES = [
  '@everyone',
  '@here',
  '<@&1200000000000000002>',
  '<@1400000000000000004>',
  '<#1300000000000000003>',
  '**',
  '__',
  '~~',
  '||',
  '`',
  '```js\nx\n```',
  '# ',
  '> ',
  '[link](https://example.com)',
  'https://discord.gg/abc',
  '\u0000',
  '\u0007',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '🚀',
  '👩‍👩‍👧',
  '\ud800',
  '\n',
  '\r\n',
  '\t',
  ' date 2020-01-06\n',
  'Rockets',
  'hit',
  'the',
  'base',
  'on Friday',
  '. ',
  '?',
];
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(' ')),
  fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 1200 })).map(([p, n]) => p.repeat(n)),
);

/** A mention that would ping if Discord parsed it (the defused ones carry a zero-width space). */
const LIVE_MENTION = /(?<!\u200b)@(everyone|here)\b|<@[!&]?\d+>/i;

function expectSafe(reply: Reply): void {
  expectReplyWithinLimits(reply);
  for (const text of [reply.content ?? '', ...reply.embeds.flatMap(embedTexts)]) expect(text).not.toMatch(LIVE_MENTION);
}

const visibleText = (r: Reply) =>
  [r.content ?? '', ...r.embeds.flatMap((e) => [e.title ?? '', e.description ?? ''])].join('\n').trim();

describe('ingestion of arbitrary text (property)', () => {
  it('never throws except to refuse a bad date line, and keeps every offset valid', () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (raw, markdown) => {
        let parsed;
        try {
          parsed = parseDocument('doc', raw, new Set(), markdown);
        } catch (err) {
          expect(err).toBeInstanceOf(CorpusFileError);
          expect((err as Error).message).toMatch(/date/);
          return;
        }
        expect(parsed.title.length).toBeGreaterThan(0);
        for (const p of parsed.passages) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.start).toBeLessThanOrEqual(p.end);
          expect(p.end).toBeLessThanOrEqual(raw.length);
          expect(p.text.trim().length).toBeGreaterThan(0);
          expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
          for (const s of p.sentences) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.start).toBeLessThanOrEqual(s.end);
            expect(s.end).toBeLessThanOrEqual(p.text.length);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('question parsing of arbitrary text (property)', () => {
  it('cleans out invisible and reordering characters and never throws', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const clean = cleanQuestion(raw);
        // eslint-disable-next-line no-control-regex -- asserting that control characters are gone
        expect(clean).not.toMatch(/[\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
        expect(clean).toBe(clean.trim());
        expect(clean.length).toBeLessThanOrEqual(raw.length);
        const q = parseQuestion(clean);
        for (const t of q.terms) expect(t).toBe(t.toLowerCase());
        expect(new Set(q.terms).size).toBe(q.terms.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('answers to arbitrary questions (property)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.build(CORPUS_DIR);
  });

  it('always renders a clear reply, within limits, that cannot ping', () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (question, isPrivate) => {
        const reply = renderAsk(engine.ask(question), isPrivate);
        expectSafe(reply);
        expect(visibleText(reply).length).toBeGreaterThan(10);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['empty', ''],
    ['white space', ' \t\n '],
    ['5,000 characters', 'why '.repeat(1250)],
    ['control characters', '\u0000\u0001\u0007 rockets \u001b[31m'],
    ['an RTL override', '\u202ewho was killed\u202c'],
    ['zero-width characters', 'who\u200b was\u200d killed\u2060?'],
    ['emoji', '🚀🚀🚀 rockets? 👩‍👩‍👧'],
    ['Discord markdown', '**bold** __under__ ~~gone~~ ||spoiler|| # heading > quote'],
    ['@everyone', '@everyone @here what happened?'],
    ['a role mention', '<@&1200000000000000002> who was killed'],
    ['a user mention', '<@1400000000000000004> rockets?'],
    ['a URL', 'what is at https://example.com/a?b=c and discord.gg/invite'],
    ['a code block', '```\nDROP TABLE articles;\n``` what happened?'],
  ])('gives %s a clear reply that never pings', (_label, question) => {
    const reply = renderAsk(engine.ask(question), false);
    expectSafe(reply);
    expect(visibleText(reply).length).toBeGreaterThan(10);
  });
});

describe('other replies with arbitrary text (property)', () => {
  it('error, permission and reload replies stay within limits and never ping', () => {
    const files = fc.array(hostile, { maxLength: 10 });
    fc.assert(
      fc.property(hostile, fc.array(hostile, { maxLength: 5 }), files, files, (message, perms, added, removed) => {
        expectSafe(renderError(message));
        expectSafe(renderMissingPermission(perms.length ? perms : ['Send Messages'], '1300000000000000003'));
        expectSafe(
          renderReload({
            ok: true,
            report: { added, removed, changed: added, documents: 3, passages: 9, skipped: 1, ms: 12 },
          }),
        );
        expectSafe(renderReload({ ok: false, reason: message, ms: 5 }));
      }),
      { numRuns: 100 },
    );
  });
});
