// Typed arrays that grow as they are filled, for index data built in one pass
// whose final size is not known up front. Numbers in typed arrays cost 1–4
// bytes each; the same numbers in JS arrays of objects cost ten times that.

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
type Ctor<T extends TypedArray> = new (length: number) => T;

export class Growable<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly ctor: Ctor<T>,
    capacity = 1024,
  ) {
    this.data = new ctor(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.ctor(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** A right-sized copy of what was pushed. */
  finish(): T {
    return this.data.slice(0, this.length) as T;
  }

  /** What was pushed, without a copy: for input consumed at once (no second copy at the build's peak). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
