// A string that remembers where each of its characters came from in a source
// text, so cleaned passages can still cite exact offsets in the file.

export class MappedText {
  constructor(
    readonly text: string,
    /** `map[i]` is the source offset of `text[i]`; `map[text.length]` is the end. */
    readonly map: Int32Array,
  ) {}

  static of(source: string, offset = 0): MappedText {
    const map = new Int32Array(source.length + 1);
    for (let i = 0; i <= source.length; i++) map[i] = offset + i;
    return new MappedText(source, map);
  }

  /** Source offsets of the span [start, end) of `text`. */
  source(start: number, end: number): { start: number; end: number } {
    if (end <= start) return { start: this.map[start] ?? 0, end: this.map[start] ?? 0 };
    return { start: this.map[start] ?? 0, end: (this.map[end - 1] ?? 0) + 1 };
  }

  /**
   * Replace every match of `pattern` (global) with `replace(match)`. Inserted
   * characters take the source offset of the first character they replace (or
   * of the character that follows, for an insertion).
   */
  replace(pattern: RegExp, replace: (m: RegExpExecArray) => string): MappedText {
    const parts: string[] = [];
    const offsets: number[] = [];
    let last = 0;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    let changed = false;
    while ((m = pattern.exec(this.text)) !== null) {
      if (m[0].length === 0) {
        // Past an empty match by a whole character: a /u pattern set inside a surrogate pair starts again at the
        // pair, so one code unit on would find the same empty match for ever ("Quote.𝓐𝐚").
        const wide = /[uv]/.test(pattern.flags) && (this.text.codePointAt(m.index) ?? 0) > 0xffff;
        pattern.lastIndex = m.index + (wide ? 2 : 1);
        if (m.index > this.text.length) break;
      }
      const by = replace(m);
      if (by === m[0]) continue;
      changed = true;
      for (let i = last; i < m.index; i++) offsets.push(this.map[i] ?? 0);
      parts.push(this.text.slice(last, m.index), by);
      const anchor = this.map[m.index] ?? 0;
      for (let i = 0; i < by.length; i++) offsets.push(anchor);
      last = m.index + m[0].length;
    }
    if (!changed) return this;
    for (let i = last; i <= this.text.length; i++) offsets.push(this.map[i] ?? 0);
    parts.push(this.text.slice(last));
    return new MappedText(parts.join(''), Int32Array.from(offsets));
  }

  slice(start: number, end: number): MappedText {
    return new MappedText(this.text.slice(start, end), this.map.slice(start, end + 1));
  }

  trim(): MappedText {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    return start === 0 && end === this.text.length ? this : this.slice(start, Math.max(start, end));
  }
}
