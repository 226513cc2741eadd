// Passages held as columns (typed arrays, and texts kept as one string each or
// decoded from the saved index on demand) behind the plain `Passage` shape:
// a hundred thousand passages cost a few megabytes, not hundreds.
import { passageDatesOf, type PassageDatesData } from './passage-date-store.js';
import type { SentenceStore } from './sentence-store.js';
import { Growable } from '../util/growable.js';
import type { ParsedPassage, Passage, PassageDate, SentenceInfo, SourceDocument } from './types.js';

/** Passage texts by id. */
export interface Texts {
  readonly length: number;
  get(id: number): string;
}

export interface PassageColumns {
  doc: Uint32Array;
  paragraph: Uint32Array;
  part: Uint32Array;
  /** 1 when the passage is one part of a split paragraph (its key then names the part). */
  split: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;
}

export class PassageColumnsBuilder {
  private readonly cols = {
    doc: new Growable(Uint32Array),
    paragraph: new Growable(Uint32Array),
    part: new Growable(Uint32Array),
    split: new Growable(Uint8Array),
    start: new Growable(Uint32Array),
    end: new Growable(Uint32Array),
  };
  readonly texts: string[] = [];

  add(p: Passage): void {
    this.cols.doc.push(p.doc);
    this.cols.paragraph.push(p.paragraph);
    this.cols.part.push(p.part);
    this.cols.split.push(p.key.endsWith(`:${p.paragraph}`) ? 0 : 1);
    this.cols.start.push(p.start);
    this.cols.end.push(p.end);
    this.texts.push(p.text);
  }

  finish(): PassageColumns {
    const c = this.cols;
    return {
      doc: c.doc.finish(),
      paragraph: c.paragraph.finish(),
      part: c.part.finish(),
      split: c.split.finish(),
      start: c.start.finish(),
      end: c.end.finish(),
    };
  }
}

/** A passage read from the columns. */
class StoredPassage implements Passage {
  constructor(
    readonly store: PassageStore,
    readonly id: number,
  ) {}

  get doc(): number {
    return this.store.columns.doc[this.id] ?? 0;
  }
  get paragraph(): number {
    return this.store.columns.paragraph[this.id] ?? 0;
  }
  get part(): number {
    return this.store.columns.part[this.id] ?? 1;
  }
  get start(): number {
    return this.store.columns.start[this.id] ?? 0;
  }
  get end(): number {
    return this.store.columns.end[this.id] ?? 0;
  }
  get key(): string {
    const docId = this.store.documents[this.doc]?.id ?? '';
    return this.store.columns.split[this.id] ? `${docId}:${this.paragraph}.${this.part}` : `${docId}:${this.paragraph}`;
  }
  get text(): string {
    return this.store.texts.get(this.id);
  }
}

const isParsed = (p: Passage): p is ParsedPassage => 'sentences' in p;

/** A passage's sentences, in order: decoded from the store on each call, so read them once per use. */
export function sentencesOf(p: Passage): readonly SentenceInfo[] {
  if (p instanceof StoredPassage) return p.store.sentences.of(p.id);
  return isParsed(p) ? p.sentences : [];
}

/** A passage's date mentions, in order: decoded from the store on each call, so read them once per use. */
export function datesOf(p: Passage): readonly PassageDate[] {
  if (p instanceof StoredPassage) return passageDatesOf(p.store.dates, p.id);
  return isParsed(p) ? p.dates : [];
}

export class PassageStore {
  readonly passages: Passage[];

  constructor(
    readonly columns: PassageColumns,
    readonly texts: Texts,
    readonly documents: readonly SourceDocument[],
    readonly sentences: SentenceStore,
    readonly dates: PassageDatesData,
  ) {
    this.passages = Array.from({ length: columns.doc.length }, (_, id) => new StoredPassage(this, id));
  }
}

/** Texts held as strings. */
export const stringTexts = (texts: string[]): Texts => ({ length: texts.length, get: (id) => texts[id] ?? '' });
