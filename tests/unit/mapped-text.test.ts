// MappedText and paragraph cleaning: the cleaned text stays tidy and every
// character keeps a valid, ordered offset into the source.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/corpus/mapped-text.js';
import { cleanParagraph } from '../../src/corpus/paragraphs.js';

// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/;

/** Strings rich in what the cleaner handles: white space of all kinds, controls, glued sentences. */
const messy = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          ' ',
          '  ',
          '\t',
          '\n',
          '\r\n',
          '\u00a0',
          '\u2028',
          '\u3000',
          '\u200b',
          '\ufeff',
          '\u0000',
          '\u0007',
          '\u007f',
          '.',
          '. ',
          '.”',
          '?',
          '!',
          'U.S.',
          'Jan. 3',
          'do.The',
          'ab.Cd',
          '5%.Then',
          ')."Quote',
        ),
      },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('cleanParagraph(MappedText.of(s))', () => {
  it('leaves no doubled or non-space white space, no control characters, no outer white space', () => {
    fc.assert(
      fc.property(messy, (s) => {
        const { text } = cleanParagraph(MappedText.of(s));
        expect(text).not.toMatch(/\s{2}/);
        expect(text).not.toMatch(/[^\S ]/);
        expect(text).not.toMatch(CONTROL);
        expect(text).toBe(text.trim());
      }),
      { numRuns: 500 },
    );
  });

  it('maps every character to a valid, non-decreasing source offset', () => {
    fc.assert(
      fc.property(messy, fc.nat(1000), (s, offset) => {
        const m = cleanParagraph(MappedText.of(s, offset));
        expect(m.map.length).toBe(m.text.length + 1);
        let prev = -Infinity;
        for (const o of m.map) {
          expect(o).toBeGreaterThanOrEqual(offset);
          expect(o).toBeLessThanOrEqual(offset + s.length);
          expect(o).toBeGreaterThanOrEqual(prev);
          prev = o;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the non-space characters, in order, and each maps to a copy of itself unless glue was repaired', () => {
    fc.assert(
      fc.property(messy, (s) => {
        const m = cleanParagraph(MappedText.of(s));
        const kept = [...m.text].filter((ch) => /\S/.test(ch)).join('');
        const expected = [...s].filter((ch) => /\S/.test(ch) && !CONTROL.test(ch)).join('');
        expect(kept).toBe(expected);
        // A letter (no sentence punctuation next to it) comes from the same letter in the source.
        for (let i = 0; i < m.text.length; i++) {
          const ch = m.text[i] as string;
          if (/\p{L}/u.test(ch)) expect(s[m.map[i] as number]).toBe(ch);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('repairs a glued sentence and leaves abbreviations alone', () => {
    expect(cleanParagraph(MappedText.of('We had to do.The attack came.')).text).toBe('We had to do. The attack came.');
    expect(cleanParagraph(MappedText.of('said.“We will')).text).toBe('said. “We will');
    expect(cleanParagraph(MappedText.of('the U.S. Army on Jan. 3 at 7 p.m. Friday')).text).toBe(
      'the U.S. Army on Jan. 3 at 7 p.m. Friday',
    );
    expect(cleanParagraph(MappedText.of('  a \n\t b\u200bc  ')).text).toBe('a bc');
  });

  it('repairs a glue before a letter outside the Basic Multilingual Plane, and ends', () => {
    // fast-check found it: an empty match before "𝓐" (two code units) was found again and again.
    const source = 'Quote.\u{1D4D0}\u{1D41A} said.The end';
    const m = cleanParagraph(MappedText.of(source));
    expect(m.text).toBe('Quote. \u{1D4D0}\u{1D41A} said. The end');
    expect(m.map.length).toBe(m.text.length + 1);
    expect(source.slice(m.map[7], (m.map[8] ?? 0) + 1)).toBe('\u{1D4D0}');
  });

  it('maps the source span of a cleaned slice back onto the same words', () => {
    const s = '  Rockets   hit\nthe base.\tNobody was\u00a0hurt. ';
    const m = cleanParagraph(MappedText.of(s, 100));
    expect(m.text).toBe('Rockets hit the base. Nobody was hurt.');
    const at = m.text.indexOf('Nobody');
    const { start, end } = m.source(at, m.text.length);
    expect(s.slice(start - 100, end - 100)).toBe('Nobody was\u00a0hurt.');
  });

  // The glue repair ("do.The" → "do. The") keeps each character's own source
  // offset, so a span ending at the "." maps to a source span that includes it.
  it('the punctuation of a repaired glued sentence keeps its own source offset', () => {
    const s = 'We had to do.The attack came.';
    const m = cleanParagraph(MappedText.of(s));
    const dot = m.text.indexOf('.');
    expect(m.map[dot]).toBe(s.indexOf('.'));
    const { start, end } = m.source(0, dot + 1);
    expect(s.slice(start, end)).toBe('We had to do.');
  });
});

describe('MappedText', () => {
  it('slice and trim keep offsets consistent with the source', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(40), fc.nat(40), (s, a, b) => {
        const [i, j] = [Math.min(a, b, s.length), Math.min(Math.max(a, b), s.length)];
        const sl = MappedText.of(s).slice(i, j);
        expect(sl.text).toBe(s.slice(i, j));
        const { start, end } = sl.source(0, sl.text.length);
        if (sl.text.length) expect(s.slice(start, end)).toBe(sl.text);
        const t = MappedText.of(s).trim();
        expect(t.text).toBe(s.trim());
        if (t.text.length) {
          const span = t.source(0, t.text.length);
          expect(s.slice(span.start, span.end)).toBe(t.text);
        }
      }),
    );
  });
});
