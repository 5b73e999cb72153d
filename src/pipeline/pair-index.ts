// Unordered pairs of node indices → dense edge numbers, in an open-addressing table of typed arrays.

/**
 * Numbers unordered pairs {a, b} of non-negative 32-bit integers 0, 1, 2, … in first-met order,
 * without a JS object or string key per pair: linear probing over Int32Arrays, doubled at half
 * load. About 24 bytes per pair at most, against ~100 for a Map of string keys.
 */
export class PairIndex {
  private low: Int32Array;
  private high: Int32Array;
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 12) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.low = new Int32Array(slots);
    this.high = new Int32Array(slots);
    this.slots = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
  }

  private static hash(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) >>> 0;
  }

  /** The number of {a, b}, given the next free number when the pair is new. */
  getOrAdd(a: number, b: number): number {
    if (a > b) [a, b] = [b, a];
    if (this.size * 2 >= this.slots.length) this.grow();
    let i = PairIndex.hash(a, b) & this.mask;
    for (;;) {
      const slot = this.slots[i];
      if (slot < 0) {
        this.slots[i] = this.size;
        this.low[i] = a;
        this.high[i] = b;
        return this.size++;
      }
      if (this.low[i] === a && this.high[i] === b) return slot;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const { low, high, slots } = this;
    const size = slots.length * 2;
    this.low = new Int32Array(size);
    this.high = new Int32Array(size);
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let j = 0; j < slots.length; j++) {
      if (slots[j] < 0) continue;
      let i = PairIndex.hash(low[j], high[j]) & this.mask;
      while (this.slots[i] >= 0) i = (i + 1) & this.mask;
      this.slots[i] = slots[j];
      this.low[i] = low[j];
      this.high[i] = high[j];
    }
  }
}
