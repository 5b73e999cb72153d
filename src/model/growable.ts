// An append-only Int32Array that doubles when full: a list of numbers without a JS object per entry.

/** An Int32Array that grows by doubling. */
export class GrowableInt32 {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index];
  }

  /** A right-sized copy: the list's memory can then be dropped. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
