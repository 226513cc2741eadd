// Text → index terms: the same reduction for articles and questions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stem, termOf, terms, termSpans, words } from '../../src/nlp/terms.js';

const one = (word: string): string => {
  const t = terms(word);
  expect(t).toHaveLength(1);
  return t[0] as string;
};

describe('terms', () => {
  it('drops stop words and keeps content words in order', () => {
    expect(terms('What is the name of the base that was attacked?')).toEqual(['name', 'base', 'attack']);
    expect(terms('the and of to in was were it they')).toEqual([]);
    expect(terms('')).toEqual([]);
  });

  it('stems inflections to one term', () => {
    expect(one('attacks')).toBe(one('attacked'));
    expect(one('attacking')).toBe(one('attack'));
    expect(one('rockets')).toBe(one('rocket'));
    expect(one('Rockets')).toBe(one('rocket'));
    expect(one('attack')).not.toBe(one('rocket'));
  });

  it('reads "U.S.", "US", "USA", "the United States" and "American" as one country', () => {
    const us = one('America');
    for (const text of ['U.S.', 'US', 'USA', 'the United States', 'American', 'Americans', 'U.S. TROOPS'])
      expect(terms(text)[0]).toBe(us);
    expect(terms('the U.S. troops')).toEqual(terms('American troops'));
    expect(terms('The United States has 6,000 troops')).toEqual([us, '6', '000', one('troops')]);
    expect(terms('U.K. envoy')).toEqual(terms('British envoy'));
    expect(terms('U.N. envoy')).toEqual(['un', 'envoy']);
  });

  it('keeps an all-capitals acronym that would otherwise be a stop word ("IT" vs "it")', () => {
    expect(terms('IT')).toEqual(['it']);
    expect(terms('it')).toEqual([]);
    expect(termOf('IT')).toBe('it');
    expect(termOf('it')).toBeNull();
    // A shouting wire headline is not a run of acronyms.
    expect(terms('IT WAS THE WORST ATTACK IN YEARS')).toEqual(['worst', 'attack', 'year']);
  });

  it('spells out a short title before a name ("Maj. Gen. Alex Grynkewich" is a general)', () => {
    expect(words('said Air Force Maj. Gen. Alex Grynkewich.')).toEqual([
      'said',
      'Air',
      'Force',
      'Major',
      'General',
      'Alex',
      'Grynkewich',
    ]);
    expect(terms('Sen. John Melcher')).toEqual(terms('Senator John Melcher'));
    expect(terms('Gen. Alex Grynkewich')[0]).toBe(termOf('general'));
    // Not a word that ends a sentence, nor one before a lower-case word.
    expect(words('They met Gen. on Monday.')).toContain('Gen');
    expect(words('the gen. public')).toContain('gen');
  });

  // The pronoun ("tell us") is a stop word; the country ("US") is an acronym and stays.
  it('drops the lower-case pronoun "us"', () => {
    expect(terms('they told us')).toEqual([]);
    expect(termOf('us')).toBeNull();
  });

  it('maps a demonym and its country to one term', () => {
    expect(one('Canadian')).toBe(one('Canada'));
    expect(one('Canadians')).toBe(one('Canada'));
    expect(one('Iraqi')).toBe(one('Iraq'));
    expect(one('Iranian')).toBe(one('Iran'));
    expect(one('Iranian')).not.toBe(one('Iraq'));
  });

  it('maps irregular verb forms to their base', () => {
    expect(one('led')).toBe(one('leads'));
    expect(one('led')).toBe(one('leading'));
    expect(one('sent')).toBe(one('send'));
  });

  it('reads a form that is a noun first as the noun, not as an irregular verb', () => {
    // wink-lexicon lists "drug" as a past of "drag", "crew" of "crow", "wound" of "wind": in news they are nouns.
    expect(one('drug')).not.toBe(one('drag'));
    expect(one('drugs')).toBe(one('drug'));
    expect(one('crew')).not.toBe(one('crow'));
    expect(one('crews')).toBe(one('crew'));
    expect(one('wound')).toBe(one('wounded'));
    expect(one('ground')).not.toBe(one('grind'));
    expect(one('rent')).toBe(one('rents'));
    // A form that is a verb first still meets its base.
    expect(one('fell')).toBe(one('fall'));
    expect(one('won')).toBe(one('win'));
  });

  it('does not conflate "United" with "unit" or "news" with "new"', () => {
    expect(one('United')).not.toBe(one('unit'));
    expect(one('units')).toBe(one('unit'));
    expect(one('news')).not.toBe(one('new'));
    expect(stem('united')).toBe('united');
  });

  it('folds curly apostrophes and drops possessives', () => {
    expect(terms('Iran’s missiles')).toEqual(terms("Iran's missiles"));
    expect(terms('Iran’s missiles')[0]).toBe(one('Iran'));
    expect(words('Soleimani’s “reign”')).toEqual(['Soleimani', 'reign']);
  });

  it('splits hyphenated words and keeps numbers as written', () => {
    expect(terms('Canadian-led mission')).toEqual([one('Canada'), one('led'), one('mission')]);
    expect(terms('240mm rockets, 2020 and 1,750')).toEqual(['240mm', one('rockets'), '2020', '1', '750']);
    expect(terms('a b c')).toEqual([]);
  });

  it('never throws and returns non-empty lower-case terms on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string()), (s) => {
        const t = terms(s);
        for (const x of t) {
          expect(x.length).toBeGreaterThan(0);
          expect(x).toBe(x.toLowerCase());
          expect(x).not.toMatch(/\s/);
        }
        expect(() => termSpans(s, new Set(t))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('termSpans', () => {
  it('points at the words whose terms are wanted', () => {
    const text = 'Canadian troops were attacked near the U.S. base; the attacks continued.';
    const wanted = new Set(terms('Canada attack'));
    const spans = termSpans(text, wanted);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Canadian', 'attacked', 'attacks']);
  });

  it('finds parts of hyphenated words and curly possessives at the right offsets', () => {
    const text = 'The Canadian-led mission and Iran’s reply';
    const spans = termSpans(text, new Set(terms('lead Iran')));
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['led', 'Iran']);
  });

  it('returns nothing when nothing is wanted', () => {
    expect(termSpans('rockets hit the base', new Set())).toEqual([]);
    expect(termSpans('rockets hit the base', new Set(['zebra']))).toEqual([]);
  });

  it('every span covers a word that reduces to a wanted term (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('Rockets', 'hit', 'the', 'U.S.', 'base', 'Canadian', 'led', "Iran's", '-', ' ', ', ', '.'),
          { maxLength: 25 },
        ),
        (parts) => {
          const text = parts.join(' ');
          const wanted = new Set(terms('rocket canada lead iran base'));
          let last = 0;
          for (const [s, e] of termSpans(text, wanted)) {
            expect(s).toBeGreaterThanOrEqual(last);
            expect(e).toBeGreaterThan(s);
            const t = termOf(text.slice(s, e));
            expect(t !== null && wanted.has(t)).toBe(true);
            last = e;
          }
        },
      ),
    );
  });
});

describe('contractions', () => {
  it('reads "won\'t" and "don\'t" as "will" and "do", not as "win" and a name', () => {
    expect(terms('there won’t be any address')).not.toContain(one('won'));
    expect(terms("there won't be any address")).not.toContain(one('won'));
    expect(words('I don’t know')).not.toContain('don');
    // "won" on its own is still the past of "win".
    expect(terms('Who won the election?')).toContain(one('win'));
    expect(termSpans('there won’t be a win', new Set([one('win')]))).toEqual([[17, 20]]);
  });
});
