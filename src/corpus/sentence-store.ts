// Per-sentence data worked out at index time, so that answering a question
// only scores sentences: where each sentence sits in its passage, its entity
// kinds, its proper-noun terms, and its words as the ranker sees them. Flat
// typed arrays (terms as vocabulary ids), a few bytes per word.
import { sentenceWords, WordFlag, type SentenceWords } from '../nlp/sentence-words.js';
import type { SentenceInfo } from './types.js';
import { Growable } from '../util/growable.js';
import type { Vocabulary } from '../util/vocabulary.js';

/** Sentences of passage p are [passageStart[p], passageStart[p + 1]); likewise for proper and word runs. */
export interface SentenceStoreData {
  passageStart: Uint32Array;
  /** Offsets into the passage text. */
  start: Uint32Array;
  end: Uint32Array;
  kinds: Uint8Array;
  properStart: Uint32Array;
  proper: Uint32Array;
  wordStart: Uint32Array;
  /** Vocabulary id of each word's term, or -1 for a stop word. */
  wordTerm: Int32Array;
  wordFlags: Uint8Array;
}

export interface StoredSentence extends SentenceInfo {
  /** Position in the store. */
  index: number;
}

export class SentenceStoreBuilder {
  private readonly passageStart = new Growable(Uint32Array);
  private readonly start = new Growable(Uint32Array);
  private readonly end = new Growable(Uint32Array);
  private readonly kinds = new Growable(Uint8Array);
  private readonly properStart = new Growable(Uint32Array);
  private readonly proper = new Growable(Uint32Array);
  private readonly wordStart = new Growable(Uint32Array);
  private readonly wordTerm = new Growable(Int32Array, 1 << 16);
  private readonly wordFlags = new Growable(Uint8Array, 1 << 16);

  constructor(private readonly vocabulary: Vocabulary) {
    this.passageStart.push(0);
    this.properStart.push(0);
    this.wordStart.push(0);
  }

  /** The next passage's sentences (offsets into `text`). */
  addPassage(text: string, sentences: readonly SentenceInfo[]): void {
    for (const s of sentences) {
      this.start.push(s.start);
      this.end.push(s.end);
      this.kinds.push(s.kinds);
      for (const p of s.proper) this.proper.push(this.vocabulary.intern(p));
      this.properStart.push(this.proper.length);
      const sw = sentenceWords(text.slice(s.start, s.end));
      sw.terms.forEach((t, i) => {
        this.wordTerm.push(t === null ? -1 : this.vocabulary.intern(t));
        this.wordFlags.push(sw.flags[i] ?? 0);
      });
      this.wordStart.push(this.wordTerm.length);
    }
    this.passageStart.push(this.start.length);
  }

  finish(): SentenceStore {
    return new SentenceStore(
      {
        passageStart: this.passageStart.finish(),
        start: this.start.finish(),
        end: this.end.finish(),
        kinds: this.kinds.finish(),
        properStart: this.properStart.finish(),
        proper: this.proper.finish(),
        wordStart: this.wordStart.finish(),
        wordTerm: this.wordTerm.finish(),
        wordFlags: this.wordFlags.finish(),
      },
      this.vocabulary,
    );
  }
}

export class SentenceStore {
  constructor(
    readonly data: SentenceStoreData,
    private readonly vocabulary: Vocabulary,
  ) {}

  get size(): number {
    return this.data.start.length;
  }

  /** The sentences of a passage, in order. */
  of(passage: number): StoredSentence[] {
    const d = this.data;
    const out: StoredSentence[] = [];
    const to = d.passageStart[passage + 1] ?? 0;
    for (let s = d.passageStart[passage] ?? 0; s < to; s++) {
      const proper: string[] = [];
      for (let i = d.properStart[s] ?? 0; i < (d.properStart[s + 1] ?? 0); i++)
        proper.push(this.vocabulary.term(d.proper[i] ?? 0));
      out.push({ index: s, start: d.start[s] ?? 0, end: d.end[s] ?? 0, kinds: d.kinds[s] ?? 0, proper });
    }
    return out;
  }

  private capitals: { capital: Uint32Array; seen: Uint32Array } | undefined;

  /**
   * The share of a term's words written with a capital, away from a sentence's start ("Soleimani" 1, "attack" 0), or
   * null when it never stands there. Counted over the whole corpus on first use (one pass over the stored words).
   */
  capitalShare(term: string): number | null {
    const id = this.vocabulary.id(term);
    if (id < 0) return null;
    const c = (this.capitals ??= this.countCapitals());
    const seen = c.seen[id] ?? 0;
    return seen === 0 ? null : (c.capital[id] ?? 0) / seen;
  }

  private countCapitals(): { capital: Uint32Array; seen: Uint32Array } {
    const d = this.data;
    const capital = new Uint32Array(this.vocabulary.size);
    const seen = new Uint32Array(this.vocabulary.size);
    for (let s = 0; s + 1 < d.wordStart.length; s++) {
      const to = d.wordStart[s + 1] ?? 0;
      // The first word is capitalised as a sentence's first: it says nothing of the word.
      for (let i = (d.wordStart[s] ?? 0) + 1; i < to; i++) {
        const id = d.wordTerm[i] ?? -1;
        if (id < 0 || id >= seen.length) continue;
        seen[id] = (seen[id] ?? 0) + 1;
        if (((d.wordFlags[i] ?? 0) & WordFlag.CAPITAL) !== 0) capital[id] = (capital[id] ?? 0) + 1;
      }
    }
    return { capital, seen };
  }

  /** A sentence's words as the ranker sees them. */
  words(sentence: number): SentenceWords {
    const d = this.data;
    const from = d.wordStart[sentence] ?? 0;
    const to = d.wordStart[sentence + 1] ?? 0;
    const terms: (string | null)[] = [];
    for (let i = from; i < to; i++) {
      const id = d.wordTerm[i] ?? -1;
      terms.push(id < 0 ? null : this.vocabulary.term(id));
    }
    return { terms, flags: d.wordFlags.subarray(from, to) };
  }
}
